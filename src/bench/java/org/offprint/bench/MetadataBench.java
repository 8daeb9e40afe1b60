package org.offprint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.offprint.model.Diagnostics;
import org.offprint.model.Metadata;
import org.offprint.read.Source;
import org.offprint.read.html.HtmlReader;

/**
 * Reads every {@code <page>/source.html} of a Readability-style test folder and writes the metadata offprint finds
 * as {@code {page: {"title", "byline", "published", "lang", "siteName"}}}, the input of
 * {@code metadata-score.py}.
 *
 * <p>Usage: {@code MetadataBench PAGES_DIR OUT.json}
 */
public final class MetadataBench {
  private MetadataBench() {}

  public static void main(String[] args) throws Exception {
    Path pages = Path.of(args[0]);
    Path out = Path.of(args[1]);
    ObjectMapper json = new ObjectMapper();
    ObjectNode predictions = json.createObjectNode();
    HtmlReader reader = HtmlReader.create();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(pages, Files::isDirectory)) {
      for (Path dir : dirs) {
        Path source = dir.resolve("source.html");
        if (!Files.exists(source)) continue;
        String name = dir.getFileName().toString();
        try {
          // the fixtures were made as if the page lived at this address
          Source s = Source.of(name, Files.readAllBytes(source)).withLocation(URI.create("http://fakehost/test/page.html"));
          Metadata m = reader.read(s, Diagnostics.IGNORE).metadata();
          ObjectNode p = predictions.putObject(name);
          p.put("title", m.title());
          // Readability's byline: the declared authors, else the credit line as printed (offprint's byline)
          p.put("byline", m.byline().isEmpty() ? String.join(", ", m.authors()) : m.byline());
          p.put("published", m.published());
          p.put("lang", m.language());
          p.put("siteName", m.site());
        } catch (Exception e) {
          System.out.println(name + ": " + e.getMessage());
        }
      }
    }
    json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions);
  }
}
