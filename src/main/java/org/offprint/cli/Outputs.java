package org.offprint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import org.offprint.write.SideFiles;

/**
 * Writes outputs safely: into a temporary file beside the target, moved into place only when complete, so a
 * failure leaves any existing file untouched and no partial file behind. Never writes over an input.
 */
final class Outputs {
  /** Numbers this process's partial files, so that parallel writes into one folder never meet. */
  private static final AtomicLong PARTS = new AtomicLong();

  private Outputs() {}

  /** Writes into an {@link OutputStream}; throws what the writer throws. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Side files kept in memory until the main output is in place. */
  static final class PendingSideFiles implements SideFiles {
    final Map<String, byte[]> files = new LinkedHashMap<>();

    @Override
    public synchronized void write(String relativePath, byte[] bytes) throws IOException {
      if (relativePath.startsWith("/") || relativePath.contains("..") || relativePath.contains("\\")
          || relativePath.isEmpty()) {
        throw new IOException("side file path must be relative without '..': " + relativePath);
      }
      files.put(relativePath, bytes.clone());
    }
  }

  /**
   * Writes {@code target} atomically, then its side files.
   *
   * @param target the output as the user named it, relative to the run's folder
   * @param inputs every file the command reads (inputs, manifest, matter, cover, theme, cookies), which must
   *     not be overwritten
   * @throws OutputException also when the run was cancelled before the output was complete
   */
  static void write(Path target, Invocation run, Collection<Path> inputs, Body body, PendingSideFiles side)
      throws IOException {
    Path abs = run.path(target).toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) throw new OutputException(target + ": is a directory");
    refuseInputs(target, abs, inputs);
    Path dir = abs.getParent();
    try {
      createDirectories(dir, run);
    } catch (IOException e) {
      throw new OutputException(target + ": cannot create folder " + dir + " (" + describe(e) + ")", e);
    }
    Path tmp = null;
    OutputStream part = null;
    // A new file of our own beside the target, made with the default permissions (the umask decides, as for
    // any file a command writes; a temporary file would be readable by its owner only).
    for (int attempt = 0; part == null; attempt++) {
      tmp = dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "-" + PARTS.incrementAndGet()
          + ".part");
      try {
        part = create(tmp, run);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 100) throw new OutputException(target + ": cannot write in " + dir + " (" + describe(e) + ")", e);
      } catch (IOException e) {
        throw new OutputException(target + ": cannot write in " + dir + " (" + describe(e) + ")", e);
      }
    }
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(cancellable(part, run, target), 1 << 16)) {
        body.writeTo(out);
      } catch (IOException e) {
        if (e instanceof OutputException || e instanceof org.offprint.read.InputException) throw e;
        throw new OutputException(target + ": " + describe(e), e);
      }
      if (run.isCancelled()) throw new OutputException(target + ": not written: the command was cancelled");
      refuseInputs(target, abs, inputs); // again: writing read the page's images, and one may be the target
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    for (Map.Entry<String, byte[]> f : side.files.entrySet()) {
      Path p = dir.resolve(f.getKey()).normalize();
      if (!p.startsWith(dir)) throw new OutputException(target + ": side file outside the output folder");
      if (run.isCancelled()) throw new OutputException(p + ": not written: the command was cancelled");
      try {
        createDirectories(p.getParent(), run);
        try (OutputStream out = replace(p, run)) {
          out.write(f.getValue());
        }
      } catch (IOException e) {
        throw new OutputException(p + ": " + describe(e), e);
      }
    }
  }

  /** @throws OutputException if {@code target} is one of {@code inputs} (the files the command reads) */
  static void refuseInputs(Path target, Invocation run, Collection<Path> inputs) throws IOException {
    refuseInputs(target, run.path(target).toAbsolutePath().normalize(), inputs);
  }

  private static void refuseInputs(Path target, Path abs, Collection<Path> inputs) throws IOException {
    if (!Files.exists(abs)) return;
    for (Path in : inputs) {
      if (Files.exists(in) && Files.isSameFile(abs, in)) {
        throw new OutputException(target + ": would overwrite " + (abs.equals(in) ? "a file" : in)
            + " that this command reads; choose another -o or -d");
      }
    }
  }

  /** Writes to stdout only once the whole output is made, so a failure writes nothing. */
  static void writeStdout(PrintStream stdout, Body body) throws IOException {
    writeStdout(stdout, body, () -> false);
  }

  /** As {@link #writeStdout(PrintStream, Body)}, stopping with an {@link OutputException} once cancelled. */
  static void writeStdout(PrintStream stdout, Body body, java.util.function.BooleanSupplier cancelled)
      throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    body.writeTo(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        check();
        buffer.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        check();
        buffer.write(b, off, len);
      }

      private void check() throws OutputException {
        if (cancelled.getAsBoolean()) throw new OutputException("stdout: not written: the command was cancelled");
      }
    });
    if (cancelled.getAsBoolean()) throw new OutputException("stdout: not written: the command was cancelled");
    buffer.writeTo(stdout);
    stdout.flush();
  }

  /**
   * {@return a stream on {@code out} that fails at the first write after the run is cancelled}, so that a long
   * writer stops there (a background server's client that went away, or was interrupted, waits for nothing)
   */
  private static OutputStream cancellable(OutputStream out, Invocation run, Path target) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        check();
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        check();
        out.write(b, off, len);
      }

      private void check() throws OutputException {
        if (run.isCancelled()) throw new OutputException(target + ": not written: the command was cancelled");
      }
    };
  }

  /**
   * Creates {@code dir} and its missing parents. Under a run with a umask of its own (a command in the background
   * server), each folder made gets the mode that umask gives, as in a process of its own.
   */
  static void createDirectories(Path dir, Invocation run) throws IOException {
    java.util.ArrayDeque<Path> missing = new java.util.ArrayDeque<>();
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) missing.push(p);
    Files.createDirectories(dir);
    if (run.umask() < 0) return;
    for (Path p : missing) chmod(p, 0777 & ~run.umask());
  }

  /** {@return a new file's stream; it fails if the file exists} (mode as {@link #createDirectories}) */
  private static OutputStream create(Path file, Invocation run) throws IOException {
    if (run.umask() < 0) return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    int mode = 0666 & ~run.umask();
    OutputStream out = java.nio.channels.Channels.newOutputStream(Files.newByteChannel(file,
        java.util.EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        PosixFilePermissions.asFileAttribute(permissions(mode))));
    chmod(file, mode); // the attribute is narrowed by this process's umask; the run's decides
    return out;
  }

  /** {@return a stream that replaces {@code file}}; a new file gets its mode as in {@link #create} */
  private static OutputStream replace(Path file, Invocation run) throws IOException {
    if (run.umask() < 0 || Files.exists(file)) return Files.newOutputStream(file);
    return create(file, run);
  }

  private static void chmod(Path p, int mode) throws IOException {
    Files.setPosixFilePermissions(p, permissions(mode));
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = java.util.EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    for (int i = 0; i < order.length; i++) if ((mode & (1 << i)) != 0) set.add(order[i]);
    return set;
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
