package org.offprint.cli.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** One of a command's output streams in the server, sent to the client as frames of one kind. */
final class FrameStream extends OutputStream {
  private final DataOutputStream socket;
  private final byte kind;

  /** @param socket the connection, shared by both streams: every frame is written whole under its lock */
  FrameStream(DataOutputStream socket, byte kind) {
    this.socket = socket;
    this.kind = kind;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len == 0) return;
    synchronized (socket) {
      Frames.frame(socket, kind, b, off, len);
    }
  }

  @Override
  public void flush() throws IOException {
    synchronized (socket) {
      socket.flush();
    }
  }
}
