package org.offprint.cli.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.offprint.cli.Invocation;
import org.offprint.cli.OffprintCommand;

/**
 * offprint's background server: one JVM, started by {@code offprint daemon start} for one installation, that
 * runs the commands of the same user, so that each costs a warm run instead of a JVM start-up. It listens on a
 * Unix-domain socket in a folder only its user can enter, answers only that user's processes, runs each command
 * with its client's folder, environment, umask and streams (and cancels it when the client goes away), and stops
 * after a while without commands, when asked, or at the first command after the jar it was started from changed.
 * When it stops it leaves nothing in the socket's folder.
 *
 * <p>{@code Server SOCKET IDLE_SECONDS [JAR]}; the launcher starts it.
 */
public final class Server {
  private final Path socket;
  private final Duration idle;
  private final Optional<Path> watched;
  private final Optional<String> watchedStamp;
  private final java.time.Instant started = java.time.Instant.now();
  private final java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
  private final UserPrincipal owner;
  private final AtomicInteger active = new AtomicInteger();
  private volatile long lastActivity = System.nanoTime();
  private volatile ServerSocketChannel listener;

  /**
   * @param socket where to listen; its folder must be the user's own, closed to others
   * @param idle how long to wait for a command before stopping
   * @param watched a file (the jar) whose change stops the server after the command that notices it
   * @throws IOException when the folder is not private
   */
  public Server(Path socket, Duration idle, Optional<Path> watched) throws IOException {
    this.socket = socket.toAbsolutePath();
    this.idle = idle;
    this.watched = watched;
    this.watchedStamp = watched.isPresent() ? Optional.of(stamp(watched.get())) : Optional.empty();
    this.owner = checkPrivate(this.socket.getParent());
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: Server SOCKET IDLE_SECONDS [JAR]");
      System.exit(2);
    }
    Server server = new Server(Path.of(args[0]), Duration.ofSeconds(Long.parseLong(args[1])),
        args.length == 3 ? Optional.of(Path.of(args[2])) : Optional.empty());
    Thread warm = new Thread(Server::warmUp, "offprint-warm-up");
    warm.setDaemon(true);
    warm.start();
    server.serve();
  }

  /**
   * {@return whether a client with this environment sees the same character set as this JVM} (from
   * {@code LC_ALL}, {@code LC_CTYPE} or {@code LANG}, as the C library reads them): file names and messages are
   * then the same bytes as in a process of its own. The rest of a locale and the time zone ({@code TZ}) change
   * nothing offprint does, so any client with the same character set is served.
   */
  static boolean speaks(Map<String, String> env) {
    // the server's own setting: whatever the C library made of it (even a locale not installed), the same
    if (locale(env).equals(locale(System.getenv()))) return true;
    Optional<java.nio.charset.Charset> theirs = codeset(env);
    String ours = System.getProperty("sun.jnu.encoding", "");
    try {
      return theirs.isPresent() && theirs.get().equals(java.nio.charset.Charset.forName(ours));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** {@return the character set a process with this environment gets, if the locale's name says it} */
  static Optional<java.nio.charset.Charset> codeset(Map<String, String> env) {
    String locale = locale(env);
    if (locale.isEmpty() || locale.equals("C") || locale.equals("POSIX")) {
      return Optional.of(java.nio.charset.StandardCharsets.US_ASCII);
    }
    int dot = locale.indexOf('.');
    if (dot < 0) return Optional.empty(); // en_US alone: the system's default for it, which we cannot know
    String set = locale.substring(dot + 1).replaceFirst("@.*$", "");
    try {
      return Optional.of(java.nio.charset.Charset.forName(set));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@return the locale that sets the character set: the first of LC_ALL, LC_CTYPE and LANG that is set} */
  private static String locale(Map<String, String> env) {
    for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
      String v = env.get(name);
      if (v != null && !v.isEmpty()) return v;
    }
    return "";
  }

  /** {@return this server in one line, for {@code offprint daemon status}} */
  String describe() {
    return "pid " + ProcessHandle.current().pid() + ", up since " + started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        + ", " + served.get() + " commands served, " + Math.max(0, active.get() - 1) + " running"
        + watched.map(j -> ", jar " + j).orElse("") + "\n";
  }

  /** Counts a command run, for {@link #describe()}. */
  void served() {
    served.incrementAndGet();
  }

  /** {@return true once the jar this server runs has been replaced} */
  boolean stale() {
    return jarChanged();
  }

  /**
   * Listens until stopped: {@link #stop()}, a STOP request, the idle time without commands, or a change of the
   * watched jar. Returns without listening if another server keeps the socket's lock for 5 s.
   */
  public void serve() throws IOException {
    Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
    FileChannel lockChannel = lock(lockFile);
    if (lockChannel == null) return; // another server holds the socket
    try (lockChannel) {
      Files.deleteIfExists(socket); // left by a server that was killed
      try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        channel.bind(UnixDomainSocketAddress.of(socket));
        listener = channel;
        Thread idleWatch = new Thread(this::watchIdle, "offprint-idle");
        idleWatch.setDaemon(true);
        idleWatch.start();
        while (true) {
          SocketChannel client;
          try {
            client = channel.accept();
          } catch (ClosedChannelException e) {
            break;
          }
          if (!sameUser(client)) {
            client.close();
            continue;
          }
          active.incrementAndGet();
          Thread t = new Thread(() -> {
            try {
              new Connection(client, this).run();
            } finally {
              lastActivity = System.nanoTime();
              // the jar is looked at before the command counts as done: whoever sees no command running knows
              // that the last one's look has been taken
              boolean changed = jarChanged();
              active.decrementAndGet();
              if (changed) stop();
            }
          }, "offprint-client");
          t.start();
        }
      } finally {
        Files.deleteIfExists(socket);
        // removed while still locked: a server waiting for the lock then finds its file gone and makes a new one
        Files.deleteIfExists(lockFile);
      }
    }
  }

  /**
   * {@return the socket's lock file, open and locked, or null if another server keeps it for 5 s} (a server told
   * to stop releases it as soon as it stops listening, and removes it)
   */
  private static FileChannel lock(Path lockFile) throws IOException {
    for (int i = 0; i < 50; i++) {
      FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      Object opened = fileKey(lockFile);
      FileLock lock = channel.tryLock();
      if (lock != null && opened != null && opened.equals(fileKey(lockFile))) return channel;
      channel.close();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  /** {@return how many clients are being served now} */
  int running() {
    return active.get();
  }

  /** Stops listening; commands already running finish. */
  public void stop() {
    ServerSocketChannel l = listener;
    try {
      if (l != null) l.close();
    } catch (IOException e) {
      // closing is all that was asked
    }
  }

  private void watchIdle() {
    long collected = lastActivity;
    while (listener.isOpen()) {
      try {
        Thread.sleep(Math.min(1000, Math.max(10, idle.toMillis() / 4)));
      } catch (InterruptedException e) {
        return;
      }
      long quiet = System.nanoTime() - lastActivity;
      if (active.get() == 0 && quiet > idle.toNanos()) stop();
      // A few seconds after the last command, give the memory it used back to the system: a full collection
      // shrinks the old generation again (the launcher gives the young one 64 MB, room for a cover's arrays: with
      // a tight heap, each convert paid for full collections).
      if (active.get() == 0 && quiet > TIDY_AFTER.toNanos() && collected != lastActivity) {
        collected = lastActivity;
        System.gc();
      }
    }
  }

  private static final Duration TIDY_AFTER = Duration.ofSeconds(5);

  /** {@return the identity of the file at {@code path}, or null if there is none} */
  private static Object fileKey(Path path) {
    try {
      return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  private boolean jarChanged() {
    try {
      return watched.isPresent() && !stamp(watched.get()).equals(watchedStamp.get());
    } catch (IOException e) {
      return true; // the jar is gone
    }
  }

  /** {@return the jar's identity: its file (a rebuild moves a new one into place), size and time} */
  private static String stamp(Path jar) throws IOException {
    var a = Files.readAttributes(jar, java.nio.file.attribute.BasicFileAttributes.class);
    return a.fileKey() + "/" + a.size() + "/" + a.lastModifiedTime().toMillis();
  }

  /** {@return true when the peer process runs as the folder's owner, the user this server serves} */
  private boolean sameUser(SocketChannel client) {
    try {
      UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
      return peer.user().equals(owner);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * {@return the folder's owner} @throws IOException unless the folder belongs to this process's user and only
   * that user may enter it (rwx------)
   */
  static UserPrincipal checkPrivate(Path folder) throws IOException {
    UserPrincipal folderOwner = Files.getOwner(folder);
    Path probe = Files.createTempFile(folder, ".owner", "");
    try {
      if (!Files.getOwner(probe).equals(folderOwner)) throw new IOException(folder + ": not owned by this user");
    } finally {
      Files.deleteIfExists(probe);
    }
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(folder);
    if (!mode.equals(PosixFilePermissions.fromString("rwx------"))) {
      throw new IOException(folder + ": others may enter it (" + PosixFilePermissions.toString(mode) + "); need rwx------");
    }
    return folderOwner;
  }

  /**
   * Runs a built-in page through the real command line a few times, so that the first client's command finds
   * the classes loaded and the hot code compiled.
   */
  static void warmUp() {
    try {
      Path dir = Files.createTempDirectory("offprint-warm-up");
      try (InputStream page = Server.class.getResourceAsStream("/org/offprint/cli/warm-up.html")) {
        if (page == null) return;
        Files.copy(page, dir.resolve("warm-up.html"));
      }
      PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream());
      Invocation run = Invocation.of(dir, Map.of(), InputStream.nullInputStream(), nowhere, nowhere);
      for (int i = 0; i < 5; i++) {
        String[] args = {"convert", "warm-up.html", "--to", "epub,pdf,md,html,txt", "-q"};
        OffprintCommand.execute(args, run);
      }
      String[] inspect = {"inspect", "warm-up.html"};
      OffprintCommand.execute(inspect, run);
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException | RuntimeException e) {
      // a failed warm-up only leaves the first command to load what it needs
    }
  }
}
