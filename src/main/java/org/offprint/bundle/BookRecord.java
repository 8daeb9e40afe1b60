package org.offprint.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.offprint.model.Document;
import org.offprint.model.json.ModelJson;
import org.offprint.model.json.ModelJsonException;

/**
 * What a bundled book records about itself so that {@code --update} can add to it: the command line that made it
 * and, for every article in book order, where it came from, a hash of what was read and the article's document.
 * Stored as JSON ({@code META-INF/offprint.json} in an EPUB, a side file for other formats); the same record
 * always gives the same bytes. Immutable.
 *
 * @param args the bundle command's arguments (inputs made absolute), without {@code -o} and {@code --update}
 * @param articles the book's articles, in book order
 */
public record BookRecord(List<String> args, List<Entry> articles) {
  /** The version of this layout; a record of another version is refused, not misread. */
  public static final int VERSION = 1;

  // Two-space indents and \n on every system (toJson): the record is part of the book's bytes.
  private static final ObjectMapper JSON = new ObjectMapper();

  public BookRecord {
    args = List.copyOf(args);
    articles = List.copyOf(articles);
  }

  /**
   * One article of the book.
   *
   * @param key what identifies its source across runs: a feed item's id, a file's absolute path, a URL
   * @param input the source's name as messages give it
   * @param hash {@code sha256:<hex>} of what was read (a file's bytes, a feed item's content), or {@code ""}
   *     when the source is not checked for changes (a fetched page)
   * @param section the manifest section it was listed under, or {@code ""}
   * @param chapter the number of its chapter ({@code chapter-N.xhtml} in an EPUB), which it keeps when articles
   *     are placed before it; 0 in a record written before chapters were numbered (its place then)
   * @param document the article as it went into the book
   */
  public record Entry(String key, String input, String hash, String section, int chapter, Document document) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(document, "document");
      if (chapter < 0) throw new IllegalArgumentException("chapter must be 0 or more: " + chapter);
    }
  }

  /** {@return {@code sha256:} and the hex SHA-256 of {@code bytes}} */
  public static String hash(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** {@return the record as UTF-8 JSON} */
  public byte[] toJson() {
    // One generator for the record and its documents: no document is written, read back and written again.
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeNumberField("offprintBook", VERSION);
      g.writeArrayFieldStart("args");
      for (String a : args) g.writeString(a);
      g.writeEndArray();
      g.writeArrayFieldStart("articles");
      for (Entry e : articles) {
        g.writeStartObject();
        g.writeStringField("key", e.key());
        g.writeStringField("input", e.input());
        g.writeStringField("hash", e.hash());
        g.writeStringField("section", e.section());
        if (e.chapter() > 0) g.writeNumberField("chapter", e.chapter());
        g.writeFieldName("document");
        ModelJson.write(e.document(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException("a StringWriter does not fail", ex);
    }
    return (out + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@return the record in {@code json}}
   *
   * @throws IllegalArgumentException saying what is wrong: not JSON, another version, a missing field, a bad
   *     document
   */
  public static BookRecord parse(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("the record is not JSON (" + e.getMessage().lines().findFirst().orElse("")
          + ")");
    }
    if (root == null || !root.path("offprintBook").isInt()) throw new IllegalArgumentException("not an offprint record");
    if (root.path("offprintBook").asInt() != VERSION) {
      throw new IllegalArgumentException("the record is of version " + root.path("offprintBook").asInt()
          + "; this offprint reads version " + VERSION);
    }
    List<String> args = new ArrayList<>();
    for (JsonNode n : root.path("args")) args.add(n.asText());
    List<Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    Set<Integer> chapters = new HashSet<>();
    int i = 0;
    for (JsonNode n : root.path("articles")) {
      i++;
      for (String f : List.of("key", "input", "hash", "section")) {
        if (!n.path(f).isTextual()) throw new IllegalArgumentException("article " + i + " has no \"" + f + "\"");
      }
      if (!keys.add(n.get("key").asText())) throw new IllegalArgumentException("article " + i + " is listed twice");
      JsonNode chapter = n.path("chapter");
      if (!chapter.isMissingNode() && !(chapter.canConvertToInt() && chapter.isIntegralNumber() && chapter.asInt() > 0)) {
        throw new IllegalArgumentException("article " + i + " has a \"chapter\" that is not a positive number");
      }
      if (chapter.asInt(0) > 0 && !chapters.add(chapter.asInt())) {
        throw new IllegalArgumentException("article " + i + " has the chapter number of another");
      }
      Document d;
      try {
        d = ModelJson.read(n.path("document"));
      } catch (ModelJsonException e) {
        throw new IllegalArgumentException("article " + i + ": " + e.getMessage());
      }
      entries.add(new Entry(n.get("key").asText(), n.get("input").asText(), n.get("hash").asText(),
          n.get("section").asText(), chapter.asInt(0), d));
    }
    return new BookRecord(args, entries);
  }
}
