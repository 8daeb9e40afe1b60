package org.offprint.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offprint.model.Block;
import org.offprint.model.Heading;
import org.offprint.model.ListBlock;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Text;

/**
 * Turns the article's units into blocks: list items ({@code -}, {@code •}, {@code 1.}; deeper indentation
 * nests), quotations ({@code >} lines, or a paragraph in quotation marks followed by a "— Name" line),
 * sub-headings (a short line without final punctuation before running text), and paragraphs.
 */
final class BodyBuilder {
  private static final Pattern MARKER = Pattern.compile("^([-*•·▪◦‣+]|(\\d{1,3})[.)])\\s+(.*)$");
  private static final Pattern ATTRIBUTION = Pattern.compile("^(?:—|–|―|--)\\s*(\\S.*)$");
  private static final Pattern HASH_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");

  private final List<Unit> units;

  BodyBuilder(List<Unit> units) {
    this.units = units;
  }

  List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    int i = 0;
    while (i < units.size()) {
      Unit u = units.get(i);
      String t = u.text();
      if (MARKER.matcher(t).matches()) {
        i = list(i, out);
      } else if (t.startsWith(">")) {
        List<Block> quoted = new ArrayList<>();
        while (i < units.size() && units.get(i).text().startsWith(">")) {
          String q = units.get(i).text().replaceFirst("^>\\s?", "").strip();
          if (!q.isEmpty()) quoted.add(Block.paragraph(q));
          i++;
        }
        List<org.offprint.model.Inline> by = List.of();
        if (i < units.size()) {
          Matcher a = ATTRIBUTION.matcher(units.get(i).text());
          if (a.matches() && units.get(i).words() <= 12) {
            by = List.of(new Text(a.group(1).strip()));
            i++;
          }
        }
        out.add(new Quote(quoted, by));
      } else if (quotation(t) && i + 1 < units.size() && ATTRIBUTION.matcher(units.get(i + 1).text()).matches()
          && units.get(i + 1).words() <= 12) {
        Matcher a = ATTRIBUTION.matcher(units.get(i + 1).text());
        a.matches();
        out.add(new Quote(List.of(Block.paragraph(t)), List.of(new Text(a.group(1).strip()))));
        i += 2;
      } else if (HASH_HEADING.matcher(t).matches()) {
        Matcher h = HASH_HEADING.matcher(t);
        h.matches();
        out.add(new Heading(Math.max(2, h.group(1).length()), List.of(new Text(h.group(2))), ""));
        i++;
      } else if (heading(i)) {
        out.add(new Heading(2, List.of(new Text(t.strip())), ""));
        i++;
      } else {
        out.add(Block.paragraph(t.strip()));
        i++;
      }
    }
    return out;
  }

  /** A sub-heading: short, no sentence ending (a question may be one), followed by running text or a list. */
  private boolean heading(int i) {
    Unit u = units.get(i);
    if (u.words() > 12 || u.text().length() > 90 || i + 1 >= units.size()) return false;
    String t = u.text().strip();
    boolean question = t.endsWith("?") && u.words() <= 8;
    if (u.endsSentence() && !question) return false;
    if (quotation(t) || t.endsWith(",")) return false;
    Unit next = units.get(i + 1);
    boolean before = i == 0 || units.get(i - 1).endsSentence() || MARKER.matcher(units.get(i - 1).text()).matches();
    boolean sentenceNext = next.prose() || next.endsSentence() && next.words() >= 4;
    return before && (sentenceNext || MARKER.matcher(next.text()).matches() && i > 0);
  }

  private static boolean quotation(String t) {
    String s = t.strip();
    if (s.length() < 3) return false;
    char open = s.charAt(0);
    String close = s.replaceAll("[.,!?…]+$", "");
    char last = close.isEmpty() ? ' ' : close.charAt(close.length() - 1);
    return "\"“„«".indexOf(open) >= 0 && "\"”“»".indexOf(last) >= 0;
  }

  /** Reads a run of list items from {@code i}; items indented deeper than the first nest. */
  private int list(int i, List<Block> out) {
    int indent = units.get(i).indent();
    Matcher first = MARKER.matcher(units.get(i).text());
    first.matches();
    boolean ordered = first.group(2) != null;
    int start = ordered ? Integer.parseInt(first.group(2)) : 1;
    List<ListBlock.Item> items = new ArrayList<>();
    while (i < units.size()) {
      Unit u = units.get(i);
      Matcher m = MARKER.matcher(u.text());
      if (!m.matches()) break;
      if (u.indent() > indent + 1 && !items.isEmpty()) {
        List<Block> nested = new ArrayList<>();
        i = list(i, nested);
        ListBlock.Item last = items.remove(items.size() - 1);
        List<Block> content = new ArrayList<>(last.content());
        content.addAll(nested);
        items.add(new ListBlock.Item(content));
        continue;
      }
      if (u.indent() < indent - 1 || (m.group(2) != null) != ordered) break;
      items.add(new ListBlock.Item(List.of(new Paragraph(List.of(new Text(m.group(3).strip()))))));
      i++;
    }
    out.add(new ListBlock(ordered, start, items));
    return i;
  }
}
