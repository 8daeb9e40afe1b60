package org.offprint.write.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.offprint.theme.Theme;
import org.offprint.theme.ThemeFiles;

/**
 * The fonts of one rendering: the theme's faces, fallback fonts loaded on demand, and the per-character choice
 * between them. Every font is embedded as an Identity-H subset with a subset prefix seeded from its name, so the
 * same input gives the same bytes. Not thread-safe: one per rendering.
 *
 * <p>We choose fonts per code point ourselves instead of using OpenPDF's {@code FontSelector}, which parses a
 * font on every construction and silently drops characters no font covers (research trap T6).
 */
final class FontSet {
  /** The theme's three font roles. */
  enum Role {
    BODY,
    HEADING,
    CODE
  }

  /** A run of text and the font that draws it; {@code fallback} is true when the theme's face lacked it. */
  record Run(String text, BaseFont font, boolean fallback) {}

  private final Theme theme;
  private final ThemeFiles files;
  private final FallbackFonts fallbacks;
  private final String language;
  private final Map<String, BaseFont> byName = new HashMap<>();
  private final List<BaseFont> loadedFallbacks = new ArrayList<>();
  private final Set<String> triedFallbacks = new LinkedHashSet<>();
  private final Map<Integer, BaseFont> fallbackFor = new HashMap<>();
  private final Set<Integer> missing = new TreeSet<>();

  FontSet(Theme theme, ThemeFiles files, FallbackFonts fallbacks, String language) {
    this.theme = theme;
    this.files = files;
    this.fallbacks = fallbacks;
    this.language = language;
  }

  /** {@return the theme's face for a role} @throws IOException if the font file cannot be read or parsed */
  BaseFont face(Role role, boolean bold, boolean italic) throws IOException {
    Theme.FontFamily family = switch (role) {
      case BODY -> theme.body();
      case HEADING -> theme.heading();
      case CODE -> theme.code();
    };
    String path = family.face(bold, italic);
    BaseFont f = byName.get(path);
    if (f == null) {
      f = create(path, files.read(path));
      byName.put(path, f);
    }
    return f;
  }

  private static BaseFont create(String name, byte[] bytes) throws IOException {
    try {
      BaseFont f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      f.setSecureRandom(seeded(name));
      f.setIncludeCidSet(false); // PDF/UA: a CIDSet must list every glyph of the subset, which OpenPDF's does not
      return f;
    } catch (RuntimeException e) {
      throw new IOException("cannot load font " + name + ": " + e.getMessage(), e);
    }
  }

  /** A generator seeded from the font's name, so its subset prefix is the same in every run (research 3.4). */
  private static SecureRandom seeded(String name) {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(name.getBytes(StandardCharsets.UTF_8));
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is required by every Java platform", e);
    }
  }

  /**
   * Splits {@code text} into runs, each drawn by the first font that has its characters: {@code primary}, then
   * fallbacks already loaded, then fallbacks found for the character's script. Whitespace stays with the
   * current run. A character no font has is drawn as a visible box (□, else �, else ?) and remembered for
   * {@link #missing()}.
   */
  List<Run> split(String text, BaseFont primary) {
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    BaseFont currentFont = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0x00AD) continue; // a soft hyphen is a break hint; drawn, it would show mid-line
      BaseFont font;
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) && !primary.charExists(cp)) {
        font = currentFont != null ? currentFont : primary;
        if (cp > ' ' && !font.charExists(cp)) {
          if (primary.charExists(cp)) font = primary;
          else cp = ' '; // an exotic space no font at hand has: a plain space keeps the words apart
        }
      } else if (primary.charExists(cp)) {
        font = primary;
      } else if (currentFont != null && isMark(cp) && currentFont.charExists(cp)) {
        font = currentFont; // a combining mark stays with its base letter
      } else {
        font = fallback(cp);
        if (font == null) {
          if (ignorable(cp)) continue;
          missing.add(cp);
          // Seen, not silently lost: a reader knows something stood here, and the warning says what.
          int[] box = box(primary);
          cp = box[0];
          font = box[1] == 1 ? boxFont : primary;
        }
      }
      if (font != currentFont && current.length() > 0) {
        runs.add(new Run(current.toString(), currentFont, currentFont != primary));
        current.setLength(0);
      }
      currentFont = font;
      current.appendCodePoint(cp);
    }
    if (current.length() > 0) runs.add(new Run(current.toString(), currentFont, currentFont != primary));
    return runs;
  }

  /** The font that draws the replacement box when the current face has none, once found. */
  private BaseFont boxFont;

  /**
   * {@return the replacement character and 0 to draw it in {@code primary}, or 1 to draw it in {@link #boxFont}}
   * The theme's faces differ: Liberation has □ but not �, Noto Sans and Serif the other way round.
   */
  private int[] box(BaseFont primary) {
    for (int c : new int[] {0x25A1, 0xFFFD}) {
      if (primary.charExists(c)) return new int[] {c, 0};
    }
    if (boxFont == null) {
      List<BaseFont> others = new ArrayList<>();
      try {
        others.add(face(Role.CODE, false, false));
        others.add(face(Role.BODY, false, false));
      } catch (IOException e) {
        // a theme face that cannot be loaded fails the render elsewhere; here it only has no box
      }
      others.addAll(loadedFallbacks);
      search:
      for (int c : new int[] {0x25A1, 0xFFFD}) {
        for (BaseFont f : others) {
          if (f.charExists(c)) {
            boxFont = f;
            boxChar = c;
            break search;
          }
        }
      }
    }
    return boxFont != null ? new int[] {boxChar, 1} : new int[] {'?', 0};
  }

  private int boxChar;

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** Invisible format characters (soft hyphen, zero-width joiner, variation selectors) may go undrawn. */
  private static boolean ignorable(int cp) {
    return Character.getType(cp) == Character.FORMAT
        || cp >= 0xFE00 && cp <= 0xFE0F
        || cp >= 0xE0100 && cp <= 0xE01EF;
  }

  private BaseFont fallback(int cp) {
    if (fallbackFor.containsKey(cp)) return fallbackFor.get(cp);
    BaseFont found = null;
    for (BaseFont f : loadedFallbacks) {
      if (f.charExists(cp)) {
        found = f;
        break;
      }
    }
    if (found == null) {
      for (FallbackFonts.Candidate c : fallbacks.candidates(Character.UnicodeScript.of(cp), language)) {
        String name = c.fontName();
        if (!triedFallbacks.add(name)) continue;
        BaseFont f = loadSystemFont(name);
        if (f == null) continue;
        loadedFallbacks.add(f);
        if (f.charExists(cp)) {
          found = f;
          break;
        }
      }
    }
    fallbackFor.put(cp, found);
    return found;
  }

  private static BaseFont loadSystemFont(String name) {
    try {
      BaseFont f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
      f.setSecureRandom(seeded(name.replaceAll(".*/", "")));
      f.setIncludeCidSet(false);
      return f;
    } catch (IOException | RuntimeException e) {
      return null; // a broken system font is skipped like an absent one; what stays uncovered is reported
    }
  }

  /** {@return the code points no font could draw, in order} */
  Set<Integer> missing() {
    return missing;
  }
}
