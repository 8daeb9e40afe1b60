package org.offprint.read.html;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.offprint.model.Block;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Heading;
import org.offprint.model.Inline;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.read.Source;

/** Small pages for the reader's tests: an article wrapped in the chrome a saved page carries. */
final class Pages {
  private Pages() {}

  /** Three paragraphs of prose, long enough to be an article. */
  static final String PROSE = """
      <p>The harbour town woke slowly, with fishermen mending nets, bakers lighting ovens, and gulls circling over
      the quay while the tide, still low, left the boats leaning in the mud.</p>
      <p>By noon the market was full: farmers from the valley, traders from the coast, and travellers who had come
      for the festival filled the square, and the smell of bread, fish and smoke hung over everything.</p>
      <p>In the evening, when the lamps were lit, the old men sat outside the tavern, telling stories of storms,
      of wrecks, and of the summer when the herring came so thick that the nets tore.</p>
      """;

  /** {@return a full page: head, navigation, the article, share box, related links, comments and footer} */
  static String page(String article) {
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Harbour Town | Coast News</title>
        <meta property="og:title" content="The Harbour Town"></head><body>
        <header class="site-header"><a href="/">Coast News</a><nav><ul><li><a href="/world">World</a></li>
        <li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
        <div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a></div>
        <main><article><h1>The Harbour Town</h1><div class="byline">By Anna Berg</div>
        <div class="entry-content">
        """ + article + """
        </div>
        <div class="share-buttons"><a href="https://twitter.com/share">Share on Twitter</a>
        <a href="https://facebook.com/share">Share on Facebook</a></div>
        </article>
        <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">A storm on the coast</a></li>
        <li><a href="/b">The last herring boat</a></li></ul></aside>
        <section id="comments"><p>Great article, thanks for writing it, I loved every word of it!</p></section>
        </main>
        <footer><p>Copyright 2024 Coast News. All rights reserved.</p></footer></body></html>
        """;
  }

  static Document read(String html) throws IOException {
    return read(html, Diagnostics.IGNORE);
  }

  static Document read(String html, Diagnostics diagnostics) throws IOException {
    Source s = Source.of("page.html", html.getBytes(StandardCharsets.UTF_8))
        .withLocation(URI.create("file:/home/user/saved/page.html"));
    return HtmlReader.create().read(s, diagnostics);
  }

  /** {@return every paragraph, heading, quote and list text of the body, one string per block, in order} */
  static List<String> texts(Document doc) {
    List<String> out = new ArrayList<>();
    collect(doc.blocks(), out);
    return out;
  }

  static String text(Document doc) {
    return String.join("\n", texts(doc));
  }

  private static void collect(List<Block> blocks, List<String> out) {
    for (Block b : blocks) {
      if (b instanceof Paragraph p) out.add(p.text());
      else if (b instanceof Heading h) out.add(h.text());
      else if (b instanceof Quote q) collect(q.content(), out);
      else if (b instanceof ListBlock l) for (ListBlock.Item i : l.items()) collect(i.content(), out);
      else if (b instanceof Figure f) out.add(Inline.plainText(f.caption()));
    }
  }

  @SuppressWarnings("unchecked")
  static <T extends Block> List<T> blocksOf(Document doc, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Block b : doc.blocks()) if (type.isInstance(b)) out.add((T) b);
    return out;
  }
}
