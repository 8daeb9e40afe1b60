package org.offprint.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.Offprint;
import org.offprint.model.Block;
import org.offprint.model.CodeBlock;
import org.offprint.model.Document;
import org.offprint.model.ListBlock;
import org.offprint.model.Quote;
import org.offprint.model.Table;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;
import org.offprint.write.markdown.MarkdownWriter;

/**
 * The Markdown of every sample page renders right with flexmark's HTML renderer: its tables, footnotes, code
 * blocks and nested lists come out as the model has them.
 */
class MarkdownSamplesTest {
  static List<Path> pages() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("input"))) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static org.jsoup.nodes.Document render(String markdown) {
    MutableDataSet o = new MutableDataSet();
    o.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
        YamlFrontMatterExtension.create(), StrikethroughExtension.create()));
    String html = HtmlRenderer.builder(o).build().render(Parser.builder(o).build().parse(markdown));
    return Jsoup.parseBodyFragment(html);
  }

  private static void collect(List<Block> blocks, List<Block> out) {
    for (Block b : blocks) {
      out.add(b);
      if (b instanceof Quote q) collect(q.content(), out);
      if (b instanceof ListBlock l) for (ListBlock.Item i : l.items()) collect(i.content(), out);
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void rendersTablesFootnotesCodeAndNestedLists(Path page) throws IOException {
    Document doc = Offprint.read(page);
    String md = MarkdownWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default"))).build().render(doc);
    org.jsoup.nodes.Document html = render(md);
    List<Block> all = new ArrayList<>();
    collect(doc.blocks(), all);

    List<Table> tables = all.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    assertEquals(tables.size(), html.select("table").size(), page + ": tables");
    for (int i = 0; i < tables.size(); i++) {
      Table t = tables.get(i);
      Element rendered = html.select("table").get(i);
      assertEquals(t.body().size() + Math.max(0, t.head().size() - 1), rendered.select("tbody tr").size(), page + ": rows");
      assertEquals(t.columns(), rendered.select("tr").first().select("th, td").size(), page + ": columns");
    }

    assertEquals(doc.footnotes().size(), html.select("div.footnotes li").size(), page + ": footnotes");
    if (!doc.footnotes().isEmpty()) {
      assertTrue(!html.select("sup a.footnote-ref").isEmpty(), page + ": footnote references link to their notes");
    }

    List<CodeBlock> code = all.stream().filter(CodeBlock.class::isInstance).map(CodeBlock.class::cast).toList();
    assertEquals(code.size(), html.select("pre > code").size(), page + ": code blocks");
    for (int i = 0; i < code.size(); i++) {
      Element c = html.select("pre > code").get(i);
      assertEquals(code.get(i).code(), c.wholeText().replaceAll("\n$", ""), page + ": code text");
      if (!code.get(i).language().isEmpty()) {
        assertTrue(c.hasClass("language-" + code.get(i).language()), page + ": code language " + c.className());
      }
    }

    long nested = all.stream().filter(b -> b instanceof ListBlock l
        && l.items().stream().anyMatch(it -> it.content().stream().anyMatch(ListBlock.class::isInstance))).count();
    assertEquals(nested, html.select("li > ul, li > ol").stream().map(e -> e.parent().parent()).distinct().count(),
        page + ": nested lists");
  }
}
