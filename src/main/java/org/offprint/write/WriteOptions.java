package org.offprint.write;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.offprint.model.Diagnostics;
import org.offprint.model.ResourceResolver;
import org.offprint.theme.Theme;

/**
 * What every writer is built with.
 *
 * @param theme the styling (ignored by text formats)
 * @param resources where image bytes come from
 * @param diagnostics where warnings go
 * @param timestamp the build time to record (from {@code SOURCE_DATE_EPOCH}); when empty, writers use the
 *     document's publication date, else the Unix epoch, so output stays reproducible
 * @param outputName the output file's name without extension, for side files such as {@code name.assets/};
 *     {@code ""} when writing to a stream
 * @param sideFiles where files beside the output go; empty when writing to a stream, in which case writers that
 *     need side files inline them (HTML) or keep references (Markdown)
 * @param progress hears how far a book's writing has got
 */
public record WriteOptions(
    Theme theme,
    ResourceResolver resources,
    Diagnostics diagnostics,
    Optional<Instant> timestamp,
    String outputName,
    Optional<SideFiles> sideFiles,
    BookProgress progress) {
  public WriteOptions {
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(outputName, "outputName");
    Objects.requireNonNull(sideFiles, "sideFiles");
    Objects.requireNonNull(progress, "progress");
  }

  /** Options without progress reports. */
  public WriteOptions(Theme theme, ResourceResolver resources, Diagnostics diagnostics, Optional<Instant> timestamp,
      String outputName, Optional<SideFiles> sideFiles) {
    this(theme, resources, diagnostics, timestamp, outputName, sideFiles, BookProgress.NONE);
  }

  /** {@return options with the theme and nothing else: no images, diagnostics dropped} */
  public static WriteOptions of(Theme theme) {
    return new WriteOptions(theme, ResourceResolver.NONE, Diagnostics.IGNORE, Optional.empty(), "", Optional.empty());
  }

  public WriteOptions withResources(ResourceResolver r) {
    return new WriteOptions(theme, r, diagnostics, timestamp, outputName, sideFiles, progress);
  }

  public WriteOptions withDiagnostics(Diagnostics d) {
    return new WriteOptions(theme, resources, d, timestamp, outputName, sideFiles, progress);
  }

  public WriteOptions withTimestamp(Optional<Instant> t) {
    return new WriteOptions(theme, resources, diagnostics, t, outputName, sideFiles, progress);
  }

  public WriteOptions withOutputName(String n) {
    return new WriteOptions(theme, resources, diagnostics, timestamp, n, sideFiles, progress);
  }

  public WriteOptions withSideFiles(SideFiles files) {
    return new WriteOptions(theme, resources, diagnostics, timestamp, outputName, Optional.of(files), progress);
  }

  public WriteOptions withProgress(BookProgress p) {
    return new WriteOptions(theme, resources, diagnostics, timestamp, outputName, sideFiles, p);
  }
}
