package org.offprint.io;

import java.nio.charset.StandardCharsets;

/** Recognises a file's media type from its first bytes, never from its name. */
public final class MediaTypes {
  private MediaTypes() {}

  /** {@return the media type of {@code bytes}, or {@code ""} when it is none of the image types offprint knows} */
  public static String sniff(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
    if (starts(b, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
    if (starts(b, 'G', 'I', 'F', '8')) return "image/gif";
    if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return "image/webp";
    }
    String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading();
    if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) return "image/svg+xml";
    return "";
  }

  private static boolean starts(byte[] b, int... sig) {
    if (b.length < sig.length) return false;
    for (int i = 0; i < sig.length; i++) if ((b[i] & 0xFF) != sig[i]) return false;
    return true;
  }
}
