package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offprint.model.Fixtures;

/**
 * Every file a command reads is refused as its output, with one line and exit code 4, and left as it was:
 * articles, the manifest, its front and back matter, the cover, the cookie file, the theme's files and the
 * images a page refers to.
 */
class NoInputOverwrittenTest {
  @TempDir static Path dir;
  static Path book;

  @BeforeEach
  void makeTheBook() throws IOException {
    book = Files.createDirectories(dir.resolve("book"));
    Files.copy(Path.of("input/ledger-2026-02-rent-pressure.html"), book.resolve("a.html"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(book.resolve("preface.md"), "# Preface\n\nWhy this book.\n");
    Files.writeString(book.resolve("colophon.md"), "# Colophon\n\nSet in DejaVu.\n");
    Files.write(book.resolve("cover.png"), Fixtures.png(60, 90));
    Files.writeString(book.resolve("book.yaml"),
        "title: A Book\nfront: [preface.md]\nback: [colophon.md]\ncover: cover.png\nitems:\n  - a.html\n");
    Files.writeString(book.resolve("cookies.txt"), "# Netscape HTTP Cookie File\n");
    Files.write(book.resolve("pic.png"), Fixtures.png(40, 30));
    Files.writeString(book.resolve("pictured.html"), "<html><head><title>Pictured</title></head><body><article>"
        + "<h1>Pictured</h1><p>" + "A harbour at dawn, with its boats and its wall and its tide. ".repeat(8) + "</p>"
        + "<figure><img src=\"pic.png\" alt=\"boats\"><figcaption>The boats.</figcaption></figure>"
        + "<p>" + "The tide goes out again, slowly, past the wall. ".repeat(8) + "</p></article></body></html>");
    Path theme = book.resolve("mytheme");
    try (Stream<Path> files = Files.walk(Path.of("themes/default"))) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = theme.resolve(Path.of("themes/default").relativize(from).toString());
        if (Files.isDirectory(from)) Files.createDirectories(to);
        else Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static Stream<Arguments> commands() {
    String b = "BOOK/";
    return Stream.of(
        Arguments.of(b + "preface.md", List.of("bundle", b + "book.yaml", "-o", b + "preface.md")),
        Arguments.of(b + "colophon.md", List.of("bundle", b + "book.yaml", "-o", b + "colophon.md")),
        Arguments.of(b + "book.yaml", List.of("bundle", b + "book.yaml", "--to", "md", "-o", b + "book.yaml")),
        Arguments.of(b + "cover.png", List.of("bundle", b + "book.yaml", "--to", "epub", "-o", b + "cover.png")),
        Arguments.of(b + "a.html", List.of("bundle", b + "book.yaml", "--to", "html", "-o", b + "a.html")),
        Arguments.of(b + "cover.png", List.of("convert", b + "a.html", "--cover", b + "cover.png", "--to", "epub",
            "-o", b + "cover.png")),
        Arguments.of(b + "cookies.txt", List.of("convert", b + "a.html", "--cookies", b + "cookies.txt", "--to", "txt",
            "-o", b + "cookies.txt")),
        Arguments.of(b + "mytheme/theme.properties", List.of("convert", b + "a.html", "--theme", b + "mytheme",
            "--to", "html", "-o", b + "mytheme/theme.properties")),
        Arguments.of(b + "a.html", List.of("convert", b + "a.html", "--to", "html", "-d", b)),
        Arguments.of(b + "pic.png", List.of("convert", b + "pictured.html", "--to", "epub", "-o", b + "pic.png")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("commands")
  void aFileTheCommandReadsIsNeverItsOutput(String victim, List<String> args) throws IOException {
    Path file = Path.of(victim.replace("BOOK/", book + "/"));
    byte[] before = Files.readAllBytes(file);
    List<String> real = new ArrayList<>();
    for (String a : args) real.add(a.replace("BOOK/", book + "/"));
    CliRun r = CliRun.run(real.toArray(String[]::new));
    assertEquals(4, r.exit, r.err);
    List<String> lines = r.err.lines().filter(l -> !l.startsWith("offprint: warning")).toList();
    assertEquals(1, lines.size(), r.err);
    assertTrue(lines.get(0).contains("would overwrite"), r.err);
    assertArrayEquals(before, Files.readAllBytes(file), victim + " was changed");
  }
}
