package org.offprint.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./offprint}), its background server and its client as the user runs them: real processes
 * (bash, the Perl client where there is Perl, server and command JVMs) in installations made under a temporary
 * folder. An installation is a copy of the launcher, the client and the themes, with a jar that holds only a
 * manifest naming this test run's classes; a fake {@code mvn} on the PATH "builds" that jar and logs it. Each
 * installation's sockets go to a private folder of the test's ({@code XDG_RUNTIME_DIR}), so no server of the
 * user's is touched; every server started here is stopped after each test.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LauncherTest {
  private static final Path REPO = Path.of("").toAbsolutePath();
  private static final Pattern SERVED = Pattern.compile("(\\d+) commands served, (\\d+) running");

  @TempDir Path base;
  private Path runtime;
  private Path bin;
  private Path jar;
  private final List<Path> installations = new ArrayList<>();

  /** A finished process. */
  record Result(int exit, String stdout, String stderr) {}

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(new File("/bin/bash").canExecute(), "the launcher is a bash script");
    runtime = Files.createDirectories(base.resolve("runtime"));
    Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
    bin = Files.createDirectories(base.resolve("bin"));
    jar = base.resolve("classpath.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.offprint.cli.Main");
    StringBuilder classPath = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) classPath.append(Path.of(entry).toAbsolutePath().toUri()).append(' ');
    }
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().trim());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.flush();
    }
    // the fake Maven: logs each build and puts the jar where `mvn package` would
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\necho built >> \"$PWD/mvn.log\"\nmkdir -p target\ncp '" + jar
        + "' target/offprint-0.1.0-all.jar\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterEach
  void stopServers() throws Exception {
    for (Path install : installations) launch(install, base, Map.of(), "daemon", "stop");
  }

  /** {@return a new installation, built (its jar in place) or not} */
  private Path install(String name, boolean built) throws IOException {
    Path install = Files.createDirectories(base.resolve(name));
    Files.copy(REPO.resolve("offprint"), install.resolve("offprint"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(install.resolve("src/main/perl"));
    Files.copy(REPO.resolve("src/main/perl/offprint-client.pl"), install.resolve("src/main/perl/offprint-client.pl"));
    copyTree(REPO.resolve("themes"), install.resolve("themes"));
    if (built) {
      Files.createDirectories(install.resolve("target"));
      Files.copy(jar, install.resolve("target/offprint-all.jar"));
    }
    installations.add(install);
    return install;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  private ProcessBuilder command(Path install, Path cwd, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of("bash", install.resolve("offprint").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    Map<String, String> e = pb.environment();
    e.remove("JAVA_OPTS");
    e.remove("OFFPRINT_DAEMON");
    e.put("PATH", bin + File.pathSeparator + e.getOrDefault("PATH", "/usr/bin:/bin"));
    e.put("XDG_RUNTIME_DIR", runtime.toString());
    e.put("OFFPRINT_CDS", "0"); // no training run: these tests are about behaviour, not speed
    e.putAll(env);
    return pb;
  }

  /** Runs the launcher in {@code cwd} and waits for it. */
  private Result launch(Path install, Path cwd, Map<String, String> env, String... args) throws Exception {
    Path out = Files.createTempFile(base, "out", "");
    Path err = Files.createTempFile(base, "err", "");
    Process p = command(install, cwd, env, args).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the launcher ends");
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** {@return how many commands this installation's server has run, and how many run now; null if none runs} */
  private int[] served(Path install) throws Exception {
    Result r = launch(install, base, Map.of(), "daemon", "status");
    Matcher m = SERVED.matcher(r.stdout());
    return r.exit() == 0 && m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
  }

  private List<String> socketFolder() throws IOException {
    Path folder = runtime.resolve("offprint-" + Files.getAttribute(base, "unix:uid"));
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Path work(int copies) throws IOException {
    Path work = Files.createDirectories(base.resolve("work"));
    for (int i = 0; i < copies; i++) {
      Files.copy(REPO.resolve("input/ledger-2026-02-rent-pressure.html"), work.resolve("page-" + i + ".html"));
    }
    return work;
  }

  @Test
  void noServerStartsUnlessAskedAndDaemonStopStopsOnlyThisInstallations() throws Exception {
    Path a = install("a", true);
    Path b = install("b", true);
    Path work = work(1);
    Result r = launch(a, work, Map.of(), "convert", "page-0.html", "-o", "page.txt");
    assertEquals(0, r.exit(), r.stderr());
    assertEquals("", r.stderr());
    assertEquals(List.of(), socketFolder(), "nothing started behind the user's back");
    assertEquals(1, launch(a, base, Map.of(), "daemon", "status").exit());

    assertEquals(0, launch(a, base, Map.of(), "daemon", "start").exit());
    assertEquals(0, launch(b, base, Map.of(), "daemon", "start").exit());
    Result status = launch(a, base, Map.of(), "daemon", "status");
    assertEquals(0, status.exit(), status.stderr());
    assertTrue(status.stdout().contains("running for " + a), status.stdout());
    assertEquals(0, launch(a, work, Map.of(), "convert", "page-0.html", "-o", "served.txt").exit());
    assertEquals(1, served(a)[0], "the command went through a's server");
    assertEquals(0, served(b)[0]);

    Result stop = launch(a, base, Map.of(), "daemon", "stop");
    assertEquals(0, stop.exit(), stop.stderr());
    assertEquals(1, launch(a, base, Map.of(), "daemon", "status").exit(), "a's server stopped");
    assertEquals(0, launch(b, base, Map.of(), "daemon", "status").exit(), "b's server still runs");
    assertEquals(0, launch(b, base, Map.of(), "daemon", "stop").exit());
    assertEquals(List.of(), socketFolder(), "no socket, lock or log left in the socket's folder");

    Result bad = launch(a, base, Map.of(), "daemon", "restart");
    assertEquals(2, bad.exit());
    assertEquals(1, bad.stderr().lines().count(), bad.stderr());
  }

  @Test
  void aCommandThroughTheServerGetsTheClientsUmaskFolderAndEnvironment() throws Exception {
    Path a = install("a", true);
    Path work = work(1);
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1700000000");
    Result own = launch(a, work, Map.of("SOURCE_DATE_EPOCH", "1700000000", "OFFPRINT_DAEMON", "0"),
        "convert", "page-0.html", "--to", "epub", "-d", "own");
    assertEquals(0, own.exit(), own.stderr());
    assertEquals(0, launch(a, base, Map.of(), "daemon", "start").exit());

    int before = served(a)[0];
    ProcessBuilder umask077 = new ProcessBuilder("sh", "-c", "umask 077 && exec bash \"$0\" \"$@\"",
        a.resolve("offprint").toString(), "convert", "page-0.html", "--to", "epub,md", "-d", "private");
    umask077.directory(work.toFile()).environment().putAll(command(a, work, env).environment());
    Process p = umask077.redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), said);
    assertEquals(before + 1, served(a)[0], "it ran in the server");
    assertEquals("rw-------", mode(work.resolve("private/page-0.epub")));
    assertEquals("rw-------", mode(work.resolve("private/page-0.md")));
    assertEquals("rwx------", mode(work.resolve("private")));
    Path sideFolder = work.resolve("private/page-0.assets");
    if (Files.exists(sideFolder)) assertEquals("rwx------", mode(sideFolder));
    assertArrayEquals(Files.readAllBytes(work.resolve("own/page-0.epub")),
        Files.readAllBytes(work.resolve("private/page-0.epub")), "the same bytes as a process of its own");

    ProcessBuilder umask002 = new ProcessBuilder("sh", "-c", "umask 002 && exec bash \"$0\" \"$@\"",
        a.resolve("offprint").toString(), "convert", "page-0.html", "-o", "open/page.txt");
    umask002.directory(work.toFile()).environment().putAll(command(a, work, env).environment());
    assertEquals(0, umask002.start().waitFor());
    assertEquals("rw-rw-r--", mode(work.resolve("open/page.txt")));
    assertEquals("rwxrwxr-x", mode(work.resolve("open")));

    // another time zone and locale of the same character set: the same server runs it
    Map<String, String> elsewhere = new HashMap<>(env);
    elsewhere.put("TZ", "Pacific/Auckland");
    elsewhere.put("LC_ALL", "de_DE." + System.getProperty("sun.jnu.encoding"));
    int now = served(a)[0];
    Result tz = launch(a, work, elsewhere, "convert", "page-0.html", "--to", "epub", "-d", "tz");
    assertEquals(0, tz.exit(), tz.stderr());
    assertEquals(now + 1, served(a)[0], "no other server needed");
    assertArrayEquals(Files.readAllBytes(work.resolve("own/page-0.epub")), Files.readAllBytes(work.resolve("tz/page-0.epub")));

    // bundle goes through it too, in the client's folder
    now = served(a)[0];
    Result bundle = launch(a, work, env, "bundle", "page-0.html", "-o", "book/one.epub", "-q");
    assertEquals(0, bundle.exit(), bundle.stderr());
    assertTrue(Files.size(work.resolve("book/one.epub")) > 1000);
    assertEquals(now + 1, served(a)[0], "bundle ran in the server");
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void theClientsDeathOrASignalCancelsTheCommandAndNothingMoreIsWritten() throws Exception {
    Path a = install("a", true);
    Path work = work(60);
    assertEquals(0, launch(a, base, Map.of(), "daemon", "start").exit());
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 60; i++) pages.add("page-" + i + ".html");
    for (boolean kill : List.of(true, false)) {
      Path out = work.resolve(kill ? "killed" : "terminated");
      List<String> args = new ArrayList<>(List.of("convert"));
      args.addAll(pages);
      args.addAll(List.of("--to", "epub,pdf", "-d", out.getFileName().toString()));
      Process client = command(a, work, Map.of(), args.toArray(new String[0]))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      // begun, with its writers warm: the first outputs are in place
      for (int i = 0; i < 600 && done(out) < 2; i++) Thread.sleep(50);
      assertTrue(done(out) >= 2, "the batch has begun");
      if (kill) client.destroyForcibly(); else client.destroy(); // SIGKILL: the client dies; SIGTERM: a signal
      assertTrue(client.waitFor(10, TimeUnit.SECONDS));
      Thread.sleep(1000);
      List<String> oneSecondLater = list(out);
      Thread.sleep(2000);
      assertEquals(oneSecondLater, list(out), "nothing written more than a second after the client went");
      assertTrue(oneSecondLater.size() < 120, "the batch did not run to its end: " + oneSecondLater.size());
      assertTrue(oneSecondLater.stream().noneMatch(n -> n.endsWith(".part")), "no partial file: " + oneSecondLater);
      assertEquals(0, served(a)[1], "the server runs nothing now");
    }
  }

  private static long done(Path folder) throws IOException {
    return list(folder).stream().filter(n -> !n.endsWith(".part")).count();
  }

  private static List<String> list(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aRebuiltJarStopsTheServerAtTheNextCommandWhichStillRuns() throws Exception {
    Path a = install("a", true);
    assertEquals(0, launch(a, base, Map.of(), "daemon", "start").exit());
    Path rebuilt = a.resolve("target/offprint-all.jar.tmp");
    Files.copy(jar, rebuilt);
    Files.move(rebuilt, a.resolve("target/offprint-all.jar"), StandardCopyOption.REPLACE_EXISTING);
    Result r = launch(a, base, Map.of(), "--version");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().startsWith("offprint "), r.stdout());
    // the old server says so when it gets the command; under load it may already have stopped by itself, having
    // seen the new jar at the end of the start command's own connection: either way the command ran on its own
    assertTrue(r.stderr().contains("older build") || r.stderr().isBlank(), r.stderr());
    for (int i = 0; i < 100 && !socketFolder().isEmpty(); i++) Thread.sleep(100);
    assertEquals(1, launch(a, base, Map.of(), "daemon", "status").exit(), "the old server stopped");
    assertEquals(List.of(), socketFolder(), "and left nothing behind");
  }

  @Test
  void theLauncherSaysWhyItBuildsAndReadsThemesFromTheirFolders() throws Exception {
    Path c = install("c", false);
    Result first = launch(c, base, Map.of(), "--version");
    assertEquals(0, first.exit(), first.stderr());
    assertTrue(first.stderr().startsWith("offprint: building the jar with Maven, as there is no jar yet"), first.stderr());

    Path source = Files.createDirectories(c.resolve("src/main/java")).resolve("Changed.java");
    Files.writeString(source, "class Changed {}");
    Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Result second = launch(c, base, Map.of(), "--version");
    assertTrue(second.stderr().contains("as src/main/java/Changed.java changed since the last build"), second.stderr());
    Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(0));
    assertEquals(2, Files.readAllLines(c.resolve("mvn.log")).size());

    // a theme added to the installation: there at once, with no build
    copyTree(c.resolve("themes/sans"), c.resolve("themes/ink"));
    Path props = c.resolve("themes/ink/theme.properties");
    Files.writeString(props, Files.readString(props).replaceFirst("(?m)^description *=.*$", "description = Ink on paper"));
    Result themes = launch(c, base, Map.of(), "themes");
    assertEquals(0, themes.exit(), themes.stderr());
    assertEquals("", themes.stderr(), "no build for a theme");
    assertTrue(themes.stdout().lines().anyMatch(l -> l.startsWith("ink") && l.contains("Ink on paper")), themes.stdout());
    assertEquals(2, Files.readAllLines(c.resolve("mvn.log")).size());

    // a theme removed: gone at once
    Path work = work(1);
    assertEquals(0, launch(c, work, Map.of(), "convert", "page-0.html", "--theme", "ink", "-o", "ink.html").exit());
    try (Stream<Path> files = Files.walk(c.resolve("themes/print"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Result listed = launch(c, base, Map.of(), "themes");
    assertFalse(listed.stdout().contains("print"), listed.stdout());
    Result gone = launch(c, work, Map.of(), "convert", "page-0.html", "--theme", "print", "-o", "p.html");
    assertEquals(2, gone.exit(), gone.stderr());
    assertEquals(1, gone.stderr().lines().count(), gone.stderr());
    assertTrue(gone.stderr().startsWith("offprint: Unknown theme 'print'"), gone.stderr());
    assertEquals(2, Files.readAllLines(c.resolve("mvn.log")).size(), "no build for either");
  }

  @Test
  void aFailedBuildShowsItsLogExitsWith1AndRunsNothing() throws Exception {
    Path e = install("e", false);
    Path failing = Files.createDirectories(base.resolve("failing-bin")).resolve("mvn");
    Files.writeString(failing, "#!/bin/sh\necho 'COMPILATION ERROR: Broken.java:[3,1] class expected'\nexit 1\n");
    Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = Map.of("PATH", failing.getParent() + File.pathSeparator + System.getenv("PATH"));
    Result r = launch(e, base, env, "--version");
    assertEquals(1, r.exit(), r.stderr());
    assertEquals("", r.stdout(), "nothing ran");
    assertTrue(r.stderr().contains("building the jar with Maven failed; the build log follows"), r.stderr());
    assertTrue(r.stderr().contains("COMPILATION ERROR: Broken.java:[3,1] class expected"), r.stderr());
    assertFalse(Files.exists(e.resolve("target/offprint-all.jar")), "no jar is left to run");
  }

  @Test
  void theLauncherPassesTheExitCodesAndJavaOptsOfTheProgram() throws Exception {
    Path d = install("d", true);
    Path work = work(1);
    Result missing = launch(d, work, Map.of(), "convert", "no-such-page.html", "-o", "x.txt");
    assertEquals(3, missing.exit(), missing.stderr()); // ExitCodes.INPUT
    assertEquals(1, missing.stderr().lines().count(), missing.stderr());
    assertTrue(missing.stderr().startsWith("offprint: ") && missing.stderr().contains("no-such-page.html"),
        missing.stderr());
    assertFalse(Files.exists(work.resolve("x.txt")));

    Result usage = launch(d, work, Map.of(), "convert", "page-0.html", "--to", "docx");
    assertEquals(2, usage.exit(), usage.stderr()); // ExitCodes.USAGE
    assertEquals(1, usage.stderr().lines().count(), usage.stderr());
    assertTrue(usage.stderr().contains("docx"), usage.stderr());
    assertEquals("", usage.stdout());

    // JAVA_OPTS reaches the JVM: an option it does not know stops it before offprint runs
    Result opts = launch(d, work, Map.of("JAVA_OPTS", "-XX:NoSuchOffprintOption"), "convert", "page-0.html",
        "-o", "y.txt");
    assertTrue(opts.exit() != 0, "the JVM refused the option");
    assertTrue(opts.stderr().contains("NoSuchOffprintOption"), opts.stderr());
    assertFalse(Files.exists(work.resolve("y.txt")));
    assertEquals(0, launch(d, work, Map.of("JAVA_OPTS", "-Xmx256m"), "convert", "page-0.html", "-o", "z.txt").exit());
    assertTrue(Files.readString(work.resolve("z.txt")).contains("Rent"), "a known option runs the command");
    assertFalse(Files.exists(d.resolve("mvn.log")), "a built installation does not build again");
  }
}
