package org.offprint.read.html;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.offprint.read.Source;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Resolves the page's relative URLs. Links resolve against the user's base URL, then {@code <base href>}, then the
 * canonical URL, then the page's location; images against {@code <base href>}, then the location, because a saved
 * page's images sit beside it.
 */
final class Urls {
  // parsed once: jsoup parses a query string on every call
  private static final Evaluator BASE = QueryParser.parse("base[href]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");

  private final URI linkBase;
  private final URI imageBase;

  private Urls(URI linkBase, URI imageBase) {
    this.linkBase = linkBase;
    this.imageBase = imageBase;
  }

  /** {@return the resolver for {@code page}, read before the page is cleaned} */
  static Urls of(Document page, Source source) {
    URI location = source.location().orElse(null);
    URI base = null;
    // <base> and the canonical link belong in the head: looking there spares a walk over the whole page
    Element head = page.head();
    Element baseEl = Walk.first(head, BASE);
    if (baseEl != null) base = resolve(location, baseEl.attr("href").trim());
    URI canonical = null;
    Element canon = Walk.first(head, CANONICAL);
    if (canon != null) canonical = resolve(location, canon.attr("href").trim());
    if (canonical != null && !canonical.isAbsolute()) canonical = null;
    URI link = source.baseUrl().orElse(base != null ? base : canonical != null ? canonical : location);
    URI image = base != null ? base : location != null ? location : source.baseUrl().orElse(canonical);
    return new Urls(link, image);
  }

  /** {@return {@code href} made absolute for a link, or as written when it cannot be} */
  String link(String href) {
    return absolute(linkBase, href);
  }

  /** {@return {@code src} made absolute for an image, or as written when it cannot be} */
  String image(String src) {
    return absolute(imageBase, src);
  }

  private static String absolute(URI base, String ref) {
    String r = ref.trim();
    if (r.isEmpty() || r.startsWith("#") || r.startsWith("data:")) return r;
    URI u = resolve(base, r);
    return u == null ? r : u.toString();
  }

  private static URI resolve(URI base, String ref) {
    try {
      URI r = new URI(ref.replace(" ", "%20"));
      if (base == null || r.isAbsolute() || base.isOpaque()) return r;
      return base.resolve(r);
    } catch (Exception e) {
      try {
        // a URL with characters URI rejects: resolve the part before them as text
        return base == null ? null : base.resolve(new URI(null, null, ref, null));
      } catch (Exception e2) {
        return null;
      }
    }
  }

  /** {@return whether {@code href} is a script pseudo-URL whose link must be dropped (its text kept)} */
  static boolean isScript(String href) {
    return href.trim().toLowerCase(Locale.ROOT).startsWith("javascript:");
  }

}
