package org.offprint.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.offprint.model.Metadata;
import org.offprint.theme.Theme;

/**
 * The head of an article: title (the outline's and table of contents' target), subtitle, authors, then site
 * and date in a muted line, closed by a short rule.
 */
final class ArticleHeader {
  private ArticleHeader() {}

  /** {@return the header's elements, tagged under {@code article}: the title as H1, the other lines as P} */
  static List<Element> elements(ArticleContext ctx, Style body, StructureTree.Node article) {
    Typography typo = ctx.typo;
    Metadata m = ctx.document.metadata();
    List<Element> out = new ArrayList<>();
    // The title takes the theme's heading case, as the CSS gives it in EPUB and HTML.
    Theme.HeadingCase hc = typo.theme.headingCase();
    Style ts = new Style(FontSet.Role.HEADING, typo.theme.headingBold(), false, typo.headingSize(1), typo.accent, 0,
        false, hc != Theme.HeadingCase.NONE, false);
    Paragraph title = new Paragraph(ts.size() * 1.15f, "", InlineChunks.font(ts, ctx));
    List<Chunk> chunks = hc == Theme.HeadingCase.SMALL_CAPS && !m.title().isEmpty()
        ? BlockElements.smallCaps(m.title(), ts, ctx)
        : InlineChunks.of(m.title().isEmpty() ? "\u00a0" : m.title(), ts, ctx);
    if (chunks.isEmpty()) chunks = List.of(new Chunk("\u00a0", InlineChunks.font(body, ctx)));
    chunks.get(0).setLocalDestination(ctx.titleDestination());
    chunks.get(0).setGenericTag(ctx.prefix); // records the page for a book's table of contents
    for (Chunk c : chunks) title.add(c);
    title.setAlignment(Element.ALIGN_LEFT);
    title.setSpacingAfter(typo.base * 0.4f);
    out.add(ctx.tags.role(title, ctx.tags.tree.heading(article, 1)));
    if (!m.subtitle().isEmpty()) {
      Style ss = body.size(typo.base * 1.2f).italic(true).color(typo.muted).hyphenate(false);
      Paragraph p = line(m.subtitle(), ss, ctx, article);
      p.setSpacingAfter(typo.base * 0.5f);
      out.add(p);
    }
    if (!m.authors().isEmpty()) {
      out.add(line(String.join(", ", m.authors()),
          Typography.emphasis(body.hyphenate(false), typo.theme.elements().byline()), ctx, article));
    }
    List<String> facts = new ArrayList<>();
    if (!m.site().isEmpty()) facts.add(m.site());
    m.publishedDate().ifPresent(d -> {
      Locale l = m.language().isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(m.language());
      facts.add(d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l)));
    });
    if (!facts.isEmpty()) {
      Style dateline = Typography.emphasis(body.size(typo.small).color(typo.muted).hyphenate(false),
          typo.theme.elements().dateline());
      out.add(line(String.join("  ·  ", facts), dateline, ctx, article));
    }
    PdfPTable rule = new PdfPTable(1);
    rule.setWidthPercentage(18);
    rule.setHorizontalAlignment(Element.ALIGN_LEFT);
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.TOP);
    c.setBorderColorTop(typo.accent);
    c.setBorderWidthTop(1.2f);
    c.setFixedHeight(1f);
    rule.addCell(c);
    rule.setSpacingBefore(typo.base * 0.8f);
    rule.setSpacingAfter(typo.base * 1.4f);
    out.add(rule);
    return out;
  }

  private static Paragraph line(String text, Style s, ArticleContext ctx, StructureTree.Node article) {
    Paragraph p = new Paragraph(ctx.typo.leading(s.size()), "", InlineChunks.font(s, ctx));
    for (Chunk c : InlineChunks.of(text, s, ctx)) p.add(c);
    p.setAlignment(Element.ALIGN_LEFT);
    return ctx.tags.role(p, ctx.tags.tree.add(article, "P"));
  }
}
