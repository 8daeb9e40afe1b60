package org.offprint.write.epub;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque image as an 8-bit RGB PNG, fast: every row is filtered "Up", which turns the flat colour of
 * a drawn cover into zeros, and deflated at the fastest level. ImageIO's encoder took several times as long.
 */
final class PngEncoder {
  private PngEncoder() {}

  static byte[] encode(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    byte[] raw = new byte[(w * 3 + 1) * h];
    int[] pixels = pixels(img);
    int p = 0;
    for (int y = 0; y < h; y++) {
      raw[p++] = 2; // filter type Up: each byte minus the byte above
      int at = y * w;
      if (y == 0) {
        for (int x = 0; x < w; x++) {
          int c = pixels[at + x];
          raw[p++] = (byte) (c >> 16);
          raw[p++] = (byte) (c >> 8);
          raw[p++] = (byte) c;
        }
        continue;
      }
      for (int x = 0; x < w; x++) {
        int c = pixels[at + x];
        int a = pixels[at - w + x];
        if (c == a) {
          p += 3; // the array is zero already
          continue;
        }
        raw[p++] = (byte) ((c >> 16) - (a >> 16));
        raw[p++] = (byte) ((c >> 8) - (a >> 8));
        raw[p++] = (byte) (c - a);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    byte[] ihdr = new byte[13];
    int32(ihdr, 0, w);
    int32(ihdr, 4, h);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type RGB; compression, filter and interlace methods stay 0
    chunk(out, "IHDR", ihdr);
    chunk(out, "IDAT", deflate(raw));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** {@return the pixels as 0xRRGGBB, without a copy when the image is {@code TYPE_INT_RGB}} */
  private static int[] pixels(BufferedImage img) {
    if (img.getType() == BufferedImage.TYPE_INT_RGB
        && img.getRaster().getDataBuffer() instanceof DataBufferInt buffer
        && buffer.getNumBanks() == 1 && buffer.getData().length == img.getWidth() * img.getHeight()) {
      return buffer.getData();
    }
    return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
  }

  private static byte[] deflate(byte[] raw) {
    Deflater d = new Deflater(Deflater.BEST_SPEED);
    try {
      d.setInput(raw);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 20 + 64);
      byte[] buf = new byte[65536];
      while (!d.finished()) out.write(buf, 0, d.deflate(buf));
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] len = new byte[4];
    int32(len, 0, data.length);
    out.writeBytes(len);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    byte[] c = new byte[4];
    int32(c, 0, (int) crc.getValue());
    out.writeBytes(c);
  }

  private static void int32(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
