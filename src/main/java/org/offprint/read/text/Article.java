package org.offprint.read.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.offprint.model.Block;
import org.offprint.model.Document;
import org.offprint.model.Metadata;
import org.offprint.read.Dates;
import org.offprint.read.Languages;

/**
 * Finds the article in a dump's units, in stages: where the prose starts, the title before it, the dateline and
 * byline around them, where the article ends (the first run of chrome after which hardly any prose follows, or
 * a truncated teaser of another article), and the chrome to drop in between. The body is then handed to
 * {@link BodyBuilder}.
 */
final class Article {
  private final List<Unit> units;
  private final int[] score;
  /** Units dropped as chrome: before the title, inside the article, after its end. */
  private int[] dropped = new int[3];

  Article(List<Unit> units) {
    this.units = units;
    Chrome chrome = new Chrome(units);
    score = new int[units.size()];
    for (int i = 0; i < units.size(); i++) score[i] = chrome.score(units.get(i));
  }

  Document document() {
    int n = units.size();
    int first = firstProse();
    Metadata.Builder meta = Metadata.builder();
    Map<String, String> extra = new HashMap<>();
    List<String> authors = new ArrayList<>();
    boolean[] consumed = new boolean[n];
    String site = "";
    String language = "";
    String published = "";
    List<Unit> body = new ArrayList<>(units);

    // Datelines and bylines sit around the title, or open the first paragraph.
    int metaAt = -1;
    for (int i = 0; i <= Math.min(first, n - 1); i++) {
      List<String> by = authors.isEmpty() ? Dateline.byline(units.get(i)) : List.of();
      if (!by.isEmpty()) {
        authors.addAll(by);
        consumed[i] = true;
        if (metaAt < 0) metaAt = i;
        Optional<Dates.Found> date = Dates.find(units.get(i).text());
        if (date.isPresent() && published.isEmpty()) {
          published = date.get().date().toString();
          language = date.get().language();
        }
        continue;
      }
      Optional<Dateline> d = published.isEmpty() ? Dateline.of(units.get(i)) : Optional.empty();
      if (d.isPresent() && (score[i] < 3 || units.get(i).words() <= 12)) {
        Dateline dl = d.get();
        published = dl.date().date().toString();
        language = dl.date().language();
        if (!dl.place().isEmpty()) extra.put("place", titleCase(dl.place()));
        if (!dl.source().isEmpty()) site = dl.source();
        if (dl.rest().isEmpty()) consumed[i] = true;
        else body.set(i, new Unit(dl.rest(), units.get(i).indent(), true));
        score[i] = 0;
        if (metaAt < 0 && i < first) metaAt = i;
      }
    }
    int title = title(first, metaAt, consumed, site);
    String subtitle = "";
    if (title >= 0) {
      consumed[title] = true;
      for (int i = title + 1; i < first; i++) {
        if (!consumed[i] && score[i] < 2 && !Units.LIST_ITEM.matcher(units.get(i).text()).matches()) {
          subtitle = units.get(i).text();
          consumed[i] = true;
          break;
        }
      }
    }
    int end = end(first);
    int start = title >= 0 ? title + 1 : 0;
    List<Unit> kept = new ArrayList<>();
    int inside = 0;
    for (int i = start; i < end; i++) {
      if (consumed[i]) continue;
      // Before the prose starts, anything chrome-like goes; inside it only what is clearly chrome.
      if (score[i] >= (i < first ? 2 : 3)) {
        inside++;
        continue;
      }
      kept.add(body.get(i));
    }
    int leading = 0;
    for (int i = 0; i < start; i++) if (!consumed[i]) leading++;
    dropped = new int[] {leading, inside, n - end};
    List<Block> blocks = new BodyBuilder(kept).blocks();
    String text = String.join("\n", kept.stream().map(Unit::text).toList());
    if (language.isEmpty()) language = Languages.detect(text);
    meta.title(title >= 0 ? units.get(title).text() : "").subtitle(subtitle).authors(authors)
        .published(published).language(language).extra(extra);
    if (site.startsWith("http://") || site.startsWith("https://")) meta.source(site);
    else meta.site(site);
    return Document.of(meta.build(), blocks);
  }

  /** {@return units dropped as chrome before the title, inside the article and after it (after document())} */
  int[] dropped() {
    return dropped.clone();
  }

  private int firstProse() {
    for (int i = 0; i < units.size(); i++) if (units.get(i).prose() && score[i] < 2) return i;
    for (int i = 0; i < units.size(); i++) if (score[i] < 2) return i;
    return 0;
  }

  /**
   * The title: of the units before the prose that are not chrome, metadata, list items or the site's name, the
   * last one before the dateline or byline (a masthead may come first), else the first one after it; without
   * a dateline, the last one before the prose.
   */
  private int title(int first, int metaAt, boolean[] consumed, String site) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < first; i++) {
      Unit u = units.get(i);
      if (consumed[i] || score[i] >= 2 || Units.LIST_ITEM.matcher(u.text()).matches()) continue;
      if (!site.isEmpty() && u.text().equalsIgnoreCase(site)) continue;
      candidates.add(i);
    }
    if (!candidates.isEmpty()) {
      int limit = metaAt >= 0 ? metaAt : first;
      int best = -1;
      for (int c : candidates) if (c < limit) best = c;
      if (best >= 0) return best;
      return candidates.get(0);
    }
    // No short line before the prose: the first line is the title if it is not a long paragraph.
    return !units.isEmpty() && !consumed[0] && units.get(0).words() <= 20 && first > 0 ? 0 : -1;
  }

  /**
   * Where the article ends: at the first chrome unit after which the rest is mostly chrome (little prose), or
   * at a truncated teaser of another article ("…" at the end of a late paragraph) and its headline.
   */
  private int end(int first) {
    int n = units.size();
    // Suffix counts keep this linear: prose[k] is the number of real prose units from k on.
    int lastProse = -1;
    for (int j = 0; j < n; j++) if (units.get(j).prose() && score[j] < 2) lastProse = j;
    int[] prose = new int[n + 1];
    int[] chrome = new int[n + 1];
    for (int j = n - 1; j >= 0; j--) {
      boolean counts = units.get(j).prose() && score[j] < 2 && !teaser(j, lastProse);
      prose[j] = prose[j + 1] + (counts ? 1 : 0);
      chrome[j] = chrome[j + 1] + (score[j] >= 2 ? 1 : 0);
    }
    for (int k = first + 1; k < n; k++) {
      if (teaser(k, lastProse)) {
        return k - 1 > first && !units.get(k - 1).endsSentence() && units.get(k - 1).words() <= 14 ? k - 1 : k;
      }
      if (score[k] < 2) continue;
      int rest = n - k;
      // After an end marker ("Comments", "Related posts") a rest that is largely chrome is not the article, even
      // when it holds sentences (comments, teasers).
      boolean marker = Chrome.endMarker(units.get(k));
      if (marker && (prose[k] <= 2 || chrome[k] * 5 >= rest * 2) || prose[k] * 3 <= rest && prose[k] <= 3) return k;
    }
    return n;
  }

  /** A truncated paragraph ("…") after which no prose follows: the teaser of another article. */
  private boolean teaser(int k, int lastProse) {
    String t = units.get(k).text().strip();
    boolean truncated = t.endsWith("…") || t.endsWith("...") || t.endsWith("[…]") || t.endsWith("(...)");
    return truncated && units.get(k).words() >= 6 && k >= lastProse;
  }

  private static String titleCase(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) return place;
    StringBuilder sb = new StringBuilder();
    for (String w : place.toLowerCase(Locale.ROOT).split(" ")) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return sb.toString();
  }
}
