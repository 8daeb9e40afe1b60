package org.offprint.write.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.offprint.model.Diagnostics;
import org.offprint.model.Fixtures;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The {@code pdfa} option gives files veraPDF accepts as PDF/A-1b. */
class PdfaTest {
  @Test
  void theFixtureIsPdfA1bCompliant() throws Exception {
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).pdfa(true).build();
    byte[] pdf = PdfTesting.render(w, Fixtures.everything());
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
        PDFAFlavour.PDFA_1_B)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false);
      ValidationResult result = validator.validate(parser);
      String failures = result.getTestAssertions().stream()
          .filter(t -> t.getStatus() != TestAssertion.Status.PASSED)
          .map(t -> t.getRuleId().getClause() + ": " + t.getMessage()).distinct().collect(Collectors.joining("\n"));
      assertTrue(result.isCompliant(), failures);
    }
  }
}
