package org.offprint.read.html.dom;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.offprint.bench.jmh.Pages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link Walk} against jsoup's own ways of doing the same, on every sample page: a whole-tree visit
 * ({@link NodeTraversor#traverse}), a filter that skips scripts and styles ({@link NodeTraversor#filter}),
 * {@code selectFirst} on every block container with the query {@code ChromeRemover} asks there, and {@code select}
 * of the dateline query {@code HtmlMetadata} runs over the article. Each pair gives the same answer (checked in the
 * set-up); the time is for all pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WalkJmh {
  private static final Evaluator HEADING_OR_LINK = QueryParser.parse("a[href], h1, h2, h3, h4, h5, h6");
  private static final Evaluator DATELINE_PARTS = QueryParser.parse("p, time, span, div");

  private List<Document> pages;
  private List<Element> containers;

  @Setup
  public void setUp() throws IOException {
    pages = Pages.load();
    containers = new ArrayList<>();
    for (Document d : pages) {
      for (Element e : d.getAllElements()) {
        switch (e.normalName()) {
          case "div", "section", "header", "aside", "footer", "nav" -> containers.add(e);
          default -> { }
        }
      }
    }
    if (traverseWalk() != traverseJsoup() || filterWalk() != filterJsoup() || firstWalk() != firstJsoup()
        || allWalk() != allJsoup()) {
      throw new IllegalStateException("Walk and jsoup disagree");
    }
  }

  /** Counts text characters: a visitor that leaves the tree as it is. */
  private static final class TextLength implements NodeVisitor {
    long n;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) n += t.getWholeText().length();
    }
  }

  /** Counts text characters outside scripts and styles. */
  private static final class VisibleLength implements NodeFilter {
    long n;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) n += t.getWholeText().length();
      else if (node instanceof Element e && (e.nameIs("script") || e.nameIs("style"))) return FilterResult.SKIP_ENTIRELY;
      return FilterResult.CONTINUE;
    }
  }

  @Benchmark
  public long traverseWalk() {
    TextLength v = new TextLength();
    for (Document d : pages) Walk.traverse(v, d);
    return v.n;
  }

  @Benchmark
  public long traverseJsoup() {
    TextLength v = new TextLength();
    for (Document d : pages) NodeTraversor.traverse(v, d);
    return v.n;
  }

  @Benchmark
  public long filterWalk() {
    VisibleLength f = new VisibleLength();
    for (Document d : pages) Walk.filter(f, d);
    return f.n;
  }

  @Benchmark
  public long filterJsoup() {
    VisibleLength f = new VisibleLength();
    for (Document d : pages) NodeTraversor.filter(f, d);
    return f.n;
  }

  @Benchmark
  public long firstWalk() {
    long n = 0;
    for (Element e : containers) {
      Element f = Walk.first(e, HEADING_OR_LINK);
      if (f != null) n += f.siblingIndex() + 1;
    }
    return n;
  }

  @Benchmark
  public long firstJsoup() {
    long n = 0;
    for (Element e : containers) {
      Element f = e.selectFirst(HEADING_OR_LINK);
      if (f != null) n += f.siblingIndex() + 1;
    }
    return n;
  }

  @Benchmark
  public long allWalk() {
    long n = 0;
    for (Document d : pages) n += Walk.all(d.body(), DATELINE_PARTS).size();
    return n;
  }

  @Benchmark
  public long allJsoup() {
    long n = 0;
    for (Document d : pages) n += d.body().select(DATELINE_PARTS).size();
    return n;
  }
}
