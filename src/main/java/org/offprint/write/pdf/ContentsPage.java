package org.offprint.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.offprint.model.Metadata;
import org.offprint.write.Labels;

/**
 * A book's first page: its title and authors, then the contents, one clickable row per article with the page
 * it starts on (known from the rendering's first pass; {@code 0} during that pass, which keeps the layout).
 */
final class ContentsPage {
  private final PageFlow flow;
  private final Typography typo;

  ContentsPage(PageFlow flow, Typography typo) {
    this.flow = flow;
    this.typo = typo;
  }

  /** The book's first page: its title, then the articles with their page numbers, each a link. */
  void write(Metadata meta, List<ArticleContext> contexts, Map<Integer, String> partTitles,
      Map<String, Integer> pages, FontSet fonts, StructureTree.Node parent) throws IOException {
    ArticleContext first = contexts.isEmpty() ? null : contexts.get(0);
    if (first == null) {
      flow.place(flow.blank(fonts));
      return;
    }
    StructureTree tree = first.tags.tree;
    Style body = BlockElements.bodyStyle(typo).hyphenate(false);
    Style ts = new Style(FontSet.Role.HEADING, typo.theme.headingBold(), false, typo.headingSize(1), typo.text, 0,
        false, false, false);
    Paragraph title = new Paragraph(typo.leading(ts.size()), "", InlineChunks.font(ts, first));
    for (Chunk c : InlineChunks.of(meta.title().isEmpty() ? "Contents" : meta.title(), ts, first)) title.add(c);
    title.setSpacingAfter(typo.base * 0.5f);
    flow.place(first.tags.role(title, tree.heading(parent, 1)));
    if (!meta.subtitle().isEmpty()) {
      Style sub = new Style(FontSet.Role.HEADING, false, true, typo.headingSize(4), typo.text, 0, false, false, false);
      Paragraph p = new Paragraph(typo.leading(sub.size()), "", InlineChunks.font(sub, first));
      for (Chunk c : InlineChunks.of(meta.subtitle(), sub, first)) p.add(c);
      p.setSpacingAfter(typo.base * 0.5f);
      flow.place(first.tags.role(p, tree.add(parent, "P")));
    }
    for (String line : List.of(String.join(", ", meta.authors()), meta.site())) {
      if (line.isBlank()) continue;
      Paragraph by = new Paragraph(typo.leading, "", InlineChunks.font(body, first));
      for (Chunk c : InlineChunks.of(line, body.color(typo.muted), first)) by.add(c);
      flow.place(first.tags.role(by, tree.add(parent, "P")));
    }
    Style label = new Style(FontSet.Role.HEADING, typo.theme.headingBold(), false, typo.headingSize(4), typo.text, 0,
        false, false, false);
    Paragraph heading = new Paragraph(typo.leading(label.size()), "", InlineChunks.font(label, first));
    String lang = Locale.forLanguageTag(meta.language().isEmpty() ? first.document.metadata().language()
        : meta.language()).getLanguage();
    for (Chunk c : InlineChunks.of(Labels.of(lang).get(Labels.Key.CONTENTS), label, first)) {
      heading.add(c);
    }
    heading.setSpacingBefore(typo.base * 3);
    flow.place(first.tags.role(heading, tree.heading(parent, 2)));
    StructureTree.Node toc = tree.add(parent, "TOC");
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(100);
    t.setWidths(new float[] {12, 1});
    t.setSpacingBefore(typo.base * 0.6f);
    Style partStyle = new Style(FontSet.Role.HEADING, true, false, typo.base, typo.text, 0, false, false, false);
    for (int i = 0; i < contexts.size(); i++) {
      ArticleContext ctx = contexts.get(i);
      String part = partTitles.getOrDefault(i, "");
      if (!part.isEmpty()) {
        PdfPCell pc = new PdfPCell();
        pc.setColspan(2);
        pc.setBorder(Rectangle.NO_BORDER);
        pc.setPaddingTop(typo.base * 0.9f);
        pc.setPaddingBottom(typo.base * 0.3f);
        Paragraph pp = new Paragraph(typo.leading, "", InlineChunks.font(partStyle, ctx));
        for (Chunk ch : InlineChunks.of(part, partStyle, ctx)) pp.add(ch);
        ctx.tags.add(pc, ctx.tags.role(pp, tree.add(tree.add(toc, "TOCI"), "P")));
        t.addCell(pc);
      }
      String name = ctx.document.metadata().title().isEmpty() ? "Untitled" : ctx.document.metadata().title();
      PdfPCell c = new PdfPCell();
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColorBottom(typo.rule);
      c.setBorderWidthBottom(0.4f);
      c.setPaddingBottom(typo.base * 0.4f);
      Paragraph p = new Paragraph(typo.leading, "", InlineChunks.font(body, ctx));
      List<Chunk> chunks = InlineChunks.of(name, body, ctx);
      ctx.links.local(chunks, ctx.titleDestination(), name);
      for (Chunk ch : chunks) p.add(ch);
      StructureTree.Node item = tree.add(toc, "TOCI");
      ctx.tags.add(c, ctx.tags.role(p, tree.add(item, "Reference")));
      t.addCell(c);
      PdfPCell n = new PdfPCell();
      n.setBorder(Rectangle.BOTTOM);
      n.setBorderColorBottom(typo.rule);
      n.setBorderWidthBottom(0.4f);
      Paragraph np = new Paragraph(typo.leading, "", InlineChunks.font(body, ctx));
      Integer pg = pages.get(ctx.prefix);
      List<Chunk> number = InlineChunks.of(pg == null ? "0" : pg.toString(), body, ctx);
      ctx.links.local(number, ctx.titleDestination(), name + ", page " + (pg == null ? "0" : pg));
      for (Chunk ch : number) np.add(ch);
      np.setAlignment(Element.ALIGN_RIGHT);
      ctx.tags.add(n, ctx.tags.role(np, tree.add(item, "Lbl")));
      t.addCell(n);
    }
    flow.add(t);
  }
}
