package org.offprint.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Copy-on-change mapping of the model's immutable lists, which the transform stage does at every level of a
 * document: most documents pass a transform unchanged, and then no list is copied and the same document comes back.
 */
final class Lists {
  private Lists() {}

  /**
   * {@return {@code in} with each element mapped by {@code f}: {@code in} itself when {@code f} gives back every
   * element as it is (the same object)}
   */
  static <T> List<T> map(List<T> in, UnaryOperator<T> f) {
    List<T> out = null; // made at the first element that changes
    for (int k = 0; k < in.size(); k++) {
      T e = in.get(k);
      T mapped = f.apply(e);
      if (mapped != e && out == null) out = new ArrayList<>(in.subList(0, k));
      if (out != null) out.add(mapped);
    }
    return out == null ? in : out;
  }
}
