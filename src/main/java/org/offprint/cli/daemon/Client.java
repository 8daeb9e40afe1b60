package org.offprint.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * The thin client the launcher runs when a {@link Server} is up: it hands the command, the folder, the
 * environment, the umask and the streams to the server and exits with the command's exit code. It uses the JDK only, so
 * that its JVM starts in about a tenth of the time of one that loads offprint.
 *
 * <p>{@code Client SOCKET [ARG...]} runs a command; {@code Client --stop SOCKET} stops the server and
 * {@code Client --ping SOCKET} says whether one answers (exit code 0) and prints what it says of itself. Exit code {@value Frames#NOT_RUN} means
 * that no server ran the command, and {@value Frames#NOT_SERVED} that the server leaves it to a process of its
 * own: the launcher then runs it.
 */
public final class Client {
  private Client() {}

  public static void main(String[] args) {
    int code;
    if (args.length == 2 && (args[0].equals("--stop") || args[0].equals("--ping"))) {
      code = control(Path.of(args[1]), args[0].equals("--stop") ? Frames.STOP : Frames.PING,
          new FileOutputStream(FileDescriptor.out));
    } else if (args.length == 0) {
      System.err.println("usage: Client SOCKET [ARG...] | --stop SOCKET | --ping SOCKET");
      code = 2;
    } else {
      Frames.Request request = new Frames.Request(Frames.RUN, Path.of("").toAbsolutePath().toString(),
          List.of(args).subList(1, args.length), System.getenv(), System.console() != null, umask());
      code = run(Path.of(args[0]), request, new FileInputStream(FileDescriptor.in),
          new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
    }
    System.exit(code);
  }

  /** {@return 0 when a server answered the control request, else {@value Frames#NOT_RUN}} */
  static int control(Path socket, byte kind) {
    return control(socket, kind, OutputStream.nullOutputStream());
  }

  /** As {@link #control(Path, byte)}, copying the server's answer (its description, for a ping) to {@code out}. */
  static int control(Path socket, byte kind, OutputStream out) {
    return run(socket, Frames.control(kind), InputStream.nullInputStream(), out, OutputStream.nullOutputStream());
  }

  /**
   * {@return this process's umask, or -1} (Linux shows it in /proc/self/status since 4.7; the JDK has no call for
   * it, and the server must give the command the client's)
   */
  static int umask() {
    try {
      for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Umask:")) return Integer.parseInt(line.substring(6).trim(), 8);
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the server's own umask then applies
    }
    return -1;
  }

  /**
   * Sends {@code request} to the server at {@code socket} and copies its answer to {@code stdout} and
   * {@code stderr}, feeding it {@code stdin} when it asks.
   *
   * @return the command's exit code, or {@value Frames#NOT_RUN} if the server did not run it
   */
  static int run(Path socket, Frames.Request request, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
    } catch (IOException | UnsupportedOperationException e) {
      return Frames.NOT_RUN;
    }
    boolean answered = false;
    try (channel) {
      DataOutputStream toServer = new DataOutputStream(new BufferedOutputStream(Frames.out(channel)));
      request.write(toServer);
      DataInputStream fromServer = new DataInputStream(new BufferedInputStream(Frames.in(channel), 1 << 16));
      byte[] buffer = new byte[1 << 16];
      while (true) {
        byte kind = fromServer.readByte();
        answered = true;
        int length = Frames.count(fromServer);
        if (kind == Frames.EXIT) {
          int code = fromServer.readInt();
          flush(stdout);
          flush(stderr);
          return code;
        }
        if (kind == Frames.WANT_STDIN) {
          feed(stdin, toServer);
          continue;
        }
        OutputStream target = kind == Frames.OUT ? stdout : stderr;
        while (length > 0) {
          int n = fromServer.read(buffer, 0, Math.min(length, buffer.length));
          if (n < 0) throw new EOFException();
          write(target, buffer, n);
          length -= n;
        }
        if (kind == Frames.ERR) flush(stderr);
      }
    } catch (IOException e) {
      if (!answered) return Frames.NOT_RUN; // a server on its way out: nothing was done, so run it here
      try {
        stdout.flush();
        stderr.write(("offprint: the background server stopped during the command (" + e
            + "); OFFPRINT_DAEMON=0 runs offprint without it\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        stderr.flush();
      } catch (IOException ignored) {
        // nowhere left to say it
      }
      return 1;
    }
  }

  /**
   * Writes as {@code System.out} does in a command of its own: a closed pipe (as in {@code offprint ... | head})
   * is not the server's failure, and the rest of the output goes nowhere.
   */
  private static void write(OutputStream target, byte[] bytes, int n) {
    try {
      target.write(bytes, 0, n);
    } catch (IOException e) {
      // as PrintStream: the reader has gone
    }
  }

  private static void flush(OutputStream target) {
    try {
      target.flush();
    } catch (IOException e) {
      // as PrintStream
    }
  }

  /** Sends standard input to the server on a thread of its own, so that answers keep flowing meanwhile. */
  private static void feed(InputStream stdin, DataOutputStream toServer) {
    Thread t = new Thread(() -> {
      byte[] chunk = new byte[1 << 16];
      try {
        int n;
        while ((n = stdin.read(chunk)) > 0) {
          synchronized (toServer) {
            toServer.writeInt(n);
            toServer.write(chunk, 0, n);
          }
        }
        synchronized (toServer) {
          toServer.writeInt(0);
          toServer.flush();
        }
      } catch (IOException e) {
        // the server has gone; the main thread sees it too
      }
    }, "offprint-stdin");
    t.setDaemon(true);
    t.start();
  }
}
