package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: an HTML output is one file by default (subset fonts and images as {@code data:} URIs); side files,
 * on request, and Markdown's images go to {@code <name>.assets/}, never to {@code <name>_files/}, the folder a
 * browser's "Save Page As" makes and a saved page's own images live in.
 */
class OneFileHtmlTest {
  static final String PAGE = "input/lumen-frozen-lake-microbes.html";

  @TempDir Path dir;

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void htmlIsOneFileWithImagesAndSubsetFontsInside() throws IOException {
    CliRun r = CliRun.run("convert", PAGE, "-o", dir.resolve("lake.html").toString(), "-q");
    assertEquals(0, r.exit, r.err);
    assertEquals(List.of("lake.html"), files(dir));
    String html = Files.readString(dir.resolve("lake.html"));
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    List<String> srcs = page.select("img").eachAttr("src");
    assertFalse(srcs.isEmpty(), "the sample has a photo");
    for (String s : srcs) assertTrue(s.startsWith("data:image/"), s);
    String css = page.select("style").html();
    assertTrue(css.contains("url(\"data:font/ttf;base64,"), "fonts inside");
    assertFalse(css.matches("(?s).*url\\(\"(?!data:).*"), "no font outside the file");
    assertTrue(html.length() < 250_000, "subset fonts keep the file small: " + html.length());
  }

  @Test
  void sideFilesGoToAnAssetsFolderAndLeaveASavedPagesFolderAlone() throws IOException {
    // The browser's own folder for a page saved as lake.html.
    Path saved = Files.createDirectories(dir.resolve("lake_files"));
    Files.writeString(saved.resolve("style.css"), "body{}");
    CliRun r = CliRun.run("convert", PAGE, "--to", "html,md", "--side-files", "-d", dir.toString(), "-q");
    assertEquals(0, r.exit, r.err);
    assertEquals(List.of("style.css"), files(saved), "the saved page's folder is untouched");
    String name = "lumen-frozen-lake-microbes";
    Path assets = dir.resolve(name + ".assets");
    assertTrue(Files.isDirectory(assets), files(dir).toString());

    org.jsoup.nodes.Document page = Jsoup.parse(Files.readString(dir.resolve(name + ".html")));
    List<String> refs = new ArrayList<>(page.select("img").eachAttr("src"));
    String css = page.select("style").html();
    var fonts = java.util.regex.Pattern.compile("url\\(\"([^\"]+)\"\\)").matcher(css);
    while (fonts.find()) refs.add(fonts.group(1));
    assertTrue(refs.size() >= 2, refs.toString());
    for (String ref : refs) {
      assertTrue(ref.startsWith(name + ".assets/"), ref);
      assertTrue(Files.isRegularFile(dir.resolve(URLDecoder.decode(ref, StandardCharsets.UTF_8))), ref);
    }

    Node md = Parser.builder().build().parse(Files.readString(dir.resolve(name + ".md")));
    List<String> images = new ArrayList<>();
    for (Node n : md.getDescendants()) if (n instanceof Image i) images.add(i.getUrl().toString());
    assertFalse(images.isEmpty());
    for (String src : images) {
      assertTrue(src.startsWith(name + ".assets/"), src);
      assertTrue(Files.isRegularFile(dir.resolve(URLDecoder.decode(src, StandardCharsets.UTF_8))), src);
    }
  }

  @Test
  void markdownImagesGoToTheAssetsFolderByDefault() throws IOException {
    CliRun r = CliRun.run("convert", PAGE, "-o", dir.resolve("lake.md").toString(), "-q");
    assertEquals(0, r.exit, r.err);
    List<String> all = files(dir);
    assertTrue(all.contains("lake.md"), all.toString());
    assertTrue(all.stream().filter(f -> !f.equals("lake.md")).allMatch(f -> f.startsWith("lake.assets/")), all.toString());
    assertFalse(Files.exists(dir.resolve("lake_files")));
    byte[] again = Files.readAllBytes(dir.resolve("lake.md"));
    assertArrayEquals(again, Files.readAllBytes(dir.resolve("lake.md")));
  }
}
