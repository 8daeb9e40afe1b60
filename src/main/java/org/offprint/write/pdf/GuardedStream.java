package org.offprint.write.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Keeps the first I/O failure of the caller's stream, which OpenPDF would otherwise wrap without a cause. */
final class GuardedStream extends FilterOutputStream {
  IOException failure;

  GuardedStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      if (failure == null) failure = e;
      throw e;
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      if (failure == null) failure = e;
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      if (failure == null) failure = e;
      throw e;
    }
  }

  @Override
  public void close() {
    // the caller owns the stream
  }
}
