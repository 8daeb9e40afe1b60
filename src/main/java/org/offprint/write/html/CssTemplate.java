package org.offprint.write.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stylesheet resource with a theme's tokens filled in: each {@code var(--name)} becomes the value of
 * {@code name}; a part between the comments {@code {if flag}} and {@code {end}} stays only when the flag is set
 * ({@code {if !flag}}: when it is not); comments on lines of their own are left out. The values are put in
 * rather than declared as custom properties because some EPUB reading systems ignore those. Immutable and
 * thread-safe.
 */
final class CssTemplate {
  // plain scanning, not regular expressions: a pattern that steps through a long comment one character at a time
  // recurses once per character and can overflow the stack
  private static final String IF = "/*{if ";
  private static final String IF_END = "}*/";
  private static final String END = "/*{end}*/";
  private static final Pattern VAR = Pattern.compile("var\\(--([\\w-]+)\\)");

  private final String name;
  private final String text;

  private CssTemplate(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /** {@return the template in the resource {@code name}, next to this class} */
  static CssTemplate resource(String name) {
    try (InputStream in = CssTemplate.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new CssTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /**
   * {@return the stylesheet with these values and flags}
   *
   * @throws IllegalStateException if the template uses a name that has no value
   */
  String render(Map<String, String> values, Set<String> flags) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(flags, "flags");
    String css = withoutCommentLines(sections(flags));
    StringBuilder out = new StringBuilder(css.length() + 512);
    Matcher v = VAR.matcher(css);
    int at = 0;
    while (v.find()) {
      String value = values.get(v.group(1));
      if (value == null) throw new IllegalStateException(name + " uses var(--" + v.group(1) + "), which has no value");
      out.append(css, at, v.start()).append(value);
      at = v.end();
    }
    return out.append(css, at, css.length()).toString();
  }

  /** {@return the text with the parts whose flag is off left out, and every section marker removed} */
  private String sections(Set<String> flags) {
    StringBuilder kept = new StringBuilder(text.length());
    int at = 0;
    for (int start; (start = text.indexOf(IF, at)) >= 0; ) {
      int flagEnd = text.indexOf(IF_END, start);
      int end = flagEnd < 0 ? -1 : text.indexOf(END, flagEnd);
      if (end < 0) throw new IllegalStateException(name + ": a section has no {end}, at " + start);
      String flag = text.substring(start + IF.length(), flagEnd);
      int bodyStart = flagEnd + IF_END.length();
      int after = end + END.length();
      // a section whose markers stand on lines of their own takes their line breaks with it
      if (bodyStart < text.length() && text.charAt(bodyStart) == '\n') {
        bodyStart++;
        if (after < text.length() && text.charAt(after) == '\n') after++;
      }
      boolean on = flag.startsWith("!") ? !flags.contains(flag.substring(1)) : flags.contains(flag);
      kept.append(text, at, start);
      if (on) kept.append(text, bodyStart, end);
      at = after;
    }
    return kept.append(text, at, text.length()).toString();
  }

  /** {@return the text without the comments that stand on lines of their own, line breaks included} */
  private static String withoutCommentLines(String css) {
    StringBuilder out = new StringBuilder(css.length());
    int at = 0;
    while (at < css.length()) {
      int lineEnd = css.indexOf('\n', at);
      int next = lineEnd < 0 ? css.length() : lineEnd + 1;
      int first = at;
      while (first < css.length() && (css.charAt(first) == ' ' || css.charAt(first) == '\t')) first++;
      if (css.startsWith("/*", first)) {
        int close = css.indexOf("*/", first + 2);
        int closeLineEnd = close < 0 ? -1 : css.indexOf('\n', close);
        if (closeLineEnd >= 0 && css.substring(close + 2, closeLineEnd).isBlank()) {
          at = closeLineEnd + 1; // the comment and its lines go
          continue;
        }
      }
      out.append(css, at, next);
      at = next;
    }
    return out.toString();
  }
}
