package org.offprint.write.epub;

import java.util.List;
import java.util.Map;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Link;
import org.offprint.model.Metadata;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Text;

/** Documents for the EPUB tests beyond {@code Fixtures.everything()}, built with the model's factories. */
final class Samples {
  private Samples() {}

  static Document arabic() {
    Metadata md = Metadata.builder().title("الميناء عند الفجر").authors(List.of("ليلى حداد")).language("ar")
        .published("2024-05-01").site("مجلة الساحل").build();
    return new Document(md, List.of(
        Block.paragraph(new Text("في الخامسة صباحاً يستيقظ الميناء، وتخرج أربعون سفينة قبل الشروق."), new NoteRef("a")),
        Block.heading(2, "المدينة والبحر", ""),
        new Quote(List.of(Block.paragraph("نحن لا نحارب البحر، بل نتعلم مواعيده.")), List.of(new Text("آمنة"))),
        Block.heading(2, "שלום עולם", ""),
        Block.paragraph("עברית: הנמל מתעורר בחמש בבוקר.")),
        List.of(new Footnote("a", List.of(Block.paragraph("سجلات الميناء.")))));
  }

  static Document russian() {
    Metadata md = Metadata.builder().title("Гавань на рассвете").authors(List.of("Пётр Ильин")).language("ru-RU")
        .published("2022-11-20T08:30:00+03:00").site("Береговой вестник")
        .source("https://example.ru/статья?id=1").tags(List.of("море", "город")).build();
    return Document.of(md, List.of(
        Block.paragraph(new Text("В пять утра гавань уже "), Emphasis.of("просыпается"), new Text(".")),
        Block.heading(2, "Город и море", "город"),
        Block.paragraph(new Text("См. "), new Link("#город", "", List.of(new Text("выше"))), new Text(".")),
        Block.heading(3, "Что сделал город", "")));
  }

  /** A title full of control characters and markup, no language, and awkward ids, links and notes. */
  static Document hostile() {
    Metadata md = Metadata.builder().title("Bell\u0007 & <b>\u0001title\u000B</b> \"q\" \uFFFE😀")
        .authors(List.of("A\u0002uthor")).site("Site\u001F").build();
    return new Document(md, List.of(
        new Heading(2, List.of(new Text("Same")), "dup"),
        new Heading(2, List.of(new Text("Same")), "dup"),
        new Heading(2, List.of(new Text("1. Starts with a digit")), "1"),
        new Heading(2, List.of(new Text("fn-1")), "fn-1"),
        new Heading(3, List.of(new Text("")), ""),
        new Paragraph(List.of(
            new Link("#missing", "", List.of(new Text("dead anchor"))),
            new Text(" "),
            new Link("relative/page.html", "", List.of(new Text("relative"))),
            new Text(" "),
            new Link("javascript:alert(1)", "", List.of(new Text("script"))),
            new Text(" "),
            new Link("https://example.com/a b", "", List.of(new Text("space"))),
            new Text(" "),
            new Link("https://example.com/", "t\u0003", List.of(new Text("outer "),
                new Link("https://example.org/", "", List.of(new Text("inner"))), new NoteRef("n"))),
            new NoteRef("nowhere"),
            new NoteRef("n"),
            new Text(" ctrl\u0000\u001B\u0085 chars"))),
        new Figure("file:///missing.png", "", List.of()),
        new Figure("file:///missing.png", "Only alt", List.of())),
        List.of(new Footnote("n", List.of(Block.heading(4, "Note heading", "dup"))),
            new Footnote("unused", List.of(Block.paragraph("Never referenced.")))));
  }

  /** Blocks nested in unusual ways: figures in list items, headings in quotes, spans, empty runs. */
  static Document nested() {
    Metadata md = Metadata.builder().title("Nested").language("de-DE").build();
    org.offprint.model.Table table = new org.offprint.model.Table(List.of(), List.of(), List.of(
        new org.offprint.model.Table.Row(List.of(new org.offprint.model.Table.Cell(List.of(new Text("wide")),
            org.offprint.model.Table.Align.CENTER, 2, 2))),
        new org.offprint.model.Table.Row(List.of()),
        new org.offprint.model.Table.Row(List.of(org.offprint.model.Table.Cell.of(""), org.offprint.model.Table.Cell.of("x")))));
    return new Document(md, List.of(
        new Paragraph(List.of()),
        new org.offprint.model.ListBlock(true, 0, List.of(new org.offprint.model.ListBlock.Item(List.of(
            new Figure("file:///fixtures/harbour.png", "in a list", List.of()),
            new org.offprint.model.CodeBlock("", "x < y && z"),
            new Quote(List.of(Block.heading(5, "Quoted heading", "q")), List.of()))))),
        new org.offprint.model.ListBlock(false, 1, List.of()),
        new Quote(List.of(new Quote(List.of(Block.paragraph("deep")), List.of(new Text("inner")))), List.of()),
        table,
        new Heading(2, List.of(new org.offprint.model.Image("file:///fixtures/harbour.png", "logo", "")), ""),
        new org.offprint.model.Rule()),
        List.of(new Footnote("f", List.of(new org.offprint.model.ListBlock(false, 1, List.of(
            new org.offprint.model.ListBlock.Item(List.of(Block.paragraph("listed note")))))))));
  }

  static Metadata bookMetadata() {
    return Metadata.builder().title("Coastal Reports").authors(List.of("The Editors")).language("en")
        .published("2024-01-15").site("The Coastal Review").description("Three reports.")
        .extra(Map.of()).build();
  }
}
