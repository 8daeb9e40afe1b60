package org.offprint.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What is known about an article or a book. Every string is {@code ""} when unknown.
 *
 * @param title the headline
 * @param subtitle a standfirst or subtitle
 * @param authors the authors' names, in order: people only, never a site name, a date or a desk
 * @param byline the credit line as the page prints it, wording and affiliation kept ("By Ann Lee, Health Desk"),
 *     whitespace collapsed; {@code ""} when the page prints none that names an author. Writers show
 *     {@code authors}, not this line
 * @param published {@code YYYY-MM-DD} or a full ISO-8601 date-time with offset, or {@code ""}
 * @param site the publication or site name
 * @param language a BCP 47 tag such as {@code en} or {@code ru-RU}
 * @param source the article's canonical URL
 * @param description a one-paragraph summary
 * @param image the lead image's absolute URI
 * @param tags keywords and tags
 * @param extra anything else a reader found worth keeping (sorted by key)
 */
public record Metadata(
    String title,
    String subtitle,
    List<String> authors,
    String byline,
    String published,
    String site,
    String language,
    String source,
    String description,
    String image,
    List<String> tags,
    Map<String, String> extra) {

  /** Metadata with nothing known. */
  public static final Metadata EMPTY =
      new Metadata("", "", List.of(), "", "", "", "", "", "", "", List.of(), Map.of());

  public Metadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    authors = List.copyOf(authors);
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(published, "published");
    if (!published.isEmpty() && parseDate(published).isEmpty()) {
      throw new IllegalArgumentException("published must be YYYY-MM-DD or an ISO date-time: " + published);
    }
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(image, "image");
    tags = List.copyOf(tags);
    extra = java.util.Collections.unmodifiableMap(new TreeMap<>(extra)); // Map.copyOf would lose the order
  }

  /** {@return the publication date, without its time, if known} */
  public Optional<LocalDate> publishedDate() {
    return parseDate(published);
  }

  private static Optional<LocalDate> parseDate(String s) {
    LocalDate quick = quickDate(s);
    if (quick != null) return Optional.of(quick);
    try {
      if (s.length() == 10) return Optional.of(LocalDate.parse(s));
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return the date of {@code 2024-05-06}, {@code 2024-05-06T10:20:30Z} or {@code 2024-05-06T10:20:30+02:00}
   * (with or without the seconds), the forms nearly every value takes, read without a formatter (which costs a
   * reader of many pages), or null for any other text, which the formatters decide}
   */
  private static LocalDate quickDate(String s) {
    int n = s.length();
    if (n != 10 && n != 17 && n != 20 && n != 22 && n != 25) return null;
    if (!digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-' || !digits(s, 8, 10)) {
      return null;
    }
    if (n > 10) {
      if (s.charAt(10) != 'T' || !digits(s, 11, 13) || s.charAt(13) != ':' || !digits(s, 14, 16)
          || number(s, 11, 13) > 23 || number(s, 14, 16) > 59) {
        return null;
      }
      int zone = 16; // where the offset starts: after the minutes, or after the seconds
      if (n == 20 || n == 25) {
        if (s.charAt(16) != ':' || !digits(s, 17, 19) || number(s, 17, 19) > 59) return null;
        zone = 19;
      }
      if (n - zone == 1 && s.charAt(zone) != 'Z') return null;
      if (n - zone == 6 && !((s.charAt(zone) == '+' || s.charAt(zone) == '-') && digits(s, zone + 1, zone + 3)
          && s.charAt(zone + 3) == ':' && digits(s, zone + 4, zone + 6) && number(s, zone + 1, zone + 3) <= 17
          && number(s, zone + 4, zone + 6) <= 59)) {
        return null;
      }
    }
    try {
      return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) v = v * 10 + (s.charAt(i) - '0');
    return v;
  }

  /** {@return a builder starting from these values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return a builder starting from empty metadata} */
  public static Builder builder() {
    return new Builder(EMPTY);
  }

  /** Builds {@link Metadata}; setters take non-null values. Not thread-safe. */
  public static final class Builder {
    private String title, subtitle, byline, published, site, language, source, description, image;
    private List<String> authors, tags;
    private Map<String, String> extra;

    private Builder(Metadata m) {
      title = m.title;
      subtitle = m.subtitle;
      authors = m.authors;
      byline = m.byline;
      published = m.published;
      site = m.site;
      language = m.language;
      source = m.source;
      description = m.description;
      image = m.image;
      tags = m.tags;
      extra = m.extra;
    }

    public Builder title(String v) { title = v; return this; }
    public Builder subtitle(String v) { subtitle = v; return this; }
    public Builder authors(List<String> v) { authors = v; return this; }
    public Builder byline(String v) { byline = v; return this; }
    public Builder published(String v) { published = v; return this; }
    public Builder site(String v) { site = v; return this; }
    public Builder language(String v) { language = v; return this; }
    public Builder source(String v) { source = v; return this; }
    public Builder description(String v) { description = v; return this; }
    public Builder image(String v) { image = v; return this; }
    public Builder tags(List<String> v) { tags = v; return this; }
    public Builder extra(Map<String, String> v) { extra = v; return this; }

    /** {@return the metadata} @throws IllegalArgumentException if {@code published} is not an ISO date */
    public Metadata build() {
      return new Metadata(title, subtitle, authors, byline, published, site, language, source, description, image,
          tags, extra);
    }
  }
}
