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
import java.util.Collection;
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
      Files.createDirectories(dir);
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
        part = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 100) throw new OutputException(target + ": cannot write in " + dir + " (" + describe(e) + ")", e);
      } catch (IOException e) {
        throw new OutputException(target + ": cannot write in " + dir + " (" + describe(e) + ")", e);
      }
    }
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(part, 1 << 16)) {
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
      try {
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
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
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    body.writeTo(buffer);
    buffer.writeTo(stdout);
    stdout.flush();
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
