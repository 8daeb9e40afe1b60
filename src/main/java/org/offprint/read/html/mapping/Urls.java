package org.offprint.read.html.mapping;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.offprint.read.Source;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.offprint.read.html.dom.Walk;

/**
 * Resolves the page's relative URLs. Links resolve against the user's base URL, then {@code <base href>}, then the
 * canonical URL, then the page's location; images against {@code <base href>}, then the location, because a saved
 * page's images sit beside it. A protocol-relative reference ({@code //cdn.example.net/a.jpg}) names a host on the
 * web whatever the page's own location: it takes the scheme of the first web URL among the user's base URL,
 * {@code <base href>}, the canonical URL and the location, else {@code https}, and never becomes a {@code file:}
 * URL.
 */
public final class Urls {
  // parsed once: jsoup parses a query string on every call
  private static final Evaluator BASE = QueryParser.parse("base[href]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");

  private final URI linkBase;
  private final URI imageBase;
  private final String webScheme;

  private Urls(URI linkBase, URI imageBase, String webScheme) {
    this.linkBase = linkBase;
    this.imageBase = imageBase;
    this.webScheme = webScheme;
  }

  /** {@return the resolver for {@code page}, read before the page is cleaned} */
  public static Urls of(Document page, Source source) {
    URI location = source.location().orElse(null);
    URI base = null;
    // <base> and the canonical link belong in the head: looking there spares a walk over the whole page
    Element head = page.head();
    Element baseEl = null;
    Element canon = null;
    for (Node n = head; n != null && (baseEl == null || canon == null); n = Walk.following(n, head)) { // one walk
      if (!(n instanceof Element e)) continue;
      String tag = e.normalName(); // the tag first: most of a head is meta, script and style elements
      if (baseEl == null && tag.equals("base") && BASE.matches(head, e)) baseEl = e;
      if (canon == null && tag.equals("link") && CANONICAL.matches(head, e)) canon = e;
    }
    if (baseEl != null) base = resolve(location, baseEl.attr("href").trim());
    URI canonical = null;
    if (canon != null) canonical = resolve(location, canon.attr("href").trim());
    if (canonical != null && !canonical.isAbsolute()) canonical = null;
    URI link = source.baseUrl().orElse(base != null ? base : canonical != null ? canonical : location);
    URI image = base != null ? base : location != null ? location : source.baseUrl().orElse(canonical);
    return new Urls(link, image, webScheme(source.baseUrl().orElse(null), base, canonical, location));
  }

  /** {@return the scheme of the first web URL among {@code uris}, else "https"} */
  static String webScheme(URI... uris) {
    for (URI u : uris) {
      String s = u == null || u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (s.equals("http") || s.equals("https")) return s;
    }
    return "https";
  }

  /** {@return whether {@code src} is a path relative to the page's folder: neither a URL nor rooted at a host} */
  static boolean isPagePath(String src) {
    String s = src.trim();
    if (s.isEmpty() || s.startsWith("/") || s.startsWith("\\") || s.startsWith("#") || s.startsWith("?")) return false;
    int colon = s.indexOf(':');
    int slash = s.indexOf('/');
    // a scheme ends at the first colon, before any slash: "page_files/a:b.jpg" is a path, "data:…" is not
    return colon < 0 || slash >= 0 && slash < colon;
  }

  /**
   * {@return whether images resolve against a page on disk (a {@code file:} URL)}; without a location (stdin), a
   * relative path leads nowhere
   */
  boolean imagesBesidePage() {
    return imageBase != null && "file".equalsIgnoreCase(imageBase.getScheme());
  }

  /** {@return {@code href} made absolute for a link, or as written when it cannot be} */
  String link(String href) {
    return absolute(linkBase, withScheme(href));
  }

  /** {@return {@code src} made absolute for an image, or as written when it cannot be} */
  String image(String src) {
    return absolute(imageBase, withScheme(src));
  }

  private String withScheme(String ref) {
    String r = ref.trim();
    return r.startsWith("//") ? webScheme + ":" + r : ref;
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
