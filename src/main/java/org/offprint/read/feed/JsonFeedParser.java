package org.offprint.read.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.offprint.read.InputException;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) with Jackson's tree model. */
final class JsonFeedParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build());
  }

  private JsonFeedParser() {}

  static Feed parse(byte[] bytes, String name, URI location) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new InputException(name, "not a JSON feed (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject() || !str(root, "version").matches("https?://jsonfeed\\.org/version/.*")) {
      throw new InputException(name, "not a JSON feed (no jsonfeed.org \"version\")");
    }
    if (!root.path("items").isArray()) throw new InputException(name, "not a JSON feed (\"items\" is not a list)");
    URI base = RomeFeedParser.resolve(location, str(root, "feed_url"));
    List<String> feedAuthors = authors(root);
    List<Feed.Item> items = new ArrayList<>();
    for (JsonNode i : root.path("items")) {
      if (!i.isObject()) throw new InputException(name, "not a JSON feed (an item is not an object)");
      items.add(item(i, base, feedAuthors, name));
    }
    String image = !str(root, "icon").isEmpty() ? str(root, "icon") : str(root, "favicon");
    return new Feed(str(root, "title"), str(root, "description"), RomeFeedParser.absolute(base, str(root,
        "home_page_url")), RomeFeedParser.absolute(base, image), str(root, "language"), items);
  }

  private static Feed.Item item(JsonNode i, URI base, List<String> feedAuthors, String name) throws InputException {
    String link = RomeFeedParser.absolute(base, str(i, "url"));
    if (link.isEmpty()) link = RomeFeedParser.absolute(base, str(i, "external_url"));
    String title = str(i, "title");
    String id = str(i, "id");
    if (id.isEmpty()) id = link.isEmpty() ? title : link;
    String content = !str(i, "content_html").isEmpty() ? str(i, "content_html")
        : !str(i, "content_text").isEmpty() ? TextToHtml.paragraphs(str(i, "content_text")) : "";
    List<String> authors = authors(i);
    String published = !str(i, "date_published").isEmpty() ? str(i, "date_published") : str(i, "date_modified");
    return new Feed.Item(id, link, title, date(published, name), authors.isEmpty() ? feedAuthors : authors,
        content.strip(), str(i, "summary"));
  }

  private static String date(String s, String name) throws InputException {
    if (s.isEmpty()) return "";
    try {
      return RomeFeedParser.date(java.util.Date.from(OffsetDateTime.parse(s).toInstant()));
    } catch (DateTimeParseException e) {
      throw new InputException(name, "not a JSON feed (date '" + s + "' is not RFC 3339)");
    }
  }

  /** JSON Feed 1.1 {@code authors}, else 1.0 {@code author}. */
  private static List<String> authors(JsonNode n) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode a : n.path("authors")) if (!str(a, "name").isEmpty()) out.add(str(a, "name"));
    if (out.isEmpty() && !str(n.path("author"), "name").isEmpty()) out.add(str(n.path("author"), "name"));
    return List.copyOf(out);
  }

  private static String str(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isTextual() ? v.asText().strip() : "";
  }

}
