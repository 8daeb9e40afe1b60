package org.offprint.write.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.offprint.theme.Theme;

/**
 * Contrast ratios of colours by the WCAG 2.2 formula, and the check that decides whether a theme's colours let
 * an e-book claim WCAG 2.2 AA. Stateless and thread-safe.
 *
 * <pre>{@code
 * Contrast.ratio("#1b1b1b", "#ffffff");   // 17.2
 * Contrast.problems(theme);               // [] when every text colour reads at 4.5:1 or more
 * }</pre>
 */
public final class Contrast {
  /** The least contrast WCAG 2.2 AA asks of text (success criterion 1.4.3). */
  public static final double TEXT = 4.5;

  private Contrast() {}

  /**
   * {@return the contrast ratio of two colours, from 1 to 21}, or empty when either is not a hex colour
   * ({@code #rgb} or {@code #rrggbb})
   */
  public static Optional<Double> ratio(String a, String b) {
    Optional<Double> la = luminance(a);
    Optional<Double> lb = luminance(b);
    if (la.isEmpty() || lb.isEmpty()) return Optional.empty();
    double hi = Math.max(la.get(), lb.get());
    double lo = Math.min(la.get(), lb.get());
    return Optional.of((hi + 0.05) / (lo + 0.05));
  }

  /** {@return the relative luminance of a hex colour (WCAG 2.2, "relative luminance")}, or empty */
  public static Optional<Double> luminance(String colour) {
    String s = colour.strip().toLowerCase(Locale.ROOT);
    if (!s.matches("#([0-9a-f]{3}|[0-9a-f]{6})")) return Optional.empty();
    if (s.length() == 4) s = "#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3);
    double r = channel(Integer.parseInt(s.substring(1, 3), 16));
    double g = channel(Integer.parseInt(s.substring(3, 5), 16));
    double b = channel(Integer.parseInt(s.substring(5, 7), 16));
    return Optional.of(0.2126 * r + 0.7152 * g + 0.0722 * b);
  }

  private static double channel(int v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /**
   * {@return what keeps a theme's colours from WCAG 2.2 AA in an e-book, or an empty list}: body text, links,
   * titles and muted text (datelines, captions) must each reach {@link #TEXT} against the theme's background
   * and, in the light scheme, against white (a reading system's usual page), and in the dark scheme against the
   * dark background. Links need no contrast with the text around them: the stylesheet underlines them. A theme
   * with a {@code style.css} of its own is not judged (it could undo any of this), and neither is a colour that
   * is not written in hex.
   */
  public static List<String> problems(Theme theme) {
    List<String> out = new ArrayList<>();
    if (!theme.extraCss().isBlank()) out.add("the theme's style.css is not checked");
    check(out, "light", theme.light(), List.of(theme.light().background(), "#ffffff"));
    check(out, "dark", theme.dark(), List.of(theme.dark().background()));
    return List.copyOf(out);
  }

  private static void check(List<String> out, String scheme, Theme.Colors c, List<String> backgrounds) {
    String[][] fg = {{"text", c.text()}, {"link", c.link()}, {"accent", c.accent()}, {"muted", c.muted()}};
    for (String bg : backgrounds) {
      for (String[] f : fg) {
        Optional<Double> r = ratio(f[1], bg);
        if (r.isEmpty()) {
          out.add(scheme + " " + f[0] + " colour " + f[1] + " or background " + bg + " is not a hex colour");
        } else if (r.get() < TEXT) {
          out.add(String.format(Locale.ROOT, "%s %s colour %s on %s has contrast %.2f:1, below %.1f:1", scheme, f[0],
              f[1], bg, r.get(), TEXT));
        }
      }
    }
  }
}
