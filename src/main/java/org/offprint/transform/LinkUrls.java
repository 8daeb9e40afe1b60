package org.offprint.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Inline;
import org.offprint.model.Link;
import org.offprint.model.Urls;

/**
 * Makes every link's URL valid by RFC 3986 ({@link Urls#repair}), in the body and in the notes, so that every
 * writer receives URLs it can put into its output as they are (one bad link must not make a store reject a whole
 * e-book: EPUBCheck RSC-020). A link whose URL cannot be repaired is dropped and keeps its text, with one
 * warning that names the URL. A link with a blank URL is left alone (the writers print its text). Image sources
 * are not links: they are left to the resource resolver.
 *
 * <p>Stateless and thread-safe. A document whose links are all valid comes back as it is.
 */
final class LinkUrls implements Transform {
  private static final int SHOWN = 120;

  @Override
  public Document apply(Document document, String input, Diagnostics diagnostics) {
    // the list comes back as it is when its links are valid, so that Inlines.map copies only what changed
    return Inlines.map(document, inlines -> {
      List<Inline> kept = null; // made at the first link that changes
      for (int k = 0; k < inlines.size(); k++) {
        Inline i = inlines.get(k);
        if (!(i instanceof Link l) || l.href().isBlank()) {
          if (kept != null) kept.add(i);
          continue;
        }
        Optional<String> fixed = Urls.repair(l.href());
        if (fixed.isPresent() && fixed.get().equals(l.href())) {
          if (kept != null) kept.add(i);
          continue;
        }
        if (kept == null) kept = new ArrayList<>(inlines.subList(0, k));
        if (fixed.isPresent()) {
          kept.add(new Link(fixed.get(), l.title(), l.content()));
        } else {
          String href = l.href();
          diagnostics.warn(input, "link dropped, its URL cannot be repaired (kept its text): "
              + (href.length() > SHOWN ? href.substring(0, SHOWN - 3) + "..." : href));
          kept.addAll(l.content());
        }
      }
      return kept == null ? inlines : kept;
    });
  }
}
