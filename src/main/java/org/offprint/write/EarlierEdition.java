package org.offprint.write;

import java.nio.channels.SeekableByteChannel;
import java.util.Objects;
import java.util.Set;

/**
 * The book an update writes again ({@code bundle --update}), for a writer that can copy what has not changed
 * instead of making it anew (EPUB: the chapters, as they are in the zip). The caller opens and closes it.
 *
 * @param book the earlier book's bytes
 * @param sameChapters the numbers ({@link FormatSettings#chapterNumbers}) of the chapters that hold the same
 *     documents now as then; a writer still checks what it can before it copies one
 */
public record EarlierEdition(SeekableByteChannel book, Set<Integer> sameChapters) {
  public EarlierEdition {
    Objects.requireNonNull(book, "book");
    sameChapters = Set.copyOf(sameChapters);
  }
}
