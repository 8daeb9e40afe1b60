package org.offprint.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed book manifest ({@code book.yaml}): book settings, the items in order (each knowing its section), and
 * front and back matter. Every path is already resolved against the manifest's folder.
 *
 * @param file the manifest file
 * @param settings the book's metadata and options
 * @param items the articles, in the order written
 * @param front Markdown (or other) files that come before the articles (preface)
 * @param back files that come after them (colophon)
 */
public record Manifest(Path file, Settings settings, List<Item> items, List<Path> front, List<Path> back) {
  public Manifest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(settings, "settings");
    items = List.copyOf(items);
    front = List.copyOf(front);
    back = List.copyOf(back);
  }

  /** How articles are ordered. */
  public enum Order {
    GIVEN,
    DATE,
    TITLE
  }

  /** How articles are grouped into parts. */
  public enum GroupBy {
    NONE,
    MONTH,
    YEAR,
    SITE
  }

  /** Book-level settings; every field is empty when the manifest does not set it. */
  public record Settings(
      String title,
      String subtitle,
      List<String> authors,
      String publisher,
      String language,
      String date,
      Optional<Path> cover,
      String series,
      Optional<Integer> seriesIndex,
      Optional<Order> order,
      boolean reverse,
      Optional<GroupBy> groupBy,
      Optional<Integer> tocDepth,
      String theme) {
    public Settings {
      authors = List.copyOf(authors);
    }

    /** Settings with nothing set. */
    public static final Settings NONE = new Settings("", "", List.of(), "", "", "", Optional.empty(), "",
        Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), "");
  }

  /** Where an item's articles come from. */
  public enum Kind {
    PATH,
    GLOB,
    URL
  }

  /**
   * One entry of {@code items}.
   *
   * @param kind a file or folder path, a glob, or a URL
   * @param ref the resolved path, glob (absolute) or URL
   * @param section the title of the section it is listed under, or {@code ""}
   * @param title overrides the article's title, or {@code ""}
   * @param date overrides the article's date ({@code YYYY-MM-DD}), or {@code ""}
   * @param authors override the article's authors, or empty
   * @param skip leave the item out
   * @param line the manifest line it was written on (1-based), for messages
   */
  public record Item(Kind kind, String ref, String section, String title, String date, List<String> authors,
      boolean skip, int line) {
    public Item {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(ref, "ref");
      authors = List.copyOf(authors);
    }
  }
}
