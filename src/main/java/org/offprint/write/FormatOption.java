package org.offprint.write;

import java.util.Objects;

/**
 * An option of the command line that one or more formats take, declared by the format itself (see
 * {@link Format#options()}) so that the command line offers it without knowing the format. The command line
 * hands the values to {@link Format#writer(WriteOptions, FormatSettings)} as {@link FormatSettings}. Immutable.
 *
 * <pre>{@code
 * FormatOption.number("--wrap", "N", "Markdown: wrap lines at N columns (default: no wrapping).",
 *     n -> { if (n < 20) throw new BadOptionException("--wrap must be at least 20 columns"); });
 * }</pre>
 *
 * @param name the long option name, with its dashes, e.g. {@code --wrap}
 * @param label the value's name in the help, e.g. {@code N}; {@code ""} for a flag
 * @param description the help text, one sentence or two
 * @param kind what the value is
 * @param subject what a file option's file is, for messages (e.g. {@code the cover image}); {@code ""} for others
 * @param check throws {@link BadOptionException} with the message for the user when a given value cannot work
 */
public record FormatOption(String name, String label, String description, Kind kind, String subject, Check check) {
  /** What an option's value is. */
  public enum Kind {
    /** Present or not; no value. */
    FLAG,
    /** A whole number ({@link Integer}). */
    NUMBER,
    /** A string. */
    TEXT,
    /** A file's path ({@link java.nio.file.Path}); the writer receives the file's bytes. */
    FILE
  }

  /** Checks a value given on the command line. */
  @FunctionalInterface
  public interface Check {
    /** Does nothing for a good value. @throws BadOptionException naming the option and the problem */
    void check(Object value);
  }

  public FormatOption {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(check, "check");
    if (!name.startsWith("--")) throw new IllegalArgumentException("an option name starts with --: " + name);
  }

  /** {@return a flag} */
  public static FormatOption flag(String name, String description) {
    return new FormatOption(name, "", description, Kind.FLAG, "", v -> {});
  }

  /** {@return an option whose value is a whole number, checked by {@code check}} */
  public static FormatOption number(String name, String label, String description,
      java.util.function.IntConsumer check) {
    return new FormatOption(name, label, description, Kind.NUMBER, "", v -> check.accept((Integer) v));
  }

  /** {@return an option whose value is a string, checked by {@code check}} */
  public static FormatOption text(String name, String label, String description,
      java.util.function.Consumer<String> check) {
    return new FormatOption(name, label, description, Kind.TEXT, "", v -> check.accept((String) v));
  }

  /** {@return an option whose value names a file that the writer reads; {@code subject} says what file it is} */
  public static FormatOption file(String name, String label, String description, String subject) {
    return new FormatOption(name, label, description, Kind.FILE, subject, v -> {});
  }
}
