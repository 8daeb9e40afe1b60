package org.offprint.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire format between {@link Client} and {@link Server}, on a Unix-domain socket. The client sends one
 * {@link Request}; the server answers with frames of a kind byte, a length and that many bytes: standard output,
 * standard error, a request for standard input (which the client then sends as frames of a length and bytes,
 * length 0 for its end), and last the exit code. The client knows nothing of offprint's classes, so that it
 * starts as fast as a JVM can.
 */
final class Frames {
  private Frames() {}

  /** Guards against a client and server of different offprint builds meeting. */
  static final int MAGIC = 0x4f465032; // "OFP2"

  /** Request kinds. */
  static final byte RUN = 1;
  static final byte STOP = 2;
  static final byte PING = 3;

  /** Answer frame kinds. */
  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte WANT_STDIN = 3;
  static final byte EXIT = 4;

  /**
   * The client's exit code when no server ran the command (none answered, or one on its way out): the launcher
   * then runs the command itself and starts a server. Not an offprint exit code.
   */
  static final int NOT_RUN = 250;

  /**
   * The client's exit code when the server leaves the command to a process of its own (the client's locale has
   * another character set than the server's, so file names and messages would not be the same): the launcher runs
   * it. Not an offprint exit code.
   */
  static final int NOT_SERVED = 251;

  /** {@return a control request (stop, ping)} */
  static Request control(byte kind) {
    return new Request(kind, "", List.of(), Map.of(), false, -1);
  }

  /**
   * One command as the client's shell started it.
   *
   * @param umask the client's umask, or -1 if it could not tell
   */
  record Request(byte kind, String cwd, List<String> args, Map<String, String> env, boolean terminal, int umask) {
    void write(DataOutputStream out) throws IOException {
      out.writeInt(MAGIC);
      out.writeByte(kind);
      writeString(out, cwd);
      out.writeInt(args.size());
      for (String a : args) writeString(out, a);
      out.writeInt(env.size());
      for (Map.Entry<String, String> e : env.entrySet()) {
        writeString(out, e.getKey());
        writeString(out, e.getValue());
      }
      out.writeBoolean(terminal);
      out.writeInt(umask);
      out.flush();
    }

    /** Reads a request whose {@link #MAGIC} has been read. */
    static Request read(DataInputStream in) throws IOException {
      byte kind = in.readByte();
      String cwd = readString(in);
      int n = count(in);
      List<String> args = new ArrayList<>(n);
      for (int i = 0; i < n; i++) args.add(readString(in));
      int m = count(in);
      Map<String, String> env = new LinkedHashMap<>();
      for (int i = 0; i < m; i++) env.put(readString(in), readString(in));
      boolean terminal = in.readBoolean();
      int umask = in.readInt();
      if (umask < -1 || umask > 0777) throw new IOException("bad umask " + umask);
      return new Request(kind, cwd, args, env, terminal, umask);
    }
  }

  /**
   * {@return a stream that reads the channel}. Not {@code Channels.newInputStream}: its streams hold the
   * channel's blocking lock while they wait, so a write could not pass a read that waits for the peer.
   */
  static InputStream in(SocketChannel channel) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
      }
    };
  }

  /** {@return a stream that writes to the channel} (see {@link #in}) */
  static OutputStream out(SocketChannel channel) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
        while (buffer.hasRemaining()) channel.write(buffer);
      }
    };
  }

  /** Writes one answer frame. */
  static void frame(DataOutputStream out, byte kind, byte[] bytes, int off, int len) throws IOException {
    out.writeByte(kind);
    out.writeInt(len);
    out.write(bytes, off, len);
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] b = new byte[count(in)];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** {@return a length or count, refused past 64 MB so that a stray peer cannot make the server allocate much} */
  static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (64 << 20)) throw new IOException("bad length " + n);
    return n;
  }
}
