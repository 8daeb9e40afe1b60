package org.offprint.read.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.offprint.read.InputException;

/**
 * Tells feeds from pages by their first bytes, and reads RSS, Atom (with ROME) and JSON Feed (with Jackson).
 * XML feeds are parsed with no DOCTYPE allowed, so no entity can read a local file or reach the network.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * if (FeedReader.isFeed(bytes)) {
 *   Feed feed = FeedReader.read(bytes, "news.xml", URI.create("https://example.org/news.xml"));
 * }
 * }</pre>
 */
public final class FeedReader {
  private FeedReader() {}

  /** The largest feed read: 32 MiB. */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  // The root element after the prolog (declaration, comments, processing instructions, a doctype).
  private static final Pattern XML_ROOT = Pattern.compile(
      "^\\s*(<\\?[^>]*\\?>\\s*|<!--.*?-->\\s*|<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>\\s*)*<(?:[A-Za-z_][\\w.-]*:)?(rss|feed|RDF)[\\s>/]",
      Pattern.DOTALL);
  private static final Pattern JSON_FEED = Pattern.compile(
      "\"version\"\\s*:\\s*\"https?://jsonfeed\\.org/version/");

  /** {@return true when {@code head}, the first bytes of an input, is an RSS, Atom or JSON Feed document} */
  public static boolean isFeed(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) s = s.substring(1);
    String t = s.stripLeading();
    if (t.startsWith("{")) return JSON_FEED.matcher(s).find();
    return XML_ROOT.matcher(s).find();
  }

  /**
   * {@return the feed in {@code bytes}}
   *
   * @param name the input's name, for messages
   * @param location where the feed came from; relative links resolve against it (and against the feed's own
   *     links first)
   * @throws InputException naming {@code name} when it is not a feed offprint can read, or too large
   */
  public static Feed read(byte[] bytes, String name, URI location) throws IOException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    if (bytes.length > MAX_BYTES) throw new InputException(name, "the feed is larger than 32 MiB");
    String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
    if (head.startsWith("\uFEFF")) head = head.substring(1).stripLeading();
    Feed feed = head.startsWith("{") ? JsonFeedParser.parse(bytes, name, location)
        : RomeFeedParser.parse(bytes, name, location);
    if (feed.items().isEmpty()) throw new InputException(name, "the feed has no items");
    return feed;
  }

  /** {@return a short kind of the feed's format for messages} */
  static String kind(String feedType) {
    String t = feedType == null ? "" : feedType.toLowerCase(Locale.ROOT);
    return t.startsWith("atom") ? "Atom" : t.startsWith("rss") ? "RSS" : t;
  }
}
