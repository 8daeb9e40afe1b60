package org.offprint.write.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Cuts a theme's TrueType font down to the characters a document uses, so that an EPUB or HTML file carries a
 * few kilobytes of glyphs instead of the whole font (a Liberation or Noto face is 0.3–0.6 MB). The work is done
 * by Apache FontBox's {@link TTFSubsetter}, the subsetter PDFBox embeds fonts with. Thread-safe; keeps the last few fonts it parsed.
 *
 * <p>What is kept: every glyph of the characters given (with their composite parts), plus the characters a
 * reading system may draw that are not in the text: printable ASCII, list bullets, hyphens for automatic
 * hyphenation, quotation marks, and the other case of every letter (for {@code text-transform} and synthesized
 * small capitals). What is lost: kerning and OpenType layout tables (GSUB, GPOS), which {@code TTFSubsetter}
 * does not keep; Latin, Greek and Cyrillic text reads the same without them. Text in a script that needs
 * shaping (Arabic, Indic and other Brahmic scripts, and the like) would not, so a font that covers such
 * characters of the text is kept whole. A font FontBox cannot read or subset (an OpenType font with CFF
 * outlines, a WOFF) is also kept whole.
 *
 * <pre>{@code
 * byte[] small = FontSubsets.subset(theme.files().read(face.path()), FontSubsets.codePoints(xhtml));
 * }</pre>
 */
public final class FontSubsets {
  /** Characters a reading system may draw without their being in the text. */
  private static final String ALWAYS = "\u00A0\u00AD\u2010\u2011\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E"
      + "\u2022\u2026\u2039\u203A\u00AB\u00BB\u25E6\u25AA\u25A0\u25CB\uFFFD";

  /**
   * The tables written. Without a list, TTFSubsetter copies every other table unchanged, and GSUB, GPOS, GDEF and
   * kern would then point at the old glyph numbers (wrong ligatures and kerning); so they are left out.
   */
  private static final List<String> KEEP = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
      "fpgm", "gasp", "name", "OS/2", "post", "cmap");

  private FontSubsets() {}

  /**
   * {@return the code points of the text, plus those a reading system may draw for it: printable ASCII, the
   * other case of each letter, bullets, hyphens and quotation marks} Markup in the text does no harm: it is ASCII.
   */
  public static SortedSet<Integer> codePoints(CharSequence text) {
    Objects.requireNonNull(text, "text");
    // A bit per code point, then the set: a whole book's text is millions of characters, a few hundred distinct.
    // The text's distinct characters first, their other cases after: case mapping is dear, and a book has
    // millions of characters but a few hundred distinct ones. ASCII is in already, its cases too.
    java.util.BitSet text0 = new java.util.BitSet();
    for (int i = 0, n = text.length(); i < n; i++) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        if (ch == '\t' || ch == 0x7F) text0.set(ch);
        continue;
      }
      int c = ch;
      if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        c = Character.toCodePoint(ch, text.charAt(++i));
      }
      text0.set(c);
    }
    // loops rather than streams and method references: in a command's cold JVM each of those is linked first
    java.util.BitSet seen = new java.util.BitSet();
    seen.set(0x20, 0x7F);
    for (int i = 0; i < ALWAYS.length(); i++) seen.set(ALWAYS.charAt(i)); // all in the BMP
    seen.or(text0);
    for (int c = text0.nextSetBit(0); c >= 0; c = text0.nextSetBit(c + 1)) {
      seen.set(Character.toUpperCase(c));
      seen.set(Character.toLowerCase(c));
      seen.set(Character.toTitleCase(c));
    }
    SortedSet<Integer> all = new TreeSet<>();
    for (int c = seen.nextSetBit(0); c >= 0; c = seen.nextSetBit(c + 1)) all.add(c);
    return all;
  }

  /**
   * Subsets a font to these code points.
   *
   * @param font the bytes of a TrueType font
   * @param codePoints the characters to keep (see {@link #codePoints})
   * @return the subset font, or the font itself when it cannot (or should not) be subset, as described above;
   *     the same input always gives the same bytes
   */
  public static byte[] subset(byte[] font, SortedSet<Integer> codePoints) {
    Objects.requireNonNull(font, "font");
    Objects.requireNonNull(codePoints, "codePoints");
    try {
      TrueTypeFont ttf = parsed(font);
      // A parsed font reads its tables lazily from one buffer: one subset at a time per font.
      synchronized (ttf) {
        var cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null || ttf.getGlyph() == null) return font;
        for (int c : codePoints) {
          if (needsShaping(c) && cmap.getGlyphId(c) != 0) return font;
        }
        TTFSubsetter subsetter = new TTFSubsetter(ttf, KEEP);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream(font.length / 8);
        subsetter.writeToStream(out);
        byte[] small = out.toByteArray();
        return small.length > 0 && small.length < font.length ? small : font;
      }
    } catch (IOException | RuntimeException e) {
      // Not a font FontBox can subset: the whole font still works in the reading system.
      return font;
    }
  }

  /**
   * Parsed fonts by their bytes, the last {@value #PARSED_FONTS}: parsing a font (its cmap, glyph names and
   * glyph offsets) was most of the time of a subset, and a batch run, or the background server, subsets the same
   * few theme fonts again and again.
   */
  private static final int PARSED_FONTS = 16;

  private static final java.util.Map<FontKey, Parse> PARSED =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<FontKey, Parse> eldest) {
          // Not closed: a subset may still be reading it; its buffer is only memory, left to the collector.
          return size() > PARSED_FONTS;
        }
      };

  /** One font's parse: made once, by the first thread to ask; the others wait for it rather than parse again. */
  private static final class Parse {
    private byte[] bytes;
    private TrueTypeFont font;
  }

  /**
   * {@return the font parsed by FontBox, by the first thread to ask} A parsed font reads its tables lazily from one
   * buffer: hold its lock ({@code synchronized (font)}) while reading from it.
   *
   * @throws IOException when FontBox cannot read it
   */
  private static TrueTypeFont parsed(byte[] font) throws IOException {
    FontKey key = new FontKey(font); // the caller's bytes: copied only when kept
    Parse parse;
    synchronized (PARSED) {
      parse = PARSED.get(key);
      if (parse == null) {
        key = new FontKey(font.clone());
        parse = new Parse();
        parse.bytes = key.bytes;
        PARSED.put(key, parse);
      }
    }
    synchronized (parse) {
      // the key's copy is never changed: FontBox reads it, and keys compare with it
      if (parse.font == null) parse.font = new TTFParser(true).parse(new RandomAccessReadBuffer(parse.bytes));
      return parse.font;
    }
  }

  /** Font bytes compared whole, hashed by their CRC. */
  private static final class FontKey {
    private final byte[] bytes;
    private final int hash;

    FontKey(byte[] bytes) {
      this.bytes = bytes;
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(bytes);
      this.hash = (int) crc.getValue() ^ bytes.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FontKey k && k.hash == hash && java.util.Arrays.equals(k.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Whether a code point belongs to a script whose glyphs depend on OpenType shaping (GSUB/GPOS). */
  public static boolean needsShaping(int c) {
    return (c >= 0x05B0 && c <= 0x05C7) // Hebrew points
        || (c >= 0x0600 && c <= 0x08FF) // Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended
        || (c >= 0x0900 && c <= 0x0DFF) // Devanagari to Sinhala
        || (c >= 0x0F00 && c <= 0x109F) // Tibetan, Myanmar
        || (c >= 0x1780 && c <= 0x18AF) // Khmer, Mongolian
        || (c >= 0x1A00 && c <= 0x1CFF) // Buginese to Vedic extensions
        || (c >= 0xA800 && c <= 0xABFF) // Syloti Nagri to Meetei Mayek
        || (c >= 0xFB1D && c <= 0xFDFF) // Hebrew and Arabic presentation forms
        || (c >= 0xFE70 && c <= 0xFEFF) // Arabic presentation forms B
        || (c >= 0x0300 && c <= 0x036F) // combining marks positioned by GPOS
        || (c >= 0x1100 && c <= 0x11FF) // Hangul Jamo composed by GSUB
        || (c >= 0x10A00 && c <= 0x11FFF); // historic and Brahmic scripts of the supplementary plane
  }
}
