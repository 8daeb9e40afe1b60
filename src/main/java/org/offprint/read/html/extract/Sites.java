package org.offprint.read.html.extract;

import java.util.Locale;

/** The site an absolute address belongs to: its host's registered name, without the sub-domains. */
final class Sites {
  private Sites() {}

  /**
   * {@return the site of {@code url}: the last two labels of its host ({@code sport.example.de} gives
   * {@code example.de}), three under a country's second level ({@code news.example.co.uk} gives
   * {@code example.co.uk}); "" for a relative address or none}
   */
  static String of(String url) {
    String u = url.trim();
    int scheme = u.indexOf("://");
    if (scheme < 0 || scheme > 5) return "";
    int start = scheme + 3;
    int end = start;
    while (end < u.length() && "/?#:".indexOf(u.charAt(end)) < 0) end++;
    String host = u.substring(start, end).toLowerCase(Locale.ROOT);
    int at = host.lastIndexOf('@');
    if (at >= 0) host = host.substring(at + 1);
    String[] labels = host.split("\\.");
    int n = labels.length;
    if (n < 2) return host;
    boolean secondLevel = n >= 3 && labels[n - 1].length() == 2 && labels[n - 2].length() <= 3;
    int keep = secondLevel ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
  }
}
