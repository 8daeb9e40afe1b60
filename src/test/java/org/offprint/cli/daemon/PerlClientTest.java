package org.offprint.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.cli.Invocation;
import org.offprint.cli.OffprintCommand;

/**
 * The launcher's Perl client (src/main/perl/offprint-client.pl), run as a process against the server: it must
 * do what the Java client does. Skipped where there is no Perl, as the launcher then uses the Java client.
 */
class PerlClientTest {
  private static final Path CLIENT = Path.of("src/main/perl/offprint-client.pl");

  @TempDir Path base;
  private DaemonFixture daemon;
  private Path work;

  /** A finished client process. */
  record Result(int exit, byte[] stdout, String stderr) {}

  @BeforeEach
  void start() throws Exception {
    assumeTrue(perl(), "no perl here");
    daemon = new DaemonFixture(base, Duration.ofMinutes(1), Optional.empty());
    work = Files.createDirectories(base.resolve("work"));
    Files.writeString(work.resolve("ferry.html"), DaemonFixture.page("Ferry by Perl"));
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (daemon != null) daemon.close();
  }

  private static boolean perl() {
    try {
      return new ProcessBuilder("perl", "-e", "1").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private Result client(Map<String, String> env, byte[] stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("perl", CLIENT.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin);
    } catch (IOException e) {
      // the client did not read its input: fine
    }
    int code = p.waitFor();
    return new Result(code, out.get(), new String(err.get(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String socket() {
    return daemon.socket.toString();
  }

  @Test
  void convertsInItsFolderWithStdinAndABinaryStdout() throws Exception {
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1700000000");
    byte[] html = DaemonFixture.page("Ferry by stdin").getBytes(StandardCharsets.UTF_8);
    Result r = client(env, html, socket(), "convert", "-", "--to", "epub", "-o", "-");
    assertEquals(0, r.exit(), r.stderr());
    ByteArrayOutputStream local = new ByteArrayOutputStream();
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    String[] args = {"convert", "-", "--to", "epub", "-o", "-"};
    OffprintCommand.commandLine(args, Invocation.of(work, env, new ByteArrayInputStream(html),
        new PrintStream(local, true), nowhere)).execute(args);
    assertArrayEquals(local.toByteArray(), r.stdout(), "the same bytes as a process of its own");

    Result file = client(Map.of(), new byte[0], socket(), "convert", "ferry.html", "--to", "md", "-d", "out");
    assertEquals(0, file.exit(), file.stderr());
    assertTrue(Files.readString(work.resolve("out/ferry.md")).contains("Ferry by Perl"));
  }

  @Test
  void passesExitCodesAndErrorsThrough() throws Exception {
    Result r = client(Map.of(), new byte[0], socket(), "convert", "nope.html", "--to", "md");
    assertEquals(3, r.exit());
    assertEquals("offprint: nope.html: no such file\n", r.stderr());
    Result bundle = client(Map.of(), new byte[0], socket(), "bundle", "ferry.html", "-o", "b.epub", "-q");
    assertEquals(0, bundle.exit(), bundle.stderr());
    assertTrue(Files.exists(work.resolve("b.epub")), "bundled in the client's folder");
  }

  @Test
  void answersPingAndStop() throws Exception {
    assertEquals(0, client(Map.of(), new byte[0], "--ping", socket()).exit());
    assertEquals(0, client(Map.of(), new byte[0], "--stop", socket()).exit());
    daemon.serving.join(10_000);
    assertEquals(Frames.NOT_RUN, client(Map.of(), new byte[0], "--ping", socket()).exit());
    assertEquals(Frames.NOT_RUN, client(Map.of(), new byte[0], socket(), "--version").exit());
  }
}
