package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostics;
import org.offprint.model.Fixtures;
import org.offprint.testing.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The {@code pdfa} option gives files veraPDF accepts as PDF/A-2a and, as every PDF, PDF/UA-1. */
class PdfaTest {
  @Test
  void theFixtureIsPdfA2aAndPdfUa1Compliant() throws Exception {
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).pdfa(true).build();
    byte[] pdf = PdfTesting.render(w, Fixtures.everything());
    VeraPdf.Result a = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
    assertTrue(a.compliant(), "PDF/A-2a: " + a);
    VeraPdf.Result ua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
    assertTrue(ua.compliant(), "PDF/UA-1: " + ua);
  }

  @Test
  void withoutTheOptionTheFixtureIsPdfUa1CompliantButNotPdfA() throws Exception {
    byte[] pdf = PdfTesting.render(Fixtures.everything());
    VeraPdf.Result ua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
    assertTrue(ua.compliant(), "PDF/UA-1: " + ua);
    assertTrue(!VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_B).compliant(), "claims PDF/A without the option");
  }
}
