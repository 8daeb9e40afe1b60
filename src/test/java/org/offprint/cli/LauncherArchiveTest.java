package org.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive the launcher writes on JDK 17 and 18 (a static one, from the class list of a training
 * convert) holds offprint's and jsoup's classes: a convert loads them from it, and, read by {@link PlainConvert},
 * sets up no picocli parser. A real installation: the launcher, the themes, the pages it trains on,
 * and a jar of this build's classes (an archive cannot hold classes read from folders).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LauncherArchiveTest {
  private static final Path REPO = Path.of("").toAbsolutePath();

  @TempDir Path install;

  @Test
  void aConvertLoadsOffprintFromTheArchiveAndNoPicocliParser() throws Exception {
    int jdk = Runtime.version().feature();
    assumeTrue(jdk < 19, "JDK 19-23 keep a dynamic archive and JDK 24+ an AOT cache, not this static one");
    assumeTrue(new File("/bin/bash").canExecute(), "the launcher is a bash script");
    install();

    Path log = install.resolve("classes.log");
    ProcessBuilder pb = new ProcessBuilder("bash", install.resolve("offprint").toString(), "convert",
        install.resolve("input/ledger-2026-02-rent-pressure.html").toString(), "-o", "a.md", "-q")
        .directory(install.toFile()).redirectOutput(log.toFile()).redirectError(install.resolve("err").toFile());
    pb.environment().put("OFFPRINT_DAEMON", "0");
    pb.environment().remove("OFFPRINT_CDS");
    pb.environment().put("JAVA_OPTS", "-Xlog:class+load -Xlog:cds");
    Process p = pb.start();
    assertTrue(p.waitFor(150, TimeUnit.SECONDS), "the launcher ends");
    String err = Files.readString(install.resolve("err"));
    assertEquals(0, p.exitValue(), err);
    assertTrue(err.contains("writing the class-data archive"), err);
    assertTrue(Files.exists(install.resolve("target/offprint-jdk" + jdk + ".jsa")), "the archive is written");

    List<String> lines = Files.readAllLines(log);
    for (String name : List.of("org.offprint.cli.PlainConvert", "org.offprint.cli.ConvertCommand",
        "org.offprint.read.html.HtmlReader", "org.jsoup.parser.HtmlTreeBuilder")) {
      String line = lines.stream().filter(l -> l.contains(" " + name + " ")).findFirst().orElse("not loaded");
      assertTrue(line.contains("source: shared objects file"), name + ": " + line);
    }
    // a plain convert sets up no picocli model (PlainConvert)
    assertTrue(lines.stream().noneMatch(l -> l.contains(" picocli.CommandLine$Interpreter ")), "picocli's parser is loaded");
    // with G1 the archive's heap objects are used, the module graph among them, and the archive is mapped where
    // it was written rather than at a random address whose pointers the JVM must then fix up
    // (heap objects need compressed object pointers: a default heap under 32 GB, as on any machine under 128 GB)
    if (compressedOops()) {
      assertTrue(lines.stream().anyMatch(l -> l.contains("full module graph: enabled")), "no archived module graph");
    }
    assertTrue(lines.stream().noneMatch(l -> l.contains("at an alternative address")), "the archive was relocated");
    // G1 is for such short commands; a bundle, even a book's update (a short command too), keeps the serial collector
    Files.writeString(install.resolve("a.epub"), "a book, for --update to name");
    assertTrue(flag(true, "UseG1GC", "--version").matches(".* = true .*\\{command line\\}.*"));
    assertTrue(flag(true, "UseSerialGC", "bundle", "--update", "a.epub", "--help")
        .matches(".* = true .*\\{command line\\}.*"));
  }

  /** On one or two cores a short command runs with one compiler thread, which leaves a core to the command. */
  @Test
  void onOneCoreAShortCommandHasOneCompilerThread() throws Exception {
    assumeTrue(new File("/bin/bash").canExecute(), "the launcher is a bash script");
    assumeTrue(new File("/usr/bin/taskset").canExecute(), "taskset (util-linux) runs the launcher on one core");
    install();
    ProcessBuilder pb = new ProcessBuilder("taskset", "-c", "0", "bash", install.resolve("offprint").toString(),
        "--version").directory(install.toFile()).redirectErrorStream(true);
    pb.environment().put("OFFPRINT_DAEMON", "0");
    pb.environment().put("OFFPRINT_CDS", "0");
    pb.environment().put("JAVA_OPTS", "-XX:+PrintFlagsFinal");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher ends");
    assertEquals(0, p.exitValue(), out);
    String line = out.lines().filter(l -> l.contains(" CICompilerCount ")).findFirst().orElse("none");
    assertTrue(line.matches(".* = 1 .*\\{command line\\}.*"), line);
  }

  /**
   * A short command's C1 inlines only trivial methods and skips two loop passes (its queue of compilations is then
   * done sooner); a bundle keeps the full JIT and the JVM's defaults.
   */
  @Test
  void aShortCommandsCompilerDoesLessAndABundleKeepsTheDefaults() throws Exception {
    assumeTrue(new File("/bin/bash").canExecute(), "the launcher is a bash script");
    install();
    assertTrue(flag("C1MaxInlineSize", "--version").matches(".* = 0 .*\\{command line\\}.*"));
    assertTrue(flag("RangeCheckElimination", "--version").matches(".* = false .*\\{command line\\}.*"));
    assertTrue(flag("UseLoopInvariantCodeMotion", "--version").matches(".* = false .*\\{command line\\}.*"));
    for (String name : List.of("C1MaxInlineSize", "RangeCheckElimination", "UseLoopInvariantCodeMotion")) {
      assertTrue(flag(name, "bundle", "--help").matches(".*\\{default\\}.*"), name);
    }
  }

  private static boolean compressedOops() {
    return java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
        .getVMOption("UseCompressedOops").getValue().equals("true");
  }

  /** {@return the line of {@code -XX:+PrintFlagsFinal} that names the flag, for a launcher run with these args} */
  private String flag(String name, String... args) throws Exception {
    return flag(false, name, args);
  }

  /** {@return the same, with or without the launcher's class-data archive} */
  private String flag(boolean cds, String name, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bash", install.resolve("offprint").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(install.toFile()).redirectErrorStream(true);
    pb.environment().put("OFFPRINT_DAEMON", "0");
    if (cds) pb.environment().remove("OFFPRINT_CDS");
    else pb.environment().put("OFFPRINT_CDS", "0");
    pb.environment().put("JAVA_OPTS", "-XX:+PrintFlagsFinal");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher ends");
    assertEquals(0, p.exitValue(), out);
    return out.lines().filter(l -> l.contains(" " + name + " ")).findFirst().orElse("none");
  }

  /** Copies the launcher, the themes and the training pages into {@link #install}, with a jar of this build. */
  private void install() throws IOException {
    Files.copy(REPO.resolve("offprint"), install.resolve("offprint"));
    copyTree(REPO.resolve("themes"), install.resolve("themes"));
    for (String page : List.of("ledger-2026-02-rent-pressure.html", "fenmoor-courier-aldwick-bridge.html",
        "images/bridge.jpg")) {
      Files.createDirectories(install.resolve("input/" + page).getParent());
      Files.copy(REPO.resolve("input/" + page), install.resolve("input/" + page));
    }
    writeJar(install.resolve("target/offprint-all.jar"));
  }

  /** Writes a jar of the build's classes that names the libraries of the class path in its manifest. */
  private static void writeJar(Path jar) throws IOException {
    Files.createDirectories(jar.getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.offprint.cli.Main");
    StringBuilder classPath = new StringBuilder();
    Path classes = null;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      // relative to the jar: the archive's dump reads a manifest's Class-Path as paths, not URLs
      if (entry.endsWith(".jar")) classPath.append(jar.getParent().relativize(path)).append(' ');
      else if (path.endsWith("classes")) classes = path;
    }
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().trim());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
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
}
