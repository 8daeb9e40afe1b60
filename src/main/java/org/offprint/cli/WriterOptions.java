package org.offprint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.offprint.read.InputException;
import org.offprint.write.BadOptionException;
import org.offprint.write.BookWriter;
import org.offprint.write.DocumentWriter;
import org.offprint.write.Format;
import org.offprint.write.FormatOption;
import org.offprint.write.FormatSettings;
import org.offprint.write.Formats;
import org.offprint.write.WriteCache;
import org.offprint.write.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * The options that only some writers take: each format in the {@link Formats} registry declares its own
 * ({@link Format#options()}), this mixin offers them all on the command it is mixed into, and hands their values to
 * the formats as {@link FormatSettings}. A new format's options need no change here. A command that mixes it in
 * names {@link Declare} as its {@code modelTransformer}, which adds the options (picocli does not run a mixin's).
 */
@Command // a mixin without options of its own: they are added to its command by Declare
final class WriterOptions implements FormatSettings {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /** The folder a relative file option (--cover) is found in: the run's. */
  Path folder = Path.of("");

  /** Values set by the program rather than the user (a bundle manifest's cover), by option name. */
  private final Map<String, Object> defaults = new LinkedHashMap<>();

  /** Files the EPUB writer adds under META-INF/ (bundle --update's record); set by the command, not an option. */
  final Map<String, byte[]> epubMetaInf = new java.util.TreeMap<>();

  /** The book's chapter numbers (bundle --update keeps a book's); set by the command, not an option. */
  java.util.List<Integer> chapterNumbers = java.util.List.of();

  /** The book bundle --update writes again, for a writer that copies what has not changed; set by the command. */
  Optional<org.offprint.write.EarlierEdition> earlierEdition = Optional.empty();

  /** Where writers keep what later runs may take (drawn covers): the run's {@link CacheFolder}, set by the command. */
  WriteCache cache = WriteCache.NONE;

  @Override
  public WriteCache cache() {
    return cache;
  }

  /** Adds every registered format's options to a command, once each; picocli calls it when it reads the command. */
  public static final class Declare implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      for (FormatOption o : declared().values()) {
        if (spec.findOption(o.name()) != null) continue; // transformed already
        OptionSpec.Builder b = OptionSpec.builder(o.name()).description(o.description());
        switch (o.kind()) {
          case FLAG -> b.type(boolean.class).arity("0");
          case NUMBER -> b.type(Integer.class).paramLabel(o.label());
          case TEXT -> b.type(String.class).paramLabel(o.label());
          case FILE -> b.type(Path.class).paramLabel(o.label());
        }
        spec.addOption(b.build());
      }
      return spec;
    }
  }

  /** {@return every format's options by name} @throws IllegalStateException if two formats declare one unalike */
  static Map<String, FormatOption> declared() {
    Map<String, FormatOption> all = new LinkedHashMap<>();
    for (Format f : Formats.all()) {
      for (FormatOption o : f.options()) {
        FormatOption before = all.putIfAbsent(o.name(), o);
        // the same option object (PDF's and text's --link-list) is no conflict; comparing first links the record's
        // equals, which cost 20-40 ms of method-handle set-up in a cold JVM
        if (before != null && before != o && !before.equals(o)) {
          throw new IllegalStateException("formats declare " + o.name() + " differently: " + before + ", " + o);
        }
      }
    }
    return all;
  }

  /** {@return the value given to the option {@code name}, else the one set by {@link #setDefault}} */
  Optional<Object> value(String name) {
    OptionSpec option = command == null ? null : command.findOption(name);
    Object given = option == null ? null : option.getValue();
    return Optional.ofNullable(given != null ? given : defaults.get(name));
  }

  /** Makes {@code value} the option's value when the user gives none. */
  void setDefault(String name, Object value) {
    if (value != null) defaults.put(name, value);
  }

  @Override
  public Map<String, byte[]> metaInf() {
    return epubMetaInf;
  }

  @Override
  public Optional<org.offprint.write.EarlierEdition> earlierEdition() {
    return earlierEdition;
  }

  @Override
  public java.util.List<Integer> chapterNumbers() {
    return chapterNumbers;
  }

  @Override
  public boolean flag(String name) {
    return value(name).map(Boolean.TRUE::equals).orElse(false);
  }

  @Override
  public Optional<Integer> number(String name) {
    return value(name).map(Integer.class::cast);
  }

  @Override
  public Optional<String> text(String name) {
    return value(name).map(String.class::cast);
  }

  /** {@return the path given to a file option, as given} */
  Optional<Path> path(String name) {
    return value(name).map(Path.class::cast);
  }

  @Override
  public Optional<byte[]> file(String name) throws IOException {
    Optional<Path> path = path(name);
    if (path.isEmpty()) return Optional.empty();
    try {
      return Optional.of(Files.readAllBytes(folder.resolve(path.get())));
    } catch (IOException e) {
      FormatOption option = declared().get(name);
      String what = option == null || option.subject().isEmpty() ? "the file of " + name : option.subject();
      throw new InputException(path.get().toString(), "cannot read " + what + " (" + Outputs.describe(e) + ")");
    }
  }

  /** {@return whether no format option can have a value: none given (no command line) and none set} */
  private boolean noneGiven() {
    return command == null && defaults.isEmpty();
  }

  /** {@return the files the options name, which outputs must never replace} */
  java.util.List<Path> files() {
    if (noneGiven()) return java.util.List.of(); // no need to find every format's options
    return declared().values().stream().filter(o -> o.kind() == FormatOption.Kind.FILE)
        .flatMap(o -> path(o.name()).stream()).toList();
  }

  private void check() {
    if (noneGiven()) return;
    for (FormatOption o : declared().values()) {
      Optional<Object> v = value(o.name());
      if (v.isPresent()) {
        try {
          o.check().check(v.get());
        } catch (BadOptionException e) {
          throw new UsageException(e.getMessage());
        }
      }
    }
  }

  /** {@return the writer of one document in {@code format}, with these options applied where they fit} */
  DocumentWriter writer(Format format, WriteOptions options) throws IOException {
    check();
    try {
      return format.writer(options, this);
    } catch (BadOptionException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@return the writer of whole books in {@code format}, if the format binds books} */
  Optional<BookWriter> bookWriter(Format format, WriteOptions options) throws IOException {
    check();
    try {
      return format.bookWriter(options, this);
    } catch (BadOptionException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
