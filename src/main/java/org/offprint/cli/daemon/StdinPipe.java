package org.offprint.cli.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A command's standard input in the server: nothing is asked of the client until the command first reads; then
 * the chunks the client sends arrive here, until its end or until the client goes away.
 */
final class StdinPipe extends InputStream {
  private static final byte[] END = new byte[0];
  private static final byte[] GONE = new byte[0];

  private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
  private final Runnable ask;
  private boolean asked;
  private byte[] current = new byte[0];
  private int pos;
  private boolean ended;

  /** @param ask sends the client its request for standard input; run once, on the first read */
  StdinPipe(Runnable ask) {
    this.ask = ask;
  }

  /** A chunk from the client. */
  void add(byte[] chunk) {
    chunks.add(chunk);
  }

  /** The client's standard input has ended. */
  void end() {
    chunks.add(END);
  }

  /** The client went away: a read now fails, rather than waiting forever. */
  void gone() {
    chunks.add(GONE);
  }

  @Override
  public synchronized int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) return 0;
    if (!asked) {
      asked = true;
      ask.run();
    }
    while (pos == current.length) {
      if (ended) return -1;
      byte[] next;
      try {
        next = chunks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading standard input");
      }
      if (next == GONE) {
        chunks.add(GONE);
        throw new IOException("the client went away");
      }
      if (next == END) {
        ended = true;
        return -1;
      }
      current = next;
      pos = 0;
    }
    int n = Math.min(len, current.length - pos);
    System.arraycopy(current, pos, b, off, n);
    pos += n;
    return n;
  }
}
