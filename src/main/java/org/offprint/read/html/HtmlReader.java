package org.offprint.read.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.offprint.model.Block;
import org.offprint.model.BlockVisitor;
import org.offprint.model.Diagnostics;
import org.offprint.model.Footnote;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.read.DocumentReader;
import org.offprint.read.InputException;
import org.offprint.read.Source;
import org.offprint.read.html.charset.HtmlCharset;
import org.offprint.read.html.dom.Explain;
import org.offprint.read.html.dom.TextStats;
import org.offprint.read.html.dom.Walk;
import org.offprint.read.html.dom.Whitespace;
import org.offprint.read.html.extract.ArticleCleaner;
import org.offprint.read.html.extract.ArticleFinder;
import org.offprint.read.html.extract.BodyTidy;
import org.offprint.read.html.extract.ChromeRemover;
import org.offprint.read.html.extract.Discussions;
import org.offprint.read.html.extract.KeyPoints;
import org.offprint.read.html.extract.Leads;
import org.offprint.read.html.extract.PageCleaner;
import org.offprint.read.html.mapping.BlockMapper;
import org.offprint.read.html.mapping.FigureCredits;
import org.offprint.read.html.mapping.Footnotes;
import org.offprint.read.html.mapping.InlineMapper;
import org.offprint.read.html.mapping.Urls;
import org.offprint.read.html.metadata.HtmlMetadata;
import org.offprint.read.html.metadata.JsonLdBody;
import org.offprint.read.html.metadata.Standfirst;

/**
 * Reads a saved web page into the document model: decodes it, reads its metadata, finds the article among the
 * page's chrome, cleans it and maps it to blocks.
 *
 * <p>The stages, each in its own class: {@link PageCleaner} (scripts, hidden elements), {@link ChromeRemover}
 * (navigation, share boxes, comments...), {@link ArticleFinder} (scoring of candidate containers),
 * {@link ArticleCleaner} (teaser lists, headline, byline), {@link Footnotes}, {@link BlockMapper}. Every removal
 * is reported as an INFO diagnostic, which {@code offprint inspect --explain} shows.
 *
 * <p>Immutable and thread-safe: all per-page state lives inside {@link #read}.
 *
 * <pre>{@code
 * Document doc = HtmlReader.create().read(Source.of("page.html", bytes), Diagnostics.IGNORE);
 * }</pre>
 */
public final class HtmlReader implements DocumentReader {
  private HtmlReader() {}

  /** {@return a reader with the default settings} */
  public static HtmlReader create() {
    return new HtmlReader();
  }

  @Override
  public org.offprint.model.Document read(Source source, Diagnostics diagnostics) throws IOException {
    InputCheck.check(source);
    Document page = HtmlCharset.parse(source);
    Metadata metadata = HtmlMetadata.extract(page, source);
    Urls urls = Urls.of(page, source);
    Explain explain = new Explain(source.name(), diagnostics);
    Element body = page.body();
    if (!hasText(body)) {
      String declared = JsonLdBody.find(page);
      if (declared.isBlank()) {
        diagnostics.warn(source.name(), "the page has no text");
        return org.offprint.model.Document.of(metadata, List.of());
      }
      return new org.offprint.model.Document(metadata, paragraphs(declared), List.of());
    }

    List<String> jsonLd = JsonLdBody.scripts(page.head());
    Extracted first = extract(body, page, metadata, urls, jsonLd, true, explain);
    String declaredBody = JsonLdBody.find(jsonLd);
    Extracted best = first;
    if (first.length() < WEAK) {
      // A weak first guess: look again at a fresh copy of the page without trusting class and id names (only
      // landmarks and measures), and keep whichever candidate holds more article text.
      Document again = HtmlCharset.parse(source);
      Extracted second = extract(again.body(), again, metadata, urls, new ArrayList<>(), false,
          new Explain(source.name(), Diagnostics.IGNORE));
      boolean grown = second.prose() > first.prose() + Math.max(100, first.length()) && second.holds(first);
      if (grown || first.length() == 0 && second.length() > 0) {
        explain.note("the article found was weak (" + first.length() + " characters): took the candidate found"
            + " without class and id cues (" + second.length() + " characters)");
        best = second;
      } else {
        explain.note("the article found is short (" + first.length() + " characters); no better candidate without"
            + " class and id cues (" + second.length() + " characters)");
      }
    }
    List<Block> blocks = fallback(best.blocks(), declaredBody, explain);
    if (metadata.subtitle().isEmpty() && !best.lead().isEmpty()) {
      explain.note("standfirst (the lead between the headline and the article): " + best.lead());
      metadata = metadata.toBuilder().subtitle(best.lead()).build();
    }
    blocks = Standfirst.without(blocks, metadata.subtitle(), explain); // the subtitle, printed under the title
    List<Footnote> footnotes = best.footnotes();
    return new org.offprint.model.Document(metadata, blocks, footnotes);
  }

  /** Below this many characters of text, the article found is checked against a second candidate. */
  private static final int WEAK = 250;

  /**
   * What one pass of extraction found: the article's blocks, its notes and the lead printed between the headline
   * and the article ("" when none).
   */
  private record Extracted(List<Block> blocks, List<Footnote> footnotes, String lead) {
    int length() {
      return TextLength.of(blocks);
    }

    /** {@return the characters of its paragraphs long enough to be prose, not labels or buttons} */
    int prose() {
      int n = 0;
      for (Block b : blocks) {
        int length = b instanceof Paragraph p ? p.textLength() : 0;
        if (length >= 100) n += length;
      }
      return n;
    }

    /**
     * {@return whether this candidate holds the other's paragraphs: it is the same article, grown, not another
     * block of the page that happens to be longer}
     */
    boolean holds(Extracted other) {
      StringBuilder mine = new StringBuilder();
      for (Block b : blocks) if (b instanceof Paragraph p) mine.append(p.text()).append('\n');
      for (Block b : other.blocks()) {
        if (b instanceof Paragraph p && mine.indexOf(p.text()) < 0) return false;
      }
      return true;
    }
  }

  /**
   * One pass over a parsed page: cleaning, chrome removal (by class and id names too when {@code nameCues}),
   * finding, cleaning and mapping the article.
   */
  private static Extracted extract(Element body, Document page, Metadata metadata, Urls urls, List<String> jsonLd,
      boolean nameCues, Explain explain) {
    int prose = PageCleaner.clean(body, explain, jsonLd); // adds the body's JSON-LD scripts as it removes them
    FigureCredits.keep(body); // before chrome and byline removal, which would take credits out of captions
    ChromeRemover.remove(body, prose, 0.5, nameCues, explain);
    Discussions.remove(body, explain);
    TextStats stats = TextStats.of(body);
    ArticleFinder.Result found = ArticleFinder.find(body, stats, explain);
    Element article = found.article();
    explain.note("article: " + Explain.describe(article) + " (score " + Math.round(found.score()) + ")");
    String lead = Leads.find(article, body, stats, metadata.title());
    if (lead.isEmpty()) KeyPoints.take(article, body, stats, metadata.title(), explain);
    ArticleCleaner.clean(article, stats, metadata.title(), metadata.source(), nameCues, explain);

    Footnotes notes = Footnotes.find(article, page, explain);
    BlockMapper mapper = new BlockMapper(new InlineMapper(urls, notes));
    List<Block> blocks = BodyTidy.tidy(mapper.blocks(article), explain);
    List<Footnote> footnotes = new ArrayList<>();
    for (Map.Entry<String, Element> n : notes.notes().entrySet()) {
      footnotes.add(new Footnote(n.getKey(), mapper.blocks(n.getValue())));
    }
    return new Extracted(blocks, footnotes, lead);
  }

  /**
   * Takes the body the publisher declares (JSON-LD {@code articleBody}) when the article found is much shorter.
   * The page's whole text is never taken: a page with no article gives no blocks, and says so.
   */
  private static List<Block> fallback(List<Block> blocks, String declaredBody, Explain explain) {
    int found = TextLength.of(blocks);
    String declared = Whitespace.collapse(declaredBody).trim();
    if (declared.length() >= 500 && found < declared.length() / 3) {
      explain.note("article text much shorter than the page's JSON-LD articleBody: using the articleBody");
      return paragraphs(declaredBody);
    }
    if (found == 0 && !declared.isEmpty()) {
      explain.note("no article found: using the page's JSON-LD articleBody");
      return paragraphs(declaredBody);
    }
    if (found == 0) explain.note("no article found: the page's text is all menus, links and other chrome");
    return blocks;
  }

  // Stops at the first visible character instead of collecting the page's text.
  private static boolean hasText(Element body) {
    boolean[] found = {false};
    Walk.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof org.jsoup.nodes.TextNode t && Whitespace.visibleLength(t.getWholeText()) > 0) {
          found[0] = true;
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    return found[0];
  }

  private static List<Block> paragraphs(String text) {
    List<Block> out = new ArrayList<>();
    for (String para : text.split("\\n\\s*\\n|\\r?\\n")) {
      String p = Whitespace.collapse(para).trim();
      if (!p.isEmpty()) out.add(Block.paragraph(p));
    }
    return out;
  }

  /** Counts the visible characters of blocks. */
  static final class TextLength {
    private TextLength() {}

    static int of(List<Block> blocks) {
      int n = 0;
      for (Block b : blocks) n += b.accept(LENGTH);
      return n;
    }

    private static final BlockVisitor<Integer> LENGTH = new BlockVisitor<>() {
      @Override
      public Integer heading(org.offprint.model.Heading h) {
        return h.textLength();
      }

      @Override
      public Integer paragraph(Paragraph p) {
        return p.textLength();
      }

      @Override
      public Integer quote(org.offprint.model.Quote q) {
        return of(q.content());
      }

      @Override
      public Integer list(org.offprint.model.ListBlock l) {
        int n = 0;
        for (org.offprint.model.ListBlock.Item i : l.items()) n += of(i.content());
        return n;
      }

      @Override
      public Integer code(org.offprint.model.CodeBlock c) {
        return c.code().length();
      }

      @Override
      public Integer figure(org.offprint.model.Figure f) {
        return org.offprint.model.Inline.plainText(f.caption()).length();
      }

      @Override
      public Integer table(org.offprint.model.Table t) {
        return t.body().size() + t.head().size();
      }

      @Override
      public Integer rule(org.offprint.model.Rule r) {
        return 0;
      }
    };
  }
}
