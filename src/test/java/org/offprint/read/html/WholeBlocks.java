package org.offprint.read.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Strikethrough;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Table;
import org.offprint.model.Text;
import org.offprint.read.Source;
import org.offprint.read.html.charset.HtmlCharset;
import org.offprint.read.html.metadata.JsonLdBody;

/**
 * The property "extraction keeps or drops whole blocks": every run of text the reader kept (a paragraph, heading,
 * list item, quote, cell, caption or note, cut only where a footnote marker or an inline image stood) stands in
 * the page as it is, word for word. A link or span cut out of the middle of a sentence breaks it: "The will unite"
 * is nowhere in a page that says "The Doobie Brothers will unite".
 *
 * <p>Compared without white space (which the reader normalises), soft hyphens and zero-width characters (which it
 * removes), both in Unicode form C. The page's text is its body's text and the article body it declares in JSON-LD.
 */
final class WholeBlocks {
  private WholeBlocks() {}

  /** Runs shorter than this many characters (without white space) are not checked: too short to say anything. */
  private static final int MIN_RUN = 12;

  /** {@return the runs of kept text that do not stand in the page as they are; empty when the property holds} */
  static List<String> cuts(byte[] html, Document doc) throws IOException {
    org.jsoup.nodes.Document page = HtmlCharset.parse(Source.of("page.html", html));
    String source = squash(page.body().text() + "\n" + JsonLdBody.find(page));
    List<String> runs = new ArrayList<>();
    blocks(doc.blocks(), runs);
    for (Footnote f : doc.footnotes()) blocks(f.content(), runs);
    List<String> cuts = new ArrayList<>();
    for (String run : runs) {
      String s = squash(run);
      if (s.length() >= MIN_RUN && !source.contains(s)) cuts.add(run.strip());
    }
    return cuts;
  }

  static String squash(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00ad' || c >= '\u200b' && c <= '\u200f'
          || c == '\ufeff' || c == '\u2060') {
        continue;
      }
      sb.append(c);
    }
    return java.text.Normalizer.normalize(sb, java.text.Normalizer.Form.NFC); // as the reader writes text
  }

  private static void blocks(List<Block> blocks, List<String> runs) {
    for (Block b : blocks) {
      if (b instanceof Paragraph p) inlines(p.content(), runs);
      else if (b instanceof Heading h) inlines(h.content(), runs);
      else if (b instanceof Quote q) {
        blocks(q.content(), runs);
        inlines(q.attribution(), runs);
      } else if (b instanceof ListBlock l) {
        for (ListBlock.Item i : l.items()) blocks(i.content(), runs);
      } else if (b instanceof Table t) {
        inlines(t.caption(), runs);
        for (List<Table.Row> rows : List.of(t.head(), t.body())) {
          for (Table.Row r : rows) for (Table.Cell c : r.cells()) inlines(c.content(), runs);
        }
      } else if (b instanceof Figure f) inlines(f.caption(), runs);
      else if (b instanceof CodeBlock c) runs.add(c.code());
    }
  }

  // The runs of one block's text, cut where a footnote marker or an inline image stood.
  private static void inlines(List<Inline> content, List<String> runs) {
    StringBuilder run = new StringBuilder();
    flatten(content, run, runs);
    runs.add(run.toString());
  }

  private static void flatten(List<Inline> content, StringBuilder run, List<String> runs) {
    for (Inline in : content) {
      if (in instanceof NoteRef || in instanceof Image) {
        runs.add(run.toString());
        run.setLength(0);
      } else if (in instanceof Text t) run.append(t.text());
      else if (in instanceof org.offprint.model.Code c) run.append(c.code());
      else if (in instanceof Emphasis e) flatten(e.content(), run, runs);
      else if (in instanceof Strong s) flatten(s.content(), run, runs);
      else if (in instanceof Link l) flatten(l.content(), run, runs);
      else if (in instanceof Superscript s) flatten(s.content(), run, runs);
      else if (in instanceof Subscript s) flatten(s.content(), run, runs);
      else if (in instanceof Strikethrough s) flatten(s.content(), run, runs);
      else run.append(' ');
    }
  }
}
