package org.offprint.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.cli.Invocation;
import org.offprint.cli.OffprintCommand;

/** The background server through the real client: each command runs as it would in a process of its own. */
class ServerTest {
  @TempDir Path base;

  private DaemonFixture daemon;
  private Server server;
  private Thread serving;
  private Path socket;

  private static String page(String title) {
    return DaemonFixture.page(title);
  }

  /** A command's exit code and output. */
  record Result(int exit, byte[] stdout, String stderr) {}

  private void start(Duration idle, Optional<Path> watched) throws Exception {
    daemon = new DaemonFixture(base, idle, watched);
    server = daemon.server;
    serving = daemon.serving;
    socket = daemon.socket;
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (daemon != null) daemon.close();
  }

  private Result run(Path cwd, Map<String, String> env, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Frames.Request request = new Frames.Request(Frames.RUN, cwd.toString(), List.of(args), withLocale(env), false, -1);
    int code = Client.run(socket, request, new ByteArrayInputStream(stdin), out, err);
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** {@return env with this JVM's locale variables added, unless it names a locale: the server serves its own} */
  static Map<String, String> withLocale(Map<String, String> env) {
    if (env.containsKey("LANG") || env.containsKey("LC_ALL")) return env;
    Map<String, String> with = new java.util.HashMap<>(env);
    for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
      String v = System.getenv(name);
      if (v != null) with.put(name, v);
    }
    return with;
  }

  /** The same command in this JVM, as {@code main} would run it in that folder. */
  private static Result inProcess(Path cwd, Map<String, String> env, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Invocation run = Invocation.of(cwd, env, new ByteArrayInputStream(stdin), new PrintStream(out, true),
        new PrintStream(err, true));
    int code = OffprintCommand.commandLine(args, run).execute(args);
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  private Path work(String... pages) throws IOException {
    Path work = Files.createDirectories(base.resolve("work"));
    for (String name : pages) Files.writeString(work.resolve(name + ".html"), page("Ferry " + name));
    return work;
  }

  @Test
  void resolvesPathsAgainstTheClientsFolderAndWritesWhatAProcessWrites() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    Path work = work("ferry");
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1700000000");
    Result r = run(work, env, new byte[0], "convert", "ferry.html", "--to", "epub,md", "-d", "out");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(Files.exists(work.resolve("out/ferry.epub")));
    assertFalse(Files.exists(Path.of("out/ferry.epub")), "nothing lands in the server's own folder");
    Result local = inProcess(work, env, new byte[0], "convert", "ferry.html", "--to", "epub,md", "-d", "local");
    assertEquals(0, local.exit(), local.stderr());
    assertArrayEquals(Files.readAllBytes(work.resolve("local/ferry.epub")), Files.readAllBytes(work.resolve("out/ferry.epub")));
    assertArrayEquals(Files.readAllBytes(work.resolve("local/ferry.md")), Files.readAllBytes(work.resolve("out/ferry.md")));
  }

  @Test
  void readsStdinAndWritesABinaryFormatToStdout() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    Path work = work();
    byte[] html = page("Ferry by stdin").getBytes(StandardCharsets.UTF_8);
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1700000000");
    Result r = run(work, env, html, "convert", "-", "--to", "epub", "-o", "-");
    assertEquals(0, r.exit(), r.stderr());
    assertEquals("", r.stderr());
    Result local = inProcess(work, env, html, "convert", "-", "--to", "epub", "-o", "-");
    assertArrayEquals(local.stdout(), r.stdout(), "the same bytes as a process of its own");
  }

  @Test
  void aClosedStdoutIsNotTheServersFailure() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    java.io.OutputStream closedPipe = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Frames.Request request = new Frames.Request(Frames.RUN, work().toString(),
        List.of("convert", "-", "--to", "md", "-o", "-"), withLocale(Map.of()), false, -1);
    byte[] html = page("Piped to head").getBytes(StandardCharsets.UTF_8);
    assertEquals(0, Client.run(socket, request, new ByteArrayInputStream(html), closedPipe, err));
    assertEquals("", err.toString(StandardCharsets.UTF_8), "as a command of its own: nothing said");
  }

  @Test
  void doesNotAskForStdinWhenTheCommandDoesNotReadIt() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    Path work = work("quiet");
    java.util.concurrent.atomic.AtomicBoolean touched = new java.util.concurrent.atomic.AtomicBoolean();
    InputStream untouchable = new InputStream() {
      @Override
      public int read() throws IOException {
        touched.set(true);
        throw new IOException("stdin was read");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return read();
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Frames.Request request = new Frames.Request(Frames.RUN, work.toString(),
        List.of("convert", "quiet.html", "-o", "quiet.txt"), withLocale(Map.of()), false, -1);
    assertEquals(0, Client.run(socket, request, untouchable, out, err), err.toString());
    assertTrue(Files.readString(work.resolve("quiet.txt")).contains("Ferry quiet"));
    assertFalse(touched.get(), "a terminal's input is left alone");
  }

  @Test
  void reportsABadInputWithItsExitCodeAndOneLine() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    Result r = run(work(), Map.of(), new byte[0], "convert", "nope.html", "--to", "md");
    assertEquals(3, r.exit());
    assertEquals(1, r.stderr().lines().count(), r.stderr());
    assertTrue(r.stderr().startsWith("offprint: nope.html: "), r.stderr());
  }

  @Test
  void bundlesInTheClientsFolderAsAProcessOfItsOwn() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    Path work = work("one", "two");
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1700000000", "LANG", "C.UTF-8");
    Result r = run(work, env, new byte[0], "bundle", ".", "-o", "book.epub", "-q");
    assertEquals(0, r.exit(), r.stderr());
    Result local = inProcess(work, env, new byte[0], "bundle", ".", "-o", "local.epub", "-q");
    assertEquals(0, local.exit(), local.stderr());
    assertArrayEquals(Files.readAllBytes(work.resolve("local.epub")), Files.readAllBytes(work.resolve("book.epub")));
  }

  @Test
  void leavesAClientOfAnotherCharacterSetToAProcessOfItsOwn() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    String ours = System.getProperty("sun.jnu.encoding");
    String other = java.nio.charset.Charset.forName(ours).equals(StandardCharsets.UTF_8) ? "C" : "C.UTF-8";
    assertEquals(Frames.NOT_SERVED, run(work(), Map.of("LANG", other), new byte[0], "--version").exit());
    assertEquals(0, run(work(), Map.of("LC_ALL", "x." + ours, "TZ", "Pacific/Auckland"), new byte[0], "--version").exit(),
        "another locale and time zone of the same character set: served");
  }

  @Test
  void runsCommandsAtOnce() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    List<String> names = List.of("north", "south", "east", "west");
    Path work = work(names.toArray(new String[0]));
    ExecutorService pool = Executors.newFixedThreadPool(names.size());
    try {
      List<Future<Result>> results = new ArrayList<>();
      for (String n : names) {
        results.add(pool.submit(() -> run(work, Map.of(), new byte[0], "convert", n + ".html", "--to", "epub,md")));
      }
      for (Future<Result> f : results) assertEquals(0, f.get().exit(), f.get().stderr());
    } finally {
      pool.shutdown();
    }
    for (String n : names) assertTrue(Files.readString(work.resolve(n + ".md")).contains("Ferry " + n), n);
  }

  @Test
  void aClientThatGoesAwayLeavesNoOutput() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    Path work = work();
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      DataOutputStream out = new DataOutputStream(Frames.out(channel));
      new Frames.Request(Frames.RUN, work.toString(), List.of("convert", "-", "-o", "gone.md"), withLocale(Map.of()), false, -1)
          .write(out);
      DataInputStream in = new DataInputStream(Frames.in(channel));
      assertEquals(Frames.WANT_STDIN, in.readByte());
      in.readInt();
      byte[] half = page("Half a page").substring(0, 200).getBytes(StandardCharsets.UTF_8);
      out.writeInt(half.length);
      out.write(half);
      out.flush();
    } // gone, as after Ctrl-C
    for (int i = 0; i < 500 && server.running() > 0; i++) Thread.sleep(10);
    assertEquals(0, server.running());
    try (var files = Files.list(work)) {
      assertEquals(List.of(), files.toList(), "neither the output nor a partial file");
    }
  }

  @Test
  void stopsWhenAsked() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    assertEquals(0, Client.control(socket, Frames.PING));
    assertEquals(0, Client.control(socket, Frames.STOP));
    serving.join(10_000);
    assertFalse(serving.isAlive());
    try (var left = Files.list(socket.getParent())) {
      assertEquals(List.of(), left.toList(), "no socket, lock or log left behind");
    }
    assertEquals(Frames.NOT_RUN, Client.control(socket, Frames.PING));
  }

  @Test
  void stopsAfterTheIdleTime() throws Exception {
    start(Duration.ofMillis(300), Optional.empty());
    serving.join(10_000);
    assertFalse(serving.isAlive());
    assertFalse(Files.exists(socket));
  }

  @Test
  void aRebuiltJarStopsTheServerAtTheNextCommandWhichRunsElsewhere() throws Exception {
    Path jar = Files.writeString(base.resolve("offprint.jar"), "jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000L));
    start(Duration.ofMinutes(1), Optional.of(jar));
    assertEquals(0, run(base, Map.of(), new byte[0], "--version").exit());
    // The client has its exit code before the server has finished with the command (and looked at the jar after
    // it): a rebuild in between would stop the server before the next command. So the rebuild comes after.
    for (int i = 0; i < 1000 && daemon.server.running() > 0; i++) Thread.sleep(10);
    assertEquals(0, daemon.server.running());
    assertTrue(serving.isAlive());
    Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000_000L));
    Result r = run(base, Map.of(), new byte[0], "--version");
    assertEquals(Frames.NOT_RUN, r.exit(), "the old build runs nothing: the launcher runs it in a JVM of this build");
    assertTrue(r.stderr().contains("older build"), r.stderr());
    serving.join(10_000);
    assertFalse(serving.isAlive());
    try (var left = Files.list(socket.getParent())) {
      assertEquals(List.of(), left.toList(), "no socket, lock or log left behind");
    }
  }

  @Test
  void refusesAFolderOthersMayEnter() throws IOException {
    Path open = Files.createDirectories(base.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
    IOException e = assertThrows(IOException.class,
        () -> new Server(open.resolve("s.sock"), Duration.ofMinutes(1), Optional.empty()));
    assertTrue(e.getMessage().contains("rwx------"), e.getMessage());
  }

  @Test
  void aClientWithoutAServerLeavesTheCommandToTheLauncher() {
    socket = base.resolve("none.sock");
    Result r = run(base, Map.of(), new byte[0], "--version");
    assertEquals(Frames.NOT_RUN, r.exit());
    assertEquals(0, r.stdout().length);
  }
}
