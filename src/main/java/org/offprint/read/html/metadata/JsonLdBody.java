package org.offprint.read.html.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.Iterator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.offprint.read.html.dom.Walk;

/** Reads the {@code articleBody} a page declares in its JSON-LD, a publisher's own statement of the body text. */
public final class JsonLdBody {

  private JsonLdBody() {}

  /** {@return the longest {@code articleBody} of the page's JSON-LD, or ""} */
  public static String find(Document page) {
    return find(scripts(page));
  }

  /** {@return the text of the JSON-LD scripts under {@code root}, in document order} */
  public static List<String> scripts(Element root) {
    List<String> data = new ArrayList<>();
    for (Node n = root; n != null; n = Walk.following(n, root)) {
      if (n instanceof Element e && e.normalName().equals("script") && isJsonLd(e)) data.add(e.data());
    }
    return data;
  }

  /** {@return whether {@code script} holds JSON-LD} */
  public static boolean isJsonLd(Element script) {
    String type = script.attr("type");
    return type.length() >= 19 && type.trim().equalsIgnoreCase("application/ld+json");
  }

  /** {@return the longest {@code articleBody} in the JSON-LD {@code scripts}, or ""} */
  public static String find(List<String> scripts) {
    String best = "";
    for (String data : scripts) {
      if (!data.contains("articleBody")) continue;
      JsonNode root;
      try {
        root = JsonTrees.strict(data);
      } catch (Exception e) {
        continue; // publishers' JSON-LD is often broken; it is only a hint
      }
      Deque<JsonNode> stack = new ArrayDeque<>();
      stack.push(root);
      while (!stack.isEmpty()) {
        JsonNode n = stack.pop();
        if (n.isObject()) {
          JsonNode body = n.get("articleBody");
          if (body != null && body.isTextual() && body.asText().length() > best.length()) best = body.asText();
          for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) stack.push(it.next());
        } else if (n.isArray()) {
          for (JsonNode c : n) stack.push(c);
        }
      }
    }
    return best;
  }
}
