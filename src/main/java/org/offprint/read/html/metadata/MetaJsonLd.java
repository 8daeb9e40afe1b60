package org.offprint.read.html.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The schema.org JSON-LD of a page: every object of every {@code application/ld+json} script, with arrays and
 * {@code @graph} flattened, and the one that describes the article picked out. Broken scripts (CDATA wrappers,
 * comments, trailing commas, raw newlines in strings) are read leniently or skipped.
 */
final class MetaJsonLd {
  /** The article node, or a missing node when the page has none. */
  final JsonNode article;
  /** Every object found, in document order. */
  final List<JsonNode> objects;

  private MetaJsonLd(JsonNode article, List<JsonNode> objects) {
    this.article = article;
    this.objects = objects;
  }

  /** {@return the JSON-LD of {@code scripts}, the page's {@code application/ld+json} scripts in document order} */
  static MetaJsonLd of(List<Element> scripts) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : scripts) {
      JsonNode root = parse(script.data());
      if (root != null) flatten(root, objects, 0);
    }
    JsonNode article = null;
    int best = 0;
    for (JsonNode o : objects) {
      int rank = rank(types(o));
      if (rank > best) {
        best = rank;
        article = o;
      }
    }
    return new MetaJsonLd(article == null ? JsonTrees.missing() : article, objects);
  }

  static JsonNode parse(String text) {
    String t = text.trim();
    if (t.startsWith("<![CDATA[")) t = t.substring(9);
    if (t.endsWith("]]>")) t = t.substring(0, t.length() - 3);
    t = t.replace("//<![CDATA[", "").replace("//]]>", "").trim();
    try {
      return JsonTrees.lenient(t);
    } catch (Exception e) {
      // a second chance for the common breakage: text after the JSON value, or several values in a row
      int end = Math.max(t.lastIndexOf('}'), t.lastIndexOf(']'));
      if (end > 0 && end < t.length() - 1) {
        try {
          return JsonTrees.lenient(t.substring(0, end + 1));
        } catch (Exception ignored) {
          return null;
        }
      }
      return null;
    }
  }

  private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
    if (depth > 6) return;
    if (n.isArray()) {
      for (JsonNode c : n) flatten(c, out, depth + 1);
    } else if (n.isObject()) {
      out.add(n);
      if (n.has("@graph")) flatten(n.get("@graph"), out, depth + 1);
      JsonNode main = n.get("mainEntity");
      if (main != null && main.isObject()) flatten(main, out, depth + 1);
    }
  }

  static List<String> types(JsonNode o) {
    List<String> out = new ArrayList<>();
    JsonNode t = o.get("@type");
    if (t == null) return out;
    if (t.isArray()) {
      for (JsonNode x : t) out.add(x.asText());
    } else {
      out.add(t.asText());
    }
    return out;
  }

  /**
   * {@return 3 for the types that describe an article, else 0}: a {@code WebPage} node names the page ("Home |
   * Site"), not the story, so it is no source of title, author or date.
   */
  private static int rank(List<String> types) {
    int best = 0;
    for (String t : types) {
      String l = t.toLowerCase(Locale.ROOT);
      int r = 0;
      if (l.endsWith("article") || l.equals("blogposting") || l.equals("report") || l.equals("posting")
          || l.equals("liveblogposting") || l.equals("socialmediaposting") || l.equals("review")
          || l.equals("techarticle") || l.equals("scholarlyarticle")) {
        r = 3;
      }
      best = Math.max(best, r);
    }
    return best;
  }

  /** {@return the text of a field of the article node, or ""} */
  String text(String field) {
    return text(resolve(article.get(field)));
  }

  /** {@return a field of the article node with {@code @id} references followed, or {@code null}} */
  JsonNode field(String name) {
    return resolve(article.get(name));
  }

  /**
   * {@return the node an {@code {"@id": …}} reference points to in the page's graph (as Yoast writes authors and
   * publishers), the node itself otherwise}; arrays are resolved item by item
   */
  JsonNode resolve(JsonNode n) {
    if (n == null) return null;
    if (n.isArray()) {
      var out = JsonTrees.array();
      for (JsonNode c : n) out.add(resolve(c));
      return out;
    }
    if (!n.isObject() || !n.has("@id") || n.has("name")) return n;
    String id = n.get("@id").asText();
    for (JsonNode o : objects) {
      if (o != n && o.has("name") && id.equals(o.path("@id").asText())) return o;
    }
    return n;
  }

  /** {@return a string, or the first string of an array, or an object's name/url/@value} */
  static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) return "";
    if (n.isTextual() || n.isNumber()) return n.asText().trim();
    if (n.isArray()) {
      for (JsonNode c : n) {
        String s = text(c);
        if (!s.isEmpty()) return s;
      }
      return "";
    }
    if (n.isObject()) {
      for (String k : List.of("name", "url", "@value", "contentUrl", "@id")) {
        if (n.has(k)) {
          String s = text(n.get(k));
          if (!s.isEmpty()) return s;
        }
      }
    }
    return "";
  }

  /** {@return every name in an author-like value: strings, objects with a name, arrays of either} */
  static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull() || n.isMissingNode()) return out;
    if (n.isArray()) {
      for (JsonNode c : n) out.addAll(names(c));
    } else if (n.isTextual()) {
      out.add(n.asText().trim());
    } else if (n.isObject()) {
      JsonNode name = n.get("name");
      if (name != null) {
        out.addAll(names(name));
      } else if (n.has("givenName") || n.has("familyName")) {
        out.add((n.path("givenName").asText("") + " " + n.path("familyName").asText("")).trim());
      }
    }
    return out;
  }

  /** {@return the object of the given type among all objects, or a missing node} */
  JsonNode firstOfType(String... wanted) {
    for (JsonNode o : objects) {
      for (String t : types(o)) {
        for (String w : wanted) {
          if (t.equalsIgnoreCase(w)) return o;
        }
      }
    }
    return JsonTrees.missing();
  }
}
