package org.offprint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.offprint.read.InputException;

/** Reads cookies for a host from a Netscape-format cookie file (as curl and browsers' extensions write). */
final class CookieFile {
  private CookieFile() {}

  /** {@return the Cookie header value for {@code host}, or {@code ""}} */
  static String header(Path file, String host) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read the cookie file (" + Outputs.describe(e) + ")");
    }
    String h = host.toLowerCase(Locale.ROOT);
    List<String> pairs = new ArrayList<>();
    for (String line : lines) {
      String l = line.startsWith("#HttpOnly_") ? line.substring("#HttpOnly_".length()) : line;
      if (l.isBlank() || l.startsWith("#")) continue;
      String[] f = l.split("\t");
      if (f.length < 7) continue;
      String domain = f[0].toLowerCase(Locale.ROOT);
      String bare = domain.startsWith(".") ? domain.substring(1) : domain;
      if (h.equals(bare) || h.endsWith("." + bare)) pairs.add(f[5] + "=" + f[6]);
    }
    return String.join("; ", pairs);
  }
}
