package org.offprint.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.offprint.model.Block;
import org.offprint.model.BlockVisitor;
import org.offprint.model.Code;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.InlineVisitor;
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
 * Writes a {@link Document} as JSON: {@code {"modelVersion", "metadata": {...}, "blocks": [...], "footnotes":
 * [...]}}. Every block and inline is an object with a {@code "type"}. Field order is fixed, so the same document
 * always gives the same text; {@link #read} reads that text back into an equal document. Thread-safe.
 */
public final class ModelJson {
  /** The version of the JSON layout; it changes when a field is renamed or removed. */
  public static final int MODEL_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private ModelJson() {}

  /** {@return the document as pretty-printed JSON} */
  public static String toJson(Document document) {
    StringWriter sw = new StringWriter();
    try {
      write(document, sw);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return sw.toString();
  }

  /**
   * {@return the document in {@code json}, as {@link #write} writes it}: UTF-8 JSON of this {@link #MODEL_VERSION}
   * that {@code docs/model.schema.json} accepts. Reads nothing but the bytes it is given.
   *
   * @throws ModelJsonException naming the place and the problem: a syntax error, another {@code modelVersion}, a
   *     missing or unknown field, a field of the wrong type, an unknown block or inline type
   */
  public static Document read(byte[] json) throws ModelJsonException {
    return ModelJsonParser.parse(json);
  }

  /**
   * {@return the document in {@code tree}}, a JSON tree read by the caller (a file that holds documents among
   * other things), checked as {@link #read(byte[])} checks it
   *
   * @throws ModelJsonException as {@link #read(byte[])}, the place named from the document's root
   */
  public static Document read(com.fasterxml.jackson.databind.JsonNode tree) throws ModelJsonException {
    return ModelJsonParser.parse(tree);
  }

  /** Writes the document as pretty-printed JSON to {@code out}, which it does not close. */
  public static void write(Document document, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      write(document, g);
    }
  }

  /**
   * Writes the document as the next value of {@code g} (a file that holds documents among other things), in
   * the generator's own layout; the same fields in the same order as {@link #write(Document, Writer)}.
   */
  public static void write(Document document, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("modelVersion", MODEL_VERSION);
    g.writeFieldName("metadata");
    metadata(g, document.metadata());
    g.writeArrayFieldStart("blocks");
    blocks(g, document.blocks());
    g.writeEndArray();
    g.writeArrayFieldStart("footnotes");
    for (Footnote n : document.footnotes()) {
      g.writeStartObject();
      g.writeStringField("id", n.id());
      g.writeArrayFieldStart("content");
      blocks(g, n.content());
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void metadata(JsonGenerator g, Metadata m) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", m.title());
    g.writeStringField("subtitle", m.subtitle());
    strings(g, "authors", m.authors());
    g.writeStringField("byline", m.byline());
    g.writeStringField("published", m.published());
    g.writeStringField("site", m.site());
    g.writeStringField("language", m.language());
    g.writeStringField("source", m.source());
    g.writeStringField("description", m.description());
    g.writeStringField("image", m.image());
    strings(g, "tags", m.tags());
    g.writeObjectFieldStart("extra");
    for (Map.Entry<String, String> e : m.extra().entrySet()) g.writeStringField(e.getKey(), e.getValue());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }

  private static void blocks(JsonGenerator g, List<Block> blocks) throws IOException {
    BlockJson v = new BlockJson(g);
    for (Block b : blocks) {
      b.accept(v);
      if (v.error != null) throw v.error;
    }
  }

  private static void inlines(JsonGenerator g, String field, List<Inline> inlines) throws IOException {
    g.writeArrayFieldStart(field);
    InlineJson v = new InlineJson(g);
    for (Inline in : inlines) {
      in.accept(v);
      if (v.error != null) throw v.error;
    }
    g.writeEndArray();
  }

  /** Visitors cannot throw checked exceptions, so they keep the first one for the caller to rethrow. */
  private abstract static class Emitter {
    final JsonGenerator g;
    IOException error;

    Emitter(JsonGenerator g) {
      this.g = g;
    }

    interface Body {
      void run() throws IOException;
    }

    Void object(String type, Body body) {
      if (error != null) return null;
      try {
        g.writeStartObject();
        g.writeStringField("type", type);
        body.run();
        g.writeEndObject();
      } catch (IOException e) {
        error = e;
      }
      return null;
    }
  }

  private static final class BlockJson extends Emitter implements BlockVisitor<Void> {
    BlockJson(JsonGenerator g) {
      super(g);
    }

    @Override
    public Void heading(Heading h) {
      return object("heading", () -> {
        g.writeNumberField("level", h.level());
        g.writeStringField("id", h.id());
        inlines(g, "content", h.content());
      });
    }

    @Override
    public Void paragraph(Paragraph p) {
      return object("paragraph", () -> inlines(g, "content", p.content()));
    }

    @Override
    public Void quote(Quote q) {
      return object("quote", () -> {
        g.writeArrayFieldStart("content");
        blocks(g, q.content());
        g.writeEndArray();
        inlines(g, "attribution", q.attribution());
      });
    }

    @Override
    public Void list(ListBlock l) {
      return object("list", () -> {
        g.writeBooleanField("ordered", l.ordered());
        if (l.ordered()) g.writeNumberField("start", l.start());
        g.writeArrayFieldStart("items");
        for (ListBlock.Item item : l.items()) {
          g.writeStartArray();
          blocks(g, item.content());
          g.writeEndArray();
        }
        g.writeEndArray();
      });
    }

    @Override
    public Void code(CodeBlock c) {
      return object("code", () -> {
        g.writeStringField("language", c.language());
        g.writeStringField("code", c.code());
      });
    }

    @Override
    public Void figure(Figure f) {
      return object("figure", () -> {
        g.writeStringField("src", f.src());
        g.writeStringField("alt", f.alt());
        inlines(g, "caption", f.caption());
      });
    }

    @Override
    public Void table(Table t) {
      return object("table", () -> {
        inlines(g, "caption", t.caption());
        rows(g, "head", t.head());
        rows(g, "body", t.body());
      });
    }

    private void rows(JsonGenerator g, String field, List<Table.Row> rows) throws IOException {
      g.writeArrayFieldStart(field);
      for (Table.Row row : rows) {
        g.writeStartArray();
        for (Table.Cell c : row.cells()) {
          g.writeStartObject();
          if (c.align() != Table.Align.DEFAULT) g.writeStringField("align", c.align().name().toLowerCase());
          if (c.colspan() > 1) g.writeNumberField("colspan", c.colspan());
          if (c.rowspan() > 1) g.writeNumberField("rowspan", c.rowspan());
          inlines(g, "content", c.content());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    }

    @Override
    public Void rule(Rule r) {
      return object("rule", () -> {});
    }
  }

  private static final class InlineJson extends Emitter implements InlineVisitor<Void> {
    InlineJson(JsonGenerator g) {
      super(g);
    }

    @Override
    public Void text(Text t) {
      return object("text", () -> g.writeStringField("text", t.text()));
    }

    @Override
    public Void emphasis(Emphasis e) {
      return object("emphasis", () -> inlines(g, "content", e.content()));
    }

    @Override
    public Void strong(Strong s) {
      return object("strong", () -> inlines(g, "content", s.content()));
    }

    @Override
    public Void code(Code c) {
      return object("code", () -> g.writeStringField("code", c.code()));
    }

    @Override
    public Void link(Link l) {
      return object("link", () -> {
        g.writeStringField("href", l.href());
        if (!l.title().isEmpty()) g.writeStringField("title", l.title());
        inlines(g, "content", l.content());
      });
    }

    @Override
    public Void image(Image i) {
      return object("image", () -> {
        g.writeStringField("src", i.src());
        g.writeStringField("alt", i.alt());
        if (!i.title().isEmpty()) g.writeStringField("title", i.title());
      });
    }

    @Override
    public Void lineBreak(LineBreak b) {
      return object("linebreak", () -> {});
    }

    @Override
    public Void superscript(Superscript s) {
      return object("superscript", () -> inlines(g, "content", s.content()));
    }

    @Override
    public Void subscript(Subscript s) {
      return object("subscript", () -> inlines(g, "content", s.content()));
    }

    @Override
    public Void strikethrough(Strikethrough s) {
      return object("strikethrough", () -> inlines(g, "content", s.content()));
    }

    @Override
    public Void noteRef(NoteRef n) {
      return object("noteref", () -> g.writeStringField("id", n.id()));
    }
  }
}
