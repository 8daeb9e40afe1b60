package org.offprint.cli;

import java.util.List;
import org.offprint.bundle.Manifest;
import org.offprint.model.Book;
import org.offprint.model.Metadata;
import org.offprint.read.feed.Feed;

/**
 * A book made from one feed takes the feed's title, description and address as its own, and its image as the
 * cover when images are fetched, unless the user said otherwise. The address makes the EPUB's identifier, so the
 * book stays the same book for reading systems when {@code --update} adds to it.
 */
final class FeedDefaults {
  private FeedDefaults() {}

  static Book apply(Book book, List<FeedInputs.Named> feeds, Manifest.Settings settings, boolean fetchImages) {
    if (feeds.size() != 1) return book;
    Feed feed = feeds.get(0).feed();
    Metadata.Builder m = book.metadata().toBuilder();
    if (settings.title().isEmpty() && !feed.title().isEmpty()) m.title(feed.title());
    if (book.metadata().description().isEmpty()) m.description(feed.description());
    if (settings.publisher().isEmpty() && book.metadata().site().isEmpty()) m.site(feed.title());
    m.source(feeds.get(0).name().matches("(?i)https?://.*") ? feeds.get(0).name() : feed.link());
    if (settings.cover().isEmpty() && fetchImages && !feed.image().isEmpty()) m.image(feed.image());
    return new Book(m.build(), book.documents(), book.parts(), book.articles());
  }
}
