package org.offprint.write.pdf;

import java.util.HashMap;
import java.util.Map;

/**
 * How many lines some pages of an article run long (positive) or short (negative), by the article's index and the
 * page's place in it (0 for the page it starts on). A page that runs long has a lower bottom margin, one that runs
 * short a higher one; every other page keeps the theme's. Immutable.
 *
 * @param pages for each article so planned, the lines each of its planned pages gains or loses
 */
record PagePlan(Map<Integer, Map<Integer, Integer>> pages) {
  /** Every page as the theme has it. */
  static final PagePlan NONE = new PagePlan(Map.of());

  PagePlan {
    pages = Map.copyOf(pages);
  }

  /** {@return the lines page {@code offset} of article {@code article} gains (or loses, if negative)} */
  int lines(int article, int offset) {
    return pages.getOrDefault(article, Map.of()).getOrDefault(offset, 0);
  }

  /** {@return this plan for the articles {@code only}, numbered from 0 in that order} */
  PagePlan select(java.util.List<Integer> only) {
    Map<Integer, Map<Integer, Integer>> out = new HashMap<>();
    for (int j = 0; j < only.size(); j++) {
      if (pages.containsKey(only.get(j))) out.put(j, pages.get(only.get(j)));
    }
    return new PagePlan(out);
  }

  /** {@return this plan with article {@code article}'s pages planned as {@code lines}; an empty map unplans it} */
  PagePlan with(int article, Map<Integer, Integer> lines) {
    Map<Integer, Map<Integer, Integer>> out = new HashMap<>(pages);
    if (lines.isEmpty()) {
      out.remove(article);
    } else {
      out.put(article, Map.copyOf(lines));
    }
    return new PagePlan(out);
  }
}
