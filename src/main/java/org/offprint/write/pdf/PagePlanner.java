package org.offprint.write.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps an article from ending on a nearly empty page. OpenPDF lays pages out one after the other and cannot look
 * ahead, so when a pass leaves an article's last page with fewer than {@link #MIN_LINES} lines of text, the planner lays
 * the document out again with some of the article's pages a line long, to take the spill back (a page fewer), or,
 * where that cannot work, a line or two short, to give the last page company, as a compositor would. Each try is
 * a real layout, so headings kept with their text, widows and orphans stay as the page flow sets them; a try that
 * does not give the last page enough lines, or adds a page, is dropped. Articles start on new pages, so a try
 * lays out only the articles still being planned, all in one pass.
 */
final class PagePlanner {
  /** A last page with fewer lines than this (and not the article's only page) is nearly empty. */
  static final int MIN_LINES = 6;
  /** The most lines a page runs long: one keeps the text clear of the page number. */
  static final int MAX_LONG = 1;
  /** The most lines a page runs short. */
  static final int MAX_SHORT = 2;
  /** Passes beyond the first, at most. */
  private static final int MAX_TRIES = 6;

  /**
   * A layout with a plan of the articles {@code only} (by index), or of all when it is null; each article lays
   * out the same alone as among the others, since each starts on a page of its own.
   */
  interface Layout<P> {
    P run(PagePlan plan, List<Integer> only) throws IOException;
  }

  /** {@return how the articles of a pass ended, by index} */
  interface Ends<P> {
    Map<Integer, PlannedPages.End> of(P pass);
  }

  /**
   * What planning found.
   *
   * @param plan the plan for every article that needs one
   * @param last the last pass laid out, if it was laid out with exactly {@code plan} and every article; else null
   */
  record Result<P>(PagePlan plan, P last) {}

  private final float leading;

  PagePlanner(float leading) {
    this.leading = leading;
  }

  /**
   * {@return the plan that keeps the articles of {@code first} (a pass with {@link PagePlan#NONE}) from ending on
   * a nearly empty page where a try finds one}, trying only the articles that need it
   */
  <P> Result<P> plan(Map<Integer, PlannedPages.End> first, int articles, Layout<P> layout, Ends<P> ends)
      throws IOException {
    Map<Integer, Deque<Map<Integer, Integer>>> open = new LinkedHashMap<>();
    for (Map.Entry<Integer, PlannedPages.End> e : first.entrySet()) {
      if (nearlyEmpty(e.getValue())) open.put(e.getKey(), new ArrayDeque<>(candidates(e.getValue())));
    }
    open.values().removeIf(Deque::isEmpty);
    PagePlan plan = PagePlan.NONE;
    P last = null;
    PagePlan lastPlan = null;
    for (int t = 0; t < MAX_TRIES && !open.isEmpty(); t++) {
      PagePlan trial = plan;
      for (Map.Entry<Integer, Deque<Map<Integer, Integer>>> e : open.entrySet()) {
        trial = trial.with(e.getKey(), e.getValue().peek());
      }
      List<Integer> only = List.copyOf(open.keySet());
      last = layout.run(trial, only.size() == articles ? null : only);
      lastPlan = only.size() == articles ? trial : null;
      Map<Integer, PlannedPages.End> now = ends.of(last);
      for (Integer i : only) {
        Deque<Map<Integer, Integer>> tries = open.get(i);
        Map<Integer, Integer> tried = tries.pop();
        if (better(first.get(i), now.get(i))) {
          plan = plan.with(i, tried);
          open.remove(i);
        } else if (tries.isEmpty()) {
          open.remove(i);
        }
      }
    }
    return new Result<>(plan, plan.equals(lastPlan) ? last : null);
  }

  /** {@return whether an article ends on a page of its own with fewer than {@link #MIN_LINES} lines of text} */
  boolean nearlyEmpty(PlannedPages.End end) {
    return end.pages() > 1 && end.lastLines() < MIN_LINES;
  }

  /** {@return the lines' worth of height the last page fills: what pages running long must take back} */
  private int height(PlannedPages.End end) {
    return Math.round(end.lastHeight() / leading);
  }

  private boolean better(PlannedPages.End before, PlannedPages.End after) {
    return after.pages() <= before.pages() && !nearlyEmpty(after);
  }

  /**
   * {@return the plans to try for an article, best first}: the pages before the last run a line long, as many as
   * the last page's height holds lines (and one more, in case a kept-together block needs it); then the last pages
   * before the end run short by the lines of text the last page lacks (and a line more), {@link #MAX_SHORT} lines
   * each; last, the page before the last runs short by all the last page lacks (and a line more), which is what an
   * article of two pages can do. The height counts block spacing, rules and images, which must all go back; the
   * lack counts only text, as a reader does (a page of two lines, a rule and a link looks empty, not half full).
   */
  List<Map<Integer, Integer>> candidates(PlannedPages.End end) {
    int spill = Math.max(1, height(end));
    int lack = MIN_LINES - end.lastLines();
    int before = end.pages() - 1;
    List<Map<Integer, Integer>> out = new ArrayList<>();
    for (int n = spill; n <= spill + 1; n++) {
      if (n <= before * MAX_LONG) out.add(spread(before, n, MAX_LONG, 1));
    }
    for (int n = lack; n <= lack + 1; n++) {
      if (n <= before * MAX_SHORT) out.add(spread(before, n, MAX_SHORT, -1));
    }
    for (int n = lack; n <= lack + 1; n++) {
      Map<Integer, Integer> lastResort = spread(before, n, n, -1); // the page before, shorter still
      if (!out.contains(lastResort)) out.add(lastResort);
    }
    return out;
  }

  /** {@return {@code lines} spread over the pages before page {@code last}, at most {@code most} each, last first} */
  private static Map<Integer, Integer> spread(int last, int lines, int most, int sign) {
    Map<Integer, Integer> out = new HashMap<>();
    for (int page = last - 1; lines > 0 && page >= 0; page--) {
      int here = Math.min(most, lines);
      out.put(page, sign * here);
      lines -= here;
    }
    return out;
  }
}
