package org.offprint.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.offprint.cli.Invocation;
import org.offprint.cli.OffprintCommand;

/**
 * One client's command in the server. This thread reads the request, runs the command on a second thread with
 * the client's folder, environment and streams, and meanwhile reads what the client sends: its standard input
 * when the command asks for it, and the end of the connection. A client that goes away before the command ends
 * (Ctrl-C, a signal, its death) cancels it: the command thread is interrupted and stops at its next input or
 * output write, and nothing more is put in place.
 */
final class Connection implements Runnable {
  private final SocketChannel channel;
  private final Server server;

  Connection(SocketChannel channel, Server server) {
    this.channel = channel;
    this.server = server;
  }

  @Override
  public void run() {
    try (channel) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(Frames.in(channel)));
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Frames.out(channel), 1 << 16));
      if (in.readInt() != Frames.MAGIC) {
        // a client of another build: this server is the older one (or the newer, left running by a rollback)
        server.stop();
        return;
      }
      Frames.Request request = Frames.Request.read(in);
      switch (request.kind()) {
        case Frames.RUN -> {
          if (server.stale()) {
            // a rebuilt jar: the command runs in a process of its own (the client's exit code says so), and this
            // server stops
            text(out, Frames.ERR, "offprint: the background server was of an older build and has stopped; "
                + "`offprint daemon start` starts one of this build\n");
            exit(out, Frames.NOT_RUN);
            server.stop();
          } else if (!Server.speaks(request.env())) {
            exit(out, Frames.NOT_SERVED);
          } else {
            server.served();
            serve(request, in, out);
          }
        }
        case Frames.PING -> {
          text(out, Frames.OUT, server.describe());
          exit(out, 0);
        }
        case Frames.STOP -> {
          exit(out, 0);
          server.stop();
        }
        default -> exit(out, Frames.NOT_RUN);
      }
    } catch (IOException e) {
      // a client that sent no valid request, or went away: nothing to answer
    }
  }

  private void serve(Frames.Request request, DataInputStream in, DataOutputStream out) throws IOException {
    AtomicBoolean cancelled = new AtomicBoolean();
    StdinPipe stdin = new StdinPipe(() -> {
      try {
        synchronized (out) {
          Frames.frame(out, Frames.WANT_STDIN, new byte[0], 0, 0);
          out.flush();
        }
      } catch (IOException e) {
        cancelled.set(true);
      }
    });
    PrintStream stdout = new PrintStream(new BufferedOutputStream(new FrameStream(out, Frames.OUT), 1 << 16), false);
    PrintStream stderr = new PrintStream(new FrameStream(out, Frames.ERR), true);
    Invocation invocation = new Invocation(Path.of(request.cwd()), request.env(), stdin, stdout, stderr,
        request.terminal(), cancelled::get, request.umask());
    String[] args = request.args().toArray(new String[0]);
    Thread command = new Thread(() -> {
      int code;
      try {
        code = OffprintCommand.execute(args, invocation);
      } catch (RuntimeException | Error e) {
        stderr.println("offprint: internal error: " + e);
        code = 1;
      }
      stdout.flush();
      stderr.flush();
      try {
        exit(out, code);
        channel.close(); // ends the wait for the client below
      } catch (IOException e) {
        // the client has gone
      }
    }, "offprint-command");
    command.start();
    try {
      while (true) {
        int n = in.readInt();
        if (n == 0) {
          stdin.end();
          continue;
        }
        if (n < 0 || n > (64 << 20)) throw new IOException("bad chunk");
        byte[] chunk = new byte[n];
        in.readFully(chunk);
        stdin.add(chunk);
      }
    } catch (IOException e) {
      // the client closed the connection: normal once it has its exit code, a cancellation before
      if (command.isAlive()) {
        cancelled.set(true);
        command.interrupt(); // ends waits (network, stdin) at once; writes stop at their next call
      }
      stdin.gone();
    }
    try {
      command.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void text(DataOutputStream out, byte kind, String text) throws IOException {
    byte[] bytes = text.getBytes(java.nio.charset.Charset.defaultCharset());
    synchronized (out) {
      Frames.frame(out, kind, bytes, 0, bytes.length);
    }
  }

  private static void exit(DataOutputStream out, int code) throws IOException {
    synchronized (out) {
      out.writeByte(Frames.EXIT);
      out.writeInt(4);
      out.writeInt(code);
      out.flush();
    }
  }
}
