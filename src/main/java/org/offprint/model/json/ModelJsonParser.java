package org.offprint.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.offprint.model.Block;
import org.offprint.model.Code;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Rule;
import org.offprint.model.Strikethrough;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Table;
import org.offprint.model.Text;

/**
 * Reads what {@link ModelJson#write} writes back into a {@link Document}. It accepts what
 * {@code docs/model.schema.json} accepts: every required field present with its type, no field it does not know,
 * only the block and inline types of the documented {@code modelVersion}. The first problem ends the read with a
 * {@link ModelJsonException} naming its place. Stateless and thread-safe.
 */
final class ModelJsonParser {
  /**
   * Jackson's own limit (1000 levels) keeps the tree small enough for the recursive walk below; the document's
   * nesting is then limited by the reader that calls this, as every reader's is.
   */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  static final List<String> BLOCK_TYPES =
      List.of("code", "figure", "heading", "list", "paragraph", "quote", "rule", "table");
  static final List<String> INLINE_TYPES = List.of("code", "emphasis", "image", "linebreak", "link", "noteref",
      "strikethrough", "strong", "subscript", "superscript", "text");

  private ModelJsonParser() {}

  static Document parse(byte[] json) throws ModelJsonException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
      int nl = message.indexOf('\n');
      if (nl >= 0) message = message.substring(0, nl);
      throw new ModelJsonException("", "not valid JSON" + where + ": " + message);
    } catch (IOException e) {
      throw new ModelJsonException("", "not valid JSON: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) throw new ModelJsonException("", "no JSON in the input");
    return parse(root);
  }

  static Document parse(JsonNode root) throws ModelJsonException {
    if (!root.isObject()) throw new ModelJsonException("", "expected the model, a JSON object, found " + kind(root));
    JsonNode version = root.get("modelVersion");
    if (version == null) throw new ModelJsonException("modelVersion", "missing: this is not an offprint document model");
    if (!version.isIntegralNumber()) {
      throw new ModelJsonException("modelVersion", "expected an integer, found " + kind(version));
    }
    if (!version.canConvertToInt() || version.intValue() != ModelJson.MODEL_VERSION) {
      throw new ModelJsonException("modelVersion", "version " + version.asText() + " is not supported; this offprint reads "
          + "modelVersion " + ModelJson.MODEL_VERSION);
    }
    Obj o = new Obj(root, "", Set.of("modelVersion", "metadata", "blocks", "footnotes"));
    Metadata metadata = metadata(o.object("metadata"));
    List<Block> blocks = blocks(o.array("blocks"), "blocks");
    List<Footnote> notes = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    String at = "footnotes";
    int i = 0;
    for (JsonNode n : o.array("footnotes")) {
      String p = at + "[" + i++ + "]";
      Obj f = new Obj(n, p, Set.of("id", "content"));
      String id = f.string("id");
      if (id.isEmpty()) throw new ModelJsonException(p + ".id", "must not be empty");
      Integer first = seen.putIfAbsent(id, i - 1);
      // noteref points at a note by id: two notes with one id would leave writers to guess
      if (first != null) throw new ModelJsonException(p + ".id", "\"" + id + "\" is the id of footnotes[" + first + "] too");
      notes.add(new Footnote(id, blocks(f.array("content"), p + ".content")));
    }
    return new Document(metadata, blocks, notes);
  }

  private static Metadata metadata(Obj m) throws ModelJsonException {
    m.known(Set.of("title", "subtitle", "authors", "byline", "published", "site", "language", "source",
        "description", "image", "tags", "extra"));
    String published = m.string("published");
    Map<String, String> extra = new LinkedHashMap<>();
    Obj e = new Obj(m.field("extra"), m.path("extra"), null);
    for (Iterator<Map.Entry<String, JsonNode>> it = e.node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      extra.put(entry.getKey(), e.string(entry.getKey()));
    }
    try {
      return Metadata.builder()
          .title(m.string("title"))
          .subtitle(m.string("subtitle"))
          .authors(m.strings("authors"))
          .byline(m.has("byline") ? m.string("byline") : "") // older dumps of version 1 lack it
          .published(published)
          .site(m.string("site"))
          .language(m.string("language"))
          .source(m.string("source"))
          .description(m.string("description"))
          .image(m.string("image"))
          .tags(m.strings("tags"))
          .extra(extra)
          .build();
    } catch (IllegalArgumentException ex) {
      throw new ModelJsonException(m.path("published"), "expected YYYY-MM-DD or an ISO-8601 date-time with offset, found \""
          + published + "\"");
    }
  }

  private static List<Block> blocks(List<JsonNode> nodes, String at) throws ModelJsonException {
    List<Block> out = new ArrayList<>(nodes.size());
    int i = 0;
    for (JsonNode n : nodes) out.add(block(n, at + "[" + i++ + "]"));
    return out;
  }

  private static Block block(JsonNode n, String at) throws ModelJsonException {
    String type = type(n, at, BLOCK_TYPES, "block");
    switch (type) {
      case "heading": {
        Obj o = new Obj(n, at, Set.of("type", "level", "id", "content"));
        int level = o.integer("level");
        if (level < 1 || level > 6) throw new ModelJsonException(o.path("level"), "must be 1 to 6, not " + level);
        return new Heading(level, o.inlines("content"), o.string("id"));
      }
      case "paragraph": {
        Obj o = new Obj(n, at, Set.of("type", "content"));
        return new Paragraph(o.inlines("content"));
      }
      case "quote": {
        Obj o = new Obj(n, at, Set.of("type", "content", "attribution"));
        return new Quote(blocks(o.array("content"), o.path("content")), o.inlines("attribution"));
      }
      case "list": {
        Obj o = new Obj(n, at, Set.of("type", "ordered", "start", "items"));
        boolean ordered = o.bool("ordered");
        int start = o.has("start") ? o.integer("start") : 1;
        List<ListBlock.Item> items = new ArrayList<>();
        int i = 0;
        for (JsonNode item : o.array("items")) {
          String p = o.path("items") + "[" + i++ + "]";
          if (!item.isArray()) throw new ModelJsonException(p, "expected an array of blocks, found " + kind(item));
          List<JsonNode> content = new ArrayList<>();
          item.forEach(content::add);
          items.add(new ListBlock.Item(blocks(content, p)));
        }
        return new ListBlock(ordered, start, items);
      }
      case "code": {
        Obj o = new Obj(n, at, Set.of("type", "language", "code"));
        return new CodeBlock(o.string("language"), o.string("code"));
      }
      case "figure": {
        Obj o = new Obj(n, at, Set.of("type", "src", "alt", "caption"));
        return new Figure(o.string("src"), o.string("alt"), o.inlines("caption"));
      }
      case "table": {
        Obj o = new Obj(n, at, Set.of("type", "caption", "head", "body"));
        return new Table(o.inlines("caption"), rows(o, "head"), rows(o, "body"));
      }
      default: {
        new Obj(n, at, Set.of("type"));
        return new Rule();
      }
    }
  }

  private static List<Table.Row> rows(Obj table, String field) throws ModelJsonException {
    List<Table.Row> rows = new ArrayList<>();
    int r = 0;
    for (JsonNode row : table.array(field)) {
      String rp = table.path(field) + "[" + r++ + "]";
      if (!row.isArray()) throw new ModelJsonException(rp, "expected an array of cells, found " + kind(row));
      List<Table.Cell> cells = new ArrayList<>();
      int c = 0;
      for (JsonNode cell : row) {
        Obj o = new Obj(cell, rp + "[" + c++ + "]", Set.of("content", "align", "colspan", "rowspan"));
        Table.Align align = Table.Align.DEFAULT;
        if (o.has("align")) {
          String a = o.string("align");
          switch (a) {
            case "left": align = Table.Align.LEFT; break;
            case "center": align = Table.Align.CENTER; break;
            case "right": align = Table.Align.RIGHT; break;
            default: throw new ModelJsonException(o.path("align"), "expected left, center or right, found \"" + a + "\"");
          }
        }
        cells.add(new Table.Cell(o.inlines("content"), align, o.span("colspan"), o.span("rowspan")));
      }
      rows.add(new Table.Row(cells));
    }
    return rows;
  }

  static List<Inline> inlines(List<JsonNode> nodes, String at) throws ModelJsonException {
    List<Inline> out = new ArrayList<>(nodes.size());
    int i = 0;
    for (JsonNode n : nodes) out.add(inline(n, at + "[" + i++ + "]"));
    return out;
  }

  private static Inline inline(JsonNode n, String at) throws ModelJsonException {
    String type = type(n, at, INLINE_TYPES, "inline");
    switch (type) {
      case "text":
        return new Text(new Obj(n, at, Set.of("type", "text")).string("text"));
      case "emphasis":
        return new Emphasis(new Obj(n, at, Set.of("type", "content")).inlines("content"));
      case "strong":
        return new Strong(new Obj(n, at, Set.of("type", "content")).inlines("content"));
      case "superscript":
        return new Superscript(new Obj(n, at, Set.of("type", "content")).inlines("content"));
      case "subscript":
        return new Subscript(new Obj(n, at, Set.of("type", "content")).inlines("content"));
      case "strikethrough":
        return new Strikethrough(new Obj(n, at, Set.of("type", "content")).inlines("content"));
      case "code":
        return new Code(new Obj(n, at, Set.of("type", "code")).string("code"));
      case "link": {
        Obj o = new Obj(n, at, Set.of("type", "href", "title", "content"));
        return new Link(o.string("href"), o.has("title") ? o.string("title") : "", o.inlines("content"));
      }
      case "image": {
        Obj o = new Obj(n, at, Set.of("type", "src", "alt", "title"));
        return new Image(o.string("src"), o.string("alt"), o.has("title") ? o.string("title") : "");
      }
      case "linebreak":
        new Obj(n, at, Set.of("type"));
        return new LineBreak();
      default:
        return new NoteRef(new Obj(n, at, Set.of("type", "id")).string("id"));
    }
  }

  private static String type(JsonNode n, String at, List<String> known, String what) throws ModelJsonException {
    if (!n.isObject()) throw new ModelJsonException(at, "expected a " + what + " object, found " + kind(n));
    JsonNode t = n.get("type");
    if (t == null) throw new ModelJsonException(at + ".type", "missing");
    if (!t.isTextual()) throw new ModelJsonException(at + ".type", "expected a string, found " + kind(t));
    if (!known.contains(t.textValue())) {
      throw new ModelJsonException(at + ".type", "unknown " + what + " type \"" + t.textValue() + "\" (known: "
          + String.join(", ", known) + ")");
    }
    return t.textValue();
  }

  static String kind(JsonNode n) {
    switch (n.getNodeType()) {
      case ARRAY: return "an array";
      case OBJECT: return "an object";
      case STRING: return "a string";
      case NUMBER: return "a number";
      case BOOLEAN: return "a boolean";
      case NULL: return "null";
      default: return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }

  /** One JSON object being read, with its path for messages. */
  private static final class Obj {
    final JsonNode node;
    final String at;

    /** @param known the fields allowed, or null for any */
    Obj(JsonNode node, String at, Set<String> known) throws ModelJsonException {
      if (!node.isObject()) throw new ModelJsonException(at, "expected an object, found " + kind(node));
      this.node = node;
      this.at = at;
      if (known != null) known(known);
    }

    void known(Set<String> known) throws ModelJsonException {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!known.contains(f)) throw new ModelJsonException(path(f), "unknown field");
      }
    }

    String path(String field) {
      return at.isEmpty() ? field : at + "." + field;
    }

    boolean has(String field) {
      return node.has(field);
    }

    JsonNode field(String field) throws ModelJsonException {
      JsonNode v = node.get(field);
      if (v == null) throw new ModelJsonException(path(field), "missing");
      return v;
    }

    Obj object(String field) throws ModelJsonException {
      return new Obj(field(field), path(field), null);
    }

    String string(String field) throws ModelJsonException {
      JsonNode v = field(field);
      if (!v.isTextual()) throw new ModelJsonException(path(field), "expected a string, found " + kind(v));
      return v.textValue();
    }

    int integer(String field) throws ModelJsonException {
      JsonNode v = field(field);
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw new ModelJsonException(path(field), "expected an integer, found " + (v.isNumber() ? v.asText() : kind(v)));
      }
      return v.intValue();
    }

    int span(String field) throws ModelJsonException {
      if (!has(field)) return 1;
      int v = integer(field);
      if (v < 1) throw new ModelJsonException(path(field), "must be at least 1, not " + v);
      return v;
    }

    boolean bool(String field) throws ModelJsonException {
      JsonNode v = field(field);
      if (!v.isBoolean()) throw new ModelJsonException(path(field), "expected true or false, found " + kind(v));
      return v.booleanValue();
    }

    List<JsonNode> array(String field) throws ModelJsonException {
      JsonNode v = field(field);
      if (!v.isArray()) throw new ModelJsonException(path(field), "expected an array, found " + kind(v));
      List<JsonNode> out = new ArrayList<>(v.size());
      v.forEach(out::add);
      return out;
    }

    List<String> strings(String field) throws ModelJsonException {
      List<String> out = new ArrayList<>();
      int i = 0;
      for (JsonNode s : array(field)) {
        if (!s.isTextual()) {
          throw new ModelJsonException(path(field) + "[" + i + "]", "expected a string, found " + kind(s));
        }
        out.add(s.textValue());
        i++;
      }
      return out;
    }

    List<Inline> inlines(String field) throws ModelJsonException {
      return ModelJsonParser.inlines(array(field), path(field));
    }
  }
}
