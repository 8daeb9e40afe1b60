package org.offprint.read.html.metadata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
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
 * {@link MetaScan} (one walk gathering what the metadata reader looks at) against the jsoup selector queries its
 * fields document, compiled once; and {@link MetaText} against {@code Element.text()}: {@code shortText} on every
 * element of a page (as the byline and dateline search asks), {@code leadingText} of the body (the language
 * guess's first 2,000 characters). Each pair's answers are compared in the set-up; times are for all pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MetaScanJmh {
  private static final Evaluator METAS = QueryParser.parse("meta[content]");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
  private static final Evaluator HEADLINES = QueryParser.parse("h1, [itemprop=headline]");
  private static final Evaluator DATES = QueryParser.parse("[itemprop=datePublished], time");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
  private static final Evaluator IMAGE_SRC = QueryParser.parse("link[rel=image_src][href]");
  private static final Evaluator ARTICLE = QueryParser.parse("[itemprop=articleBody], article, main, [role=main]");
  private static final Evaluator HTML = QueryParser.parse("html");
  private static final int SHORT = 200;
  private static final int LEADING = 2000;

  private List<Document> pages;

  @Setup
  public void setUp() throws IOException {
    pages = Pages.load();
    for (Document d : pages) {
      MetaScan s = MetaScan.of(d);
      List<Object> own = List.of(s.metas, s.jsonLd, s.headlines, s.dates, Objects.toString(s.canonical),
          Objects.toString(s.imageSrc), Objects.toString(s.articleRoot), Objects.toString(s.html));
      if (!own.equals(selectors(d))) throw new IllegalStateException("MetaScan and the selectors disagree");
      String lead = d.body().text();
      String want = lead.length() <= LEADING ? lead : lead.substring(0, LEADING);
      if (!MetaText.leadingText(d.body(), LEADING).startsWith(want)) {
        throw new IllegalStateException("leadingText and text() disagree");
      }
    }
  }

  private static List<Object> selectors(Document d) {
    return List.of(d.select(METAS), d.select(JSON_LD), d.select(HEADLINES), d.select(DATES),
        Objects.toString(d.selectFirst(CANONICAL)), Objects.toString(d.selectFirst(IMAGE_SRC)),
        Objects.toString(d.selectFirst(ARTICLE)), Objects.toString(d.selectFirst(HTML)));
  }

  @Benchmark
  public int scanOwn() {
    int n = 0;
    for (Document d : pages) {
      MetaScan s = MetaScan.of(d);
      n += s.metas.size() + s.jsonLd.size() + s.headlines.size() + s.dates.size() + (s.articleRoot != null ? 1 : 0);
    }
    return n;
  }

  @Benchmark
  public int scanSelectors() {
    int n = 0;
    for (Document d : pages) n += selectors(d).hashCode();
    return n;
  }

  @Benchmark
  public int shortTextOwn() {
    int n = 0;
    for (Document d : pages) {
      for (Element e : d.body().getAllElements()) {
        String s = MetaText.shortText(e, SHORT);
        if (s != null) n += s.length();
      }
    }
    return n;
  }

  @Benchmark
  public int shortTextJsoup() {
    int n = 0;
    for (Document d : pages) {
      for (Element e : d.body().getAllElements()) {
        String s = e.text();
        if (s.length() <= SHORT) n += s.length();
      }
    }
    return n;
  }

  @Benchmark
  public int leadingTextOwn() {
    int n = 0;
    for (Document d : pages) n += MetaText.leadingText(d.body(), LEADING).length();
    return n;
  }

  @Benchmark
  public int leadingTextJsoup() {
    int n = 0;
    for (Document d : pages) {
      String t = d.body().text();
      n += Math.min(t.length(), LEADING);
    }
    return n;
  }
}
