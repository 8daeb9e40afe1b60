package org.offprint.write.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** flexmark configured as an independent reader of what the writer produces (tests only). */
final class Flexmark {
  private static final MutableDataSet OPTIONS = new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
          FootnoteExtension.create(), YamlFrontMatterExtension.create()));
  static final Parser PARSER = Parser.builder(OPTIONS).build();
  static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

  private Flexmark() {}

  static Node parse(String md) {
    return PARSER.parse(md);
  }

  static String html(String md) {
    return HTML.render(parse(md));
  }
}
