package org.offprint.read.feed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed as read: its own metadata and its items in the feed's order. Every string is {@code ""} when the feed
 * does not say it. Immutable.
 *
 * @param title the feed's title
 * @param description its description or subtitle
 * @param link its web site (the home page), or {@code ""}
 * @param image its image or logo as an absolute URL, or {@code ""}
 * @param language its language tag, or {@code ""}
 * @param items its items, in the feed's order
 */
public record Feed(String title, String description, String link, String image, String language, List<Item> items) {
  public Feed {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(language, "language");
    items = List.copyOf(items);
  }

  /**
   * One entry of a feed.
   *
   * @param id what identifies it across runs: its guid or id, else its link, else its title
   * @param link the article's web page, or {@code ""}
   * @param title its title
   * @param published an ISO-8601 date-time with offset (published, else updated), or {@code ""}
   * @param authors its authors' names
   * @param content the full article as HTML when the feed carries it ({@code content:encoded}, Atom
   *     {@code content}, JSON Feed {@code content_html}/{@code content_text}), else {@code ""}
   * @param summary a summary (RSS {@code description}, Atom {@code summary}), or {@code ""}
   */
  public record Item(String id, String link, String title, String published, List<String> authors, String content,
      String summary) {
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(published, "published");
      authors = List.copyOf(authors);
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(summary, "summary");
    }

    /** {@return the day it was published, if the feed says} */
    public Optional<LocalDate> date() {
      if (published.isEmpty()) return Optional.empty();
      return Optional.of(OffsetDateTime.parse(published).toLocalDate());
    }
  }

  /**
   * {@return the feed with only the items published on or after {@code since} (undated items stay), then at most
   * {@code max} of them: the newest, undated ones counting as oldest}, in the feed's order
   */
  public Feed select(Optional<LocalDate> since, Optional<Integer> max) {
    List<Item> kept = new ArrayList<>();
    for (Item i : items) {
      if (since.isPresent() && i.date().map(d -> d.isBefore(since.get())).orElse(false)) continue;
      kept.add(i);
    }
    if (max.isPresent() && kept.size() > max.get()) {
      List<Item> newest = new ArrayList<>(kept);
      // a stable sort: items of one date keep the feed's order
      newest.sort(Comparator.comparing((Item i) -> i.published().isEmpty() ? "" : OffsetDateTime.parse(i.published())
          .toInstant().toString()).reversed());
      List<Item> chosen = newest.subList(0, max.get());
      kept.removeIf(i -> !chosen.contains(i));
    }
    return new Feed(title, description, link, image, language, kept);
  }
}
