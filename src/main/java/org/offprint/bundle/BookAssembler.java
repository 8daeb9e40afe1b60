package org.offprint.bundle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Inline;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.Metadata;
import org.offprint.model.Paragraph;
import org.offprint.model.Text;
import org.offprint.model.Urls;
import org.offprint.write.Labels;

/**
 * Binds read articles into a {@link Book}: drops duplicates (same canonical URL or same text) with a warning
 * naming both inputs, orders them, groups them into parts, appends a "Sources" list and derives the book's
 * metadata from the articles where the user set none. Stateless and thread-safe.
 */
public final class BookAssembler {
  private BookAssembler() {}

  /**
   * An article read for the book.
   *
   * @param input its name as the user gave it, for messages
   * @param document the article, per-item overrides already applied
   * @param section the manifest section it was listed under, or {@code ""}
   */
  public record Article(String input, Document document, String section) {
    public Article {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(section, "section");
    }
  }

  /**
   * {@return the book}
   *
   * @param settings what the user set (manifest and options merged); empty fields are derived
   * @param order the order of articles
   * @param groupBy how articles are grouped when no manifest sections are given
   * @param front documents before the articles (preface), in order
   * @param back documents after the articles (colophon), before the sources list
   */
  public static Book assemble(List<Article> articles, Manifest.Settings settings, Manifest.Order order,
      Manifest.GroupBy groupBy, List<Document> front, List<Document> back, Diagnostics diagnostics) {
    List<Article> unique = dedupe(articles, diagnostics);
    List<Article> ordered = order(unique, order, settings.reverse());
    Locale locale = locale(settings.language().isEmpty() ? mostCommon(ordered, m -> m.language()) : settings.language());
    boolean sections = ordered.stream().anyMatch(a -> !a.section().isEmpty());
    List<String> keys = new ArrayList<>();
    for (Article a : ordered) keys.add(sections ? a.section() : groupKey(a.document().metadata(), groupBy, locale));
    ordered = groupTogether(ordered, keys);
    keys.clear();
    for (Article a : ordered) keys.add(sections ? a.section() : groupKey(a.document().metadata(), groupBy, locale));

    List<Document> docs = new ArrayList<>(front);
    List<Book.Part> parts = new ArrayList<>();
    String current = null;
    for (int i = 0; i < ordered.size(); i++) {
      String key = keys.get(i);
      if (!key.equals(current) && (sections || groupBy != Manifest.GroupBy.NONE)) {
        parts.add(new Book.Part(key, docs.size()));
      }
      current = key;
      docs.add(ordered.get(i).document());
    }
    List<Document> articlesOnly = ordered.stream().map(Article::document).toList();
    if (!back.isEmpty() || !parts.isEmpty()) {
      if (!parts.isEmpty()) parts.add(new Book.Part("", docs.size()));
      docs.addAll(back);
    }
    docs.add(sources(articlesOnly, locale, diagnostics));
    return new Book(metadata(articlesOnly, settings), docs, parts, articlesOnly.size());
  }

  static List<Article> dedupe(List<Article> articles, Diagnostics diagnostics) {
    Map<String, Article> byUrl = new HashMap<>();
    Map<String, Article> byText = new HashMap<>();
    List<Article> out = new ArrayList<>();
    for (Article a : articles) {
      String url = canonical(a.document().metadata().source());
      String text = textHash(a.document());
      Article first = url.isEmpty() ? null : byUrl.get(url);
      String why = "the same URL";
      if (first == null) {
        first = byText.get(text);
        why = "the same text";
      }
      if (first != null) {
        diagnostics.warn(a.input(), "duplicate of " + first.input() + " (" + why + "); included once");
        continue;
      }
      if (!url.isEmpty()) byUrl.put(url, a);
      byText.put(text, a);
      out.add(a);
    }
    return out;
  }

  /** {@return a URL reduced to what identifies the page: no fragment, tracking parameters or trailing slash} */
  static String canonical(String url) {
    if (url.isBlank()) return "";
    String u = url.trim().replaceFirst("#.*$", "");
    u = u.replaceAll("([?&])(utm_[a-z]+|fbclid|gclid)=[^&]*", "$1").replaceAll("[?&]+$", "");
    u = u.replaceFirst("(?i)^https?://(www\\.)?", "");
    int slash = u.indexOf('/');
    String host = slash < 0 ? u : u.substring(0, slash);
    String path = slash < 0 ? "" : u.substring(slash);
    if (path.endsWith("/")) path = path.substring(0, path.length() - 1);
    return host.toLowerCase(Locale.ROOT) + path;
  }

  private static String textHash(Document d) {
    StringBuilder sb = new StringBuilder();
    appendText(d.blocks(), sb);
    String norm = sb.toString().replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void appendText(List<Block> blocks, StringBuilder sb) {
    for (Block b : blocks) {
      if (b instanceof Paragraph p) sb.append(p.text()).append(' ');
      else if (b instanceof org.offprint.model.Heading h) sb.append(h.text()).append(' ');
      else if (b instanceof org.offprint.model.Quote q) appendText(q.content(), sb);
      else if (b instanceof ListBlock l) for (ListBlock.Item i : l.items()) appendText(i.content(), sb);
      else if (b instanceof org.offprint.model.CodeBlock c) sb.append(c.code()).append(' ');
    }
  }

  static List<Article> order(List<Article> articles, Manifest.Order order, boolean reverse) {
    List<Article> out = new ArrayList<>(articles);
    Comparator<Article> cmp = switch (order) {
      case GIVEN -> null;
      case DATE -> Comparator.comparing((Article a) -> a.document().metadata().publishedDate().orElse(LocalDate.MAX));
      case TITLE -> Comparator.comparing((Article a) -> a.document().metadata().title().toLowerCase(Locale.ROOT));
    };
    if (cmp != null) out.sort(cmp);
    if (reverse) java.util.Collections.reverse(out);
    return out;
  }

  /** Keeps each group's articles together, groups in order of first appearance, articles in order within. */
  private static List<Article> groupTogether(List<Article> articles, List<String> keys) {
    Map<String, List<Article>> groups = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) groups.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(articles.get(i));
    List<Article> out = new ArrayList<>();
    groups.values().forEach(out::addAll);
    return out;
  }

  static String groupKey(Metadata m, Manifest.GroupBy groupBy, Locale locale) {
    Optional<LocalDate> date = m.publishedDate();
    return switch (groupBy) {
      case NONE -> "";
      case YEAR -> date.map(d -> Integer.toString(d.getYear())).orElse("Undated");
      case MONTH -> date.map(d -> capitalise(d.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)
          + " " + d.getYear()).orElse("Undated");
      case SITE -> m.site().isEmpty() ? Labels.of(locale.toLanguageTag()).get(Labels.Key.OTHER_SOURCES) : m.site();
    };
  }

  private static String capitalise(String s, Locale locale) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
  }

  private static Locale locale(String tag) {
    return tag.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(tag);
  }

  private static String mostCommon(List<Article> articles, java.util.function.Function<Metadata, String> field) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Article a : articles) {
      String v = field.apply(a.document().metadata());
      if (!v.isEmpty()) counts.merge(v, 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }

  static Metadata metadata(List<Document> articles, Manifest.Settings s) {
    List<Article> wrapped = articles.stream().map(d -> new Article("", d, "")).toList();
    String site = mostCommon(wrapped, Metadata::site);
    boolean oneSite = !site.isEmpty() && articles.stream().allMatch(d -> d.metadata().site().equals(site));
    Set<String> authors = new LinkedHashSet<>();
    for (Document d : articles) authors.addAll(d.metadata().authors());
    List<LocalDate> dates = articles.stream().flatMap(d -> d.metadata().publishedDate().stream()).sorted().toList();
    String language = s.language().isEmpty() ? mostCommon(wrapped, Metadata::language) : s.language();
    Locale locale = locale(language);
    String range = dates.isEmpty() ? "" : range(dates.get(0), dates.get(dates.size() - 1), locale);
    Map<String, String> extra = new LinkedHashMap<>();
    if (!s.series().isEmpty()) extra.put("series", s.series());
    s.seriesIndex().ifPresent(i -> extra.put("series-index", Integer.toString(i)));
    if (!range.isEmpty()) extra.put("date-range", range);
    String title = !s.title().isEmpty() ? s.title() : oneSite ? site
        : Labels.of(language).get(Labels.Key.COLLECTED);
    return Metadata.builder()
        .title(title)
        .subtitle(!s.subtitle().isEmpty() ? s.subtitle() : range)
        .authors(!s.authors().isEmpty() ? s.authors() : authors.size() <= 3 ? List.copyOf(authors) : List.of())
        .site(!s.publisher().isEmpty() ? s.publisher() : oneSite ? site : "")
        .language(language)
        .published(!s.date().isEmpty() ? s.date() : dates.isEmpty() ? "" : dates.get(dates.size() - 1).toString())
        .image(s.cover().map(p -> p.toUri().toString()).orElse(""))
        .extra(extra)
        .build();
  }

  private static String range(LocalDate from, LocalDate to, Locale locale) {
    String a = capitalise(from.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), locale);
    String b = capitalise(to.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), locale);
    if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) return a + " " + from.getYear();
    if (from.getYear() == to.getYear()) return a + " – " + b + " " + to.getYear();
    return a + " " + from.getYear() + " – " + b + " " + to.getYear();
  }

  /**
   * {@return a closing document listing every article with its source URL} Made after the transform stage, so its
   * links are made valid here, as the stage does ({@link Urls#repair}): a source URL that cannot be repaired is
   * listed as text, with a warning.
   */
  static Document sources(List<Document> articles, Locale locale, Diagnostics diagnostics) {
    String title = Labels.of(locale.toLanguageTag()).get(Labels.Key.SOURCES);
    List<ListBlock.Item> items = new ArrayList<>();
    for (Document d : articles) {
      Metadata m = d.metadata();
      List<Inline> line = new ArrayList<>();
      line.add(new Text(m.title().isEmpty() ? "Untitled" : m.title()));
      String byline = String.join(", ", m.authors());
      List<String> bits = new ArrayList<>();
      if (!byline.isEmpty()) bits.add(byline);
      if (!m.site().isEmpty()) bits.add(m.site());
      if (!m.published().isEmpty()) bits.add(m.publishedDate().map(LocalDate::toString).orElse(m.published()));
      if (!bits.isEmpty()) line.add(new Text(". " + String.join(", ", bits) + "."));
      if (!m.source().isEmpty()) {
        line.add(new Text(" "));
        Optional<String> url = Urls.repair(m.source());
        if (url.isPresent()) {
          line.add(new Link(url.get(), "", List.of(new Text(m.source()))));
        } else {
          line.add(new Text(m.source()));
          diagnostics.warn(title, "link dropped, its URL cannot be repaired (kept its text): " + m.source());
        }
      }
      items.add(new ListBlock.Item(List.of(new Paragraph(line))));
    }
    Metadata meta = Metadata.builder().title(title).language(locale.toLanguageTag()).build();
    List<Block> blocks = items.isEmpty() ? List.of() : List.of(new ListBlock(true, 1, items));
    return Document.of(meta, blocks);
  }
}
