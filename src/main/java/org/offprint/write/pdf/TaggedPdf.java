package org.offprint.write.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The document-level settings of PDF/UA-1 that OpenPDF leaves to its user: a structure tree (tagged, which
 * also writes {@code MarkInfo /Marked true}), the title shown instead of the file name, annotations in
 * structure order ({@code Tabs /S}), and XMP metadata that carries the title and the PDF/UA identifier.
 */
final class TaggedPdf {
  private static final String UA_ID = "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";
  private static final String PDFA_ID = "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"";
  /** PDF/A-1 accepts only declared XMP schemas: this declares pdfuaid (ISO 14289-1, 5). */
  private static final String UA_EXTENSION = """
      <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">\
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
      <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\
      <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">\
      <pdfaProperty:category>internal</pdfaProperty:category>\
      <pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>\
      <pdfaProperty:name>part</pdfaProperty:name>\
      <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
      </rdf:li></rdf:Seq></pdfaSchema:property>\
      </rdf:li></rdf:Bag></pdfaExtension:schemas>""";
  private static final String EXTENSION_NS = "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
      + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
      + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";

  private TaggedPdf() {}

  /** Settings that must be made before the document is opened. */
  static void beforeOpen(PdfWriter writer) {
    writer.setTagged();
    writer.setTabs(PdfName.S);
    writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
  }

  /**
   * Makes the file PDF/A-2a: an sRGB output intent, and the claim in the XMP ({@link #xmp}). OpenPDF 2.0.5 knows
   * only PDF/A-1, whose mode forces an incomplete CIDSet into every font (which PDF/UA forbids); PDF/A-2 does
   * not need one, and its other rules are PDF/A-1b's, relaxed, plus the tagging PDF/UA asks for.
   */
  static void pdfa(PdfWriter writer) throws IOException {
    writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
        ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    PdfArray intents = writer.getExtraCatalog().getAsArray(PdfName.OUTPUTINTENTS);
    ((PdfDictionary) intents.getPdfObject(0)).put(PdfName.S, PdfName.GTS_PDFA1); // the subtype of every PDF/A
  }

  /** Writes the XMP metadata from the document information, with the PDF/UA-1 and PDF/A identifiers. */
  static void xmp(PdfWriter writer, boolean pdfa) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XmpWriter xmp = new XmpWriter(out, writer.getInfo(), writer.getPDFXConformance());
    xmp.addRdfDescription(UA_ID, "<pdfuaid:part>1</pdfuaid:part>");
    if (pdfa) {
      xmp.addRdfDescription(PDFA_ID, "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>");
      xmp.addRdfDescription(EXTENSION_NS, UA_EXTENSION);
    }
    xmp.close();
    writer.setXmpMetadata(out.toByteArray());
  }
}
