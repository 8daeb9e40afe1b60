package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.io.LoopbackServer;
import org.offprint.model.Fixtures;

/**
 * A page that tries every leak: local files by every path, tracking pixels and stylesheets on a loopback
 * server, scripts in every disguise. No output format may carry any of it, and no request may reach the server.
 */
class HostileInputTest {
  @TempDir static Path dir;
  static LoopbackServer server;
  static Map<String, byte[]> outputs;
  static CliRun run;
  static final String SECRET = "SECRET-TOKEN-7f3a9c";
  static byte[] secretPng;

  @BeforeAll
  static void convertTheHostilePage() throws IOException {
    server = new LoopbackServer()
        .serve("/pixel.gif", "image/gif", new byte[] {'G', 'I', 'F', '8', '9', 'a'})
        .serve("/x.css", "text/css", "p{}".getBytes(StandardCharsets.UTF_8))
        .serve("/", "text/html", "<p>nothing</p>".getBytes(StandardCharsets.UTF_8));
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(dir.resolve("secret.txt"), SECRET);
    secretPng = Fixtures.png(17, 13);
    Files.write(dir.resolve("secret.png"), secretPng);
    Files.write(site.resolve("ok.png"), Fixtures.png(40, 30));
    Files.createSymbolicLink(site.resolve("link.png"), dir.resolve("secret.png"));
    String px = server.url("/pixel.gif");
    String page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <title>An innocent article | Hostile Times</title>
        <meta http-equiv="refresh" content="0;url=%1$s">
        <link rel="stylesheet" href="%2$s">
        <style>@import url("%2$s"); body { background: url("%1$s") }</style>
        <script>document.write('<img src="%1$s">')</script>
        </head><body onload="alert('body')">
        <article>
        <h1>An innocent article</h1>
        <p>The first paragraph of an innocent article tells a long and quiet story about the harbour at dawn,
        with enough words to look like the article it is, and nothing in it should ever run.</p>
        <img src="file://%3$s/secret.txt" alt="local file by file URL">
        <img src="%3$s/secret.png" alt="local file by absolute path">
        <img src="../secret.png" alt="local file by dot-dot">
        <img src="link.png" alt="local file by symlink">
        <img src="%1$s" alt="tracking pixel" width="1" height="1">
        <img srcset="%1$s 2x" alt="srcset pixel">
        <figure><img src="ok.png" alt="a harmless picture"><figcaption>A harmless picture beside the page.</figcaption></figure>
        <p>The second paragraph has <a href="javascript:alert(1)">a script link</a>, <a href="JaVaScRiPt:alert(2)">another</a>,
        <a href="jav&#x61;script:alert(3)">an encoded one</a>, <a href="vbscript:msgbox(4)">a VB one</a> and
        <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==">a data one</a>, and it carries on
        with <span onclick="alert(6)" style="background:url(%1$s)">a styled span</span> and more quiet words.</p>
        <iframe src="%1$s"></iframe><object data="%1$s"></object><embed src="%1$s">
        <svg onload="alert(7)"><script>alert(8)</script><image href="%1$s"/></svg>
        <form action="%1$s"><input name="q" value="search"><button formaction="javascript:alert(9)">Go</button></form>
        <video poster="%1$s" src="%1$s"></video><audio src="%1$s"></audio>
        <p>The third paragraph ends the article with a calm closing sentence about the tide going out again.</p>
        <noscript><img src="%1$s"></noscript>
        </article></body></html>
        """.formatted(px, server.url("/x.css"), dir.toAbsolutePath());
    Path input = Files.writeString(site.resolve("hostile.html"), page);
    Path out = dir.resolve("out");
    run = CliRun.run("convert", input.toString(), "--to", "epub,pdf,md,html,txt", "-d", out.toString());
    outputs = OutputBytes.all(out);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void convertsAndWritesEveryFormat() {
    assertEquals(0, run.exit, run.err);
    for (String ext : List.of("epub", "pdf", "md", "html", "txt")) {
      assertTrue(outputs.keySet().stream().anyMatch(k -> k.endsWith("hostile." + ext)), ext + " written");
    }
  }

  @Test
  void noRequestReachesTheNetwork() {
    assertEquals(0, server.requests.get());
  }

  @Test
  void noLocalFileLeaksIntoAnyOutput() {
    assertEquals(List.of(), OutputBytes.containing(outputs, SECRET));
    assertEquals(List.of(), OutputBytes.equalTo(outputs, secretPng));
  }

  @Test
  void theHarmlessImageBesideThePageIsKept() {
    assertTrue(outputs.keySet().stream().anyMatch(k -> k.contains(".epub!") && k.matches(".*\\.(png|jpe?g)$")), outputs.keySet().toString());
  }

  @Test
  void refusalsAreReported() {
    assertTrue(run.err.contains("outside the input's folder"), run.err);
  }

  @Test
  void noScriptSurvivesInAnyFormat() {
    for (String needle : List.of("<script", "javascript:", "vbscript:", "data:text/html", "onload=", "onclick=",
        "<iframe", "<object", "<embed", "http-equiv", "formaction", "alert(")) {
      assertEquals(List.of(), OutputBytes.containing(outputs, needle), needle);
    }
  }

  @Test
  void noPageStylesheetOrRemoteUrlSurvivesInEpubOrHtml() {
    String host = server.url("/").replace("http://", "");
    List<String> hits = OutputBytes.containing(outputs, host).stream()
        .filter(k -> k.endsWith(".html") || k.contains(".epub!")).toList();
    assertEquals(List.of(), hits);
  }

  @Test
  void theArticleTextIsKept() {
    String txt = new String(outputs.entrySet().stream().filter(e -> e.getKey().endsWith("hostile.txt")).findFirst()
        .orElseThrow().getValue(), StandardCharsets.UTF_8);
    assertTrue(txt.contains("nothing in it should ever run"), txt);
    assertTrue(txt.contains("the tide going out again"), txt);
  }
}
