package org.offprint.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.read.InputFormats;
import org.offprint.read.Source;
import org.offprint.read.feed.Feed;

/**
 * Reads one feed item as an article: its content, when the feed carries the whole article, through the HTML
 * reader like any page (so cleaning and safety apply); else its page, fetched as URL inputs are. The feed's title,
 * date, authors and link win over the page's.
 */
final class FeedArticles {
  private FeedArticles() {}

  /** {@return the item's article} */
  static Reading.Read read(BundleInputs.Entry e, ReadOptions options, Invocation run, Diagnostics diagnostics)
      throws IOException {
    BundleInputs.FeedItem fi = e.feedItem().orElseThrow();
    Feed.Item item = fi.item();
    Reading.Read read;
    if (!item.content().isEmpty() || item.link().isEmpty()) {
      Source s = Source.of(e.name(), page(item).getBytes(StandardCharsets.UTF_8)).withCharset(StandardCharsets.UTF_8);
      if (item.link().matches("(?i)https?://.+")) s = s.withLocation(URI.create(item.link()));
      read = new Reading.Read(s, Reading.read(InputFormats.find("html").orElseThrow(), s, diagnostics));
    } else {
      read = Reading.read(item.link(), options, run, diagnostics);
    }
    Metadata.Builder m = read.document().metadata().toBuilder();
    if (!item.title().isEmpty()) m.title(item.title());
    if (!item.published().isEmpty()) m.published(item.published());
    if (!item.authors().isEmpty()) m.authors(item.authors());
    if (!item.link().isEmpty()) m.source(item.link());
    if (read.document().metadata().site().isEmpty()) m.site(fi.feed().title());
    if (read.document().metadata().language().isEmpty()) m.language(fi.feed().language());
    return new Reading.Read(read.source(), read.document().withMetadata(m.build()));
  }

  /** {@return the hash a feed item is compared by on --update: of its content, else of its title and link} */
  static String hash(Feed.Item item) {
    String what = item.content().isEmpty() ? item.title() + "\n" + item.link() : item.content();
    return org.offprint.bundle.BookRecord.hash(what.getBytes(StandardCharsets.UTF_8));
  }

  /** The item as a page of its own: its title, then its content (or its summary when it has no page). */
  private static String page(Feed.Item item) {
    String body = item.content().isEmpty() ? item.summary() : item.content();
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(item.title())
        + "</title></head>\n<body><article>\n<h1>" + escape(item.title()) + "</h1>\n" + body
        + "\n</article></body></html>\n";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
