package org.offprint.write.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Map;
import org.offprint.model.Footnote;
import org.offprint.write.Labels;

/**
 * What follows an article's body: its notes, each number linking back to the first reference, and, when asked
 * for, the numbered list of its external links. Not thread-safe: one per rendering.
 */
final class EndMatter {
  private final PageFlow flow;
  private final Typography typo;

  EndMatter(PageFlow flow, Typography typo) {
    this.flow = flow;
    this.typo = typo;
  }

  /** The numbered list of the article's external links (builder option {@code linkList}). */
  void links(ArticleContext ctx, Style body, StructureTree.Node article) throws DocumentException {
    sectionTitle(ctx, Labels.of(ctx.document.metadata().language()).get(Labels.Key.LINKS), null, article);
    Style small = body.size(typo.small).hyphenate(false);
    float numWidth = typo.base * 2.2f;
    PdfPTable t = twoColumns(numWidth);
    StructureTree.Node list = ctx.tags.tree.add(article, "L");
    for (Map.Entry<String, Integer> e : ctx.linkNumbers.entrySet()) {
      StructureTree.Node item = ctx.tags.tree.add(list, "LI");
      t.addCell(textCell("[" + e.getValue() + "]", small.color(typo.muted), ctx, null,
          ctx.tags.tree.add(item, "Lbl")));
      t.addCell(textCell(e.getKey(), small.color(typo.link), ctx, e.getKey(),
          ctx.tags.tree.add(ctx.tags.tree.add(item, "LBody"), "P")));
    }
    flow.add(t);
  }

  private PdfPTable twoColumns(float first) throws DocumentException {
    PdfPTable t = new PdfPTable(2);
    t.setTotalWidth(new float[] {first, typo.textWidth() - first});
    t.setLockedWidth(true);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.setSplitLate(false);
    return t;
  }

  private PdfPCell textCell(String text, Style s, ArticleContext ctx, String anchor, StructureTree.Node node) {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    c.setPaddingBottom(typo.base * 0.3f);
    Paragraph p = new Paragraph(typo.leading(s.size()), "", InlineChunks.font(s, ctx));
    List<Chunk> chunks = InlineChunks.of(text, s, ctx);
    if (anchor != null) ctx.links.external(chunks, anchor, anchor);
    for (Chunk ch : chunks) p.add(ch);
    ctx.tags.add(c, ctx.tags.role(p, node));
    return c;
  }

  /** A small heading for the notes or links at an article's end, kept with what follows. */
  private void sectionTitle(ArticleContext ctx, String text, String destination, StructureTree.Node article)
      throws DocumentException {
    Style hs = new Style(FontSet.Role.HEADING, typo.theme.headingBold(), false, typo.headingSize(4), typo.text, 0,
        false, false, false);
    flow.keepWithNext(typo.leading(hs.size()) * 2);
    Paragraph h = new Paragraph(typo.leading(hs.size()), "", InlineChunks.font(hs, ctx));
    List<Chunk> title = InlineChunks.of(text, hs, ctx);
    if (destination != null) title.get(0).setLocalDestination(destination);
    for (Chunk c : title) h.add(c);
    h.setSpacingBefore(typo.base * 1.6f);
    h.setSpacingAfter(typo.base * 0.4f);
    flow.place(ctx.tags.role(h, ctx.tags.tree.heading(article, ctx.headingTag(1))));
  }

  static String notesTitle(ArticleContext ctx) {
    return Labels.of(ctx.document.metadata().language()).get(Labels.Key.NOTES);
  }

  /** Notes at the end of the article: each number links back to the first reference, which links here. */
  void notes(ArticleContext ctx, Style body, StructureTree.Node article) throws DocumentException {
    sectionTitle(ctx, notesTitle(ctx), ctx.prefix + "notes", article);
    Style small = body.size(typo.small);
    float numWidth = typo.base * 1.8f;
    PdfPTable t = twoColumns(numWidth);
    List<Footnote> notes = ctx.document.footnotes();
    int count = 0; // note ids must be unique, and two notes may share a model id
    for (Footnote note : notes) {
      int n = ctx.noteNumber(note.id());
      Style ns = small.color(typo.link).hyphenate(false);
      PdfPCell num = new PdfPCell();
      num.setBorder(Rectangle.NO_BORDER);
      num.setPadding(0);
      Paragraph np = new Paragraph(typo.leading(small.size()), "", InlineChunks.font(ns, ctx));
      Chunk c = new Chunk(n + ".", InlineChunks.font(ns, ctx));
      if (ctx.noteNumber(note.id()) != 0 && notes.indexOf(note) == n - 1) {
        c.setLocalDestination(ctx.noteDestination(note.id()));
      }
      if (ctx.refPlaced(note.id())) ctx.links.local(List.of(c), ctx.refDestination(note.id()), "back to text");
      np.add(c);
      StructureTree.Node noteNode = ctx.tags.tree.add(article, "Note").id(ctx.prefix + "note-" + (++count));
      ctx.tags.add(num, ctx.tags.role(np, ctx.tags.tree.add(noteNode, "Lbl")));
      t.addCell(num);
      PdfPCell content = new PdfPCell();
      content.setBorder(Rectangle.NO_BORDER);
      content.setPadding(0);
      content.setPaddingBottom(typo.base * 0.3f);
      BlockElements be = new BlockElements(ctx, typo.textWidth() - numWidth, small, false, 0, noteNode);
      for (Element e : be.all(note.content())) ctx.tags.add(content, e);
      t.addCell(content);
    }
    flow.add(t);
  }
}
