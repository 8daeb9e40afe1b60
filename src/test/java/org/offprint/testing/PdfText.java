package org.offprint.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF with PDFBox, an independent parser: its text (de-hyphenated, whitespace collapsed) and fonts. */
public final class PdfText {
  private PdfText() {}

  /** {@return the text of every page, line-end hyphens joined and whitespace collapsed to single spaces} */
  public static String text(byte[] pdf) throws IOException {
    return text(pdf, "");
  }

  /**
   * {@return the text of every page as {@link #text(byte[])} does, without the running header {@code header}
   * and page-number lines, which text extraction puts in the middle of paragraphs that cross pages}
   */
  public static String text(byte[] pdf, String header) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StringBuilder sb = new StringBuilder();
      for (String line : new PDFTextStripper().getText(doc).split("\\R")) {
        String l = line.strip();
        if (l.matches("\\d{1,4}") || (!header.isEmpty() && l.equals(header))) continue;
        sb.append(line).append('\n');
      }
      return Texts.collapse(sb.toString().replaceAll("(\\p{L})-\\s*\\R\\s*(\\p{Ll})", "$1$2"));
    }
  }

  /** {@return the names of fonts used on any page that are not embedded} */
  public static List<String> notEmbedded(byte[] pdf) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (var name : res.getFontNames()) {
          PDFont f = res.getFont(name);
          if (!f.isEmbedded() && !out.contains(f.getName())) out.add(f.getName());
        }
      }
    }
    return out;
  }
}
