package org.offprint.write.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Font files for scripts the theme's fonts lack, found by file name in font folders (such as Debian's
 * {@code /usr/share/fonts} with the Noto packages). The folders are listed once, on first need; fonts are
 * parsed only when a character asks for them. Thread-safe.
 *
 * <p>Droid Sans Fallback is never used: it claims kana and kanji but has no Hangul, and Korean set in it comes
 * out blank while still being extractable (research trap T8).
 */
final class FallbackFonts {
  /** Where Linux and macOS keep fonts; missing folders are skipped. */
  static List<Path> systemFolders() {
    String home = System.getProperty("user.home", "");
    List<Path> dirs = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
        Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts")));
    if (!home.isEmpty()) {
      dirs.add(Path.of(home, ".fonts"));
      dirs.add(Path.of(home, ".local/share/fonts"));
      dirs.add(Path.of(home, "Library/Fonts"));
    }
    return List.copyOf(dirs);
  }

  /** Fonts tried for any character after its script's own fonts: wide-coverage text and symbol fonts. */
  private static final List<String> GENERAL = List.of("NotoSerif-Regular.ttf", "NotoSans-Regular.ttf",
      "DejaVuSerif.ttf", "DejaVuSans.ttf", "NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf",
      "NotoSansMath-Regular.ttf", "NotoEmoji-Regular.ttf", "Symbola.ttf", "FreeSerif.ttf", "FreeSans.ttf");

  private static final Set<String> SHUNNED = Set.of("droidsansfallback.ttf", "droidsansfallbackfull.ttf");

  private final List<Path> folders;
  private volatile Map<String, Path> byName;

  FallbackFonts(List<Path> folders) {
    this.folders = List.copyOf(folders);
  }

  /**
   * A font to try: a file and, for a TrueType collection, the face index.
   *
   * @param file the font file
   * @param index the face in a {@code .ttc}, or -1
   */
  record Candidate(Path file, int index) {
    /** {@return the name OpenPDF's {@code BaseFont.createFont} takes} */
    String fontName() {
      return index < 0 ? file.toString() : file + "," + index;
    }
  }

  /**
   * {@return the fonts worth trying for a character of {@code script}, best first}
   *
   * @param language the document's language, which picks the regional face of a CJK collection
   */
  List<Candidate> candidates(Character.UnicodeScript script, String language) {
    Map<String, Path> files = files();
    List<Candidate> out = new ArrayList<>();
    switch (script) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> {
        int face = cjkFace(language);
        for (String name : List.of("NotoSerifCJK-Regular.ttc", "NotoSansCJK-Regular.ttc")) {
          Path p = files.get(name.toLowerCase(Locale.ROOT));
          if (p != null) out.add(new Candidate(p, face));
        }
        // Noto CJK as one OpenType file per region (as the upstream releases ship it): the document's region
        // first; every region's file has the glyphs of all four.
        List<String> regions = new ArrayList<>(List.of("jp", "kr", "sc", "tc"));
        regions.add(0, regions.remove(face));
        for (String region : regions) {
          add(out, files, "NotoSerifCJK" + region + "-Regular.otf", "NotoSansCJK" + region + "-Regular.otf");
        }
      }
      case ARABIC -> add(out, files, "NotoNaskhArabic-Regular.ttf", "NotoSansArabic-Regular.ttf");
      default -> {
        String camel = camel(script);
        add(out, files, "NotoSerif" + camel + "-Regular.ttf", "NotoSans" + camel + "-Regular.ttf",
            "NotoSerif" + camel + "-Regular.otf", "NotoSans" + camel + "-Regular.otf");
      }
    }
    add(out, files, GENERAL.toArray(String[]::new));
    return out;
  }

  private static void add(List<Candidate> out, Map<String, Path> files, String... names) {
    for (String name : names) {
      Path p = files.get(name.toLowerCase(Locale.ROOT));
      if (p != null) out.add(new Candidate(p, -1));
    }
  }

  /** Faces of the Noto CJK collections: 0 Japanese, 1 Korean, 2 Simplified Chinese, 3 Traditional Chinese. */
  private static int cjkFace(String language) {
    Locale l = Locale.forLanguageTag(language);
    return switch (l.getLanguage()) {
      case "ja" -> 0;
      case "ko" -> 1;
      case "zh" -> (l.getScript().equals("Hant") || Set.of("TW", "HK", "MO").contains(l.getCountry())) ? 3 : 2;
      default -> 0;
    };
  }

  private static String camel(Character.UnicodeScript script) {
    StringBuilder sb = new StringBuilder();
    for (String part : script.name().split("_")) {
      sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  private Map<String, Path> files() {
    Map<String, Path> m = byName;
    if (m == null) {
      synchronized (this) {
        if (byName == null) byName = scan();
        m = byName;
      }
    }
    return m;
  }

  private Map<String, Path> scan() {
    Map<String, Path> found = new HashMap<>();
    for (Path dir : folders) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> s = Files.walk(dir, 6, FileVisitOption.FOLLOW_LINKS)) {
        s.filter(Files::isRegularFile).sorted().forEach(p -> {
          String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
          if ((name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc")) && !SHUNNED.contains(name)) {
            found.putIfAbsent(name, p);
          }
        });
      } catch (IOException | UncheckedIOException e) {
        // An unreadable font folder only means fewer fallbacks; missing characters are still reported.
      }
    }
    return Map.copyOf(found);
  }
}
