package org.offprint.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Draws the running header (the current title) and the footer (the page number) on every page but the first,
 * marked as pagination artifacts, leaves the header off pages where an article starts, records on which page
 * tagged chunks landed (for the table of contents) and has the links drawn annotated. Not thread-safe: one per
 * rendering.
 */
final class PageDecorations extends PdfPageEventHelper {
  private static final PdfName ARTIFACT = new PdfName("Artifact");
  private static final PdfName PAGINATION = new PdfName("Pagination");
  private final Typography typo;
  private final LinkAnnotations links;
  private ArticleContext runningContext;
  private String runningTitle = "";
  private final Set<Integer> plainPages = new HashSet<>();
  private final Map<String, Integer> tagPages = new HashMap<>();

  PageDecorations(Typography typo, LinkAnnotations links) {
    this.typo = typo;
    this.links = links;
  }

  /** Sets the title shown at the top of the following pages, set with {@code ctx}'s fonts. */
  void runningTitle(String title, ArticleContext ctx) {
    runningTitle = title;
    runningContext = ctx;
  }

  /** Marks a page (an article's first) that gets no running header. */
  void noHeaderOn(int page) {
    plainPages.add(page);
  }

  /** {@return the page each generic tag was placed on} */
  Map<String, Integer> tagPages() {
    return tagPages;
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    if (!links.drawn(writer, rect, text)) tagPages.putIfAbsent(text, writer.getPageNumber());
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    int page = writer.getPageNumber();
    if (page == 1 || runningContext == null) return;
    PdfContentByte canvas = writer.getDirectContent();
    float centre = (document.left() + document.right()) / 2;
    Style s = new Style(FontSet.Role.BODY, false, false, typo.base * 0.8f, typo.muted, 0, false, false, false);
    if (!plainPages.contains(page) && !runningTitle.isEmpty()) {
      String title = runningTitle.length() > 90 ? runningTitle.substring(0, 88) + "…" : runningTitle;
      artifact(canvas, "Header");
      ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, phrase(title, s.italic(true)), centre,
          document.top() + typo.page.top() * 0.45f, 0);
      canvas.endMarkedContentSequence();
    }
    artifact(canvas, "Footer");
    // at the same height on every page, whatever the page's bottom margin (PagePlan)
    ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, phrase(String.valueOf(page), s), centre,
        typo.page.bottom() * 0.5f, 0);
    canvas.endMarkedContentSequence();
  }

  private static void artifact(PdfContentByte canvas, String subtype) {
    PdfDictionary d = new PdfDictionary();
    d.put(PdfName.TYPE, PAGINATION);
    d.put(PdfName.SUBTYPE, new PdfName(subtype));
    canvas.beginMarkedContentSequence(ARTIFACT, d, true);
  }

  private Phrase phrase(String text, Style s) {
    Phrase p = new Phrase(typo.leading(s.size()), "", InlineChunks.font(s, runningContext));
    for (Chunk c : InlineChunks.of(text, s, runningContext)) p.add(c);
    return p;
  }
}
