package org.offprint.read.html.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

class WalkTest {
  private static final String PAGE = "<div id=a><p>one <b>two</b></p><ul><li>x<li>y</ul></div><p>three</p>"
      + "<div><blockquote><p>q</p></blockquote></div>";

  @Test
  void followingVisitsTheSubtreeInDocumentOrderAndStopsAtItsEnd() {
    Element div = Jsoup.parse(PAGE).body().child(0);
    List<Node> walked = new ArrayList<>();
    for (Node n = div; n != null; n = Walk.following(n, div)) walked.add(n);
    List<Node> traversed = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> traversed.add(node), div);
    assertEquals(traversed, walked);
  }

  @Test
  void anAncestorIsAnElementAboveNotTheElementItself() {
    Element body = Jsoup.parse(PAGE).body();
    for (Element a : body.getAllElements()) {
      for (Element e : body.getAllElements()) {
        boolean above = a != e && a.getAllElements().contains(e);
        assertEquals(above, Walk.isAncestor(a, e), a.tagName() + " over " + e.tagName());
      }
    }
  }

  @Test
  void elementChildrenCountsWhatChildrenSizeCountsUpToTheBound() {
    Element body = Jsoup.parse(PAGE + "<section>text <i>a</i> more <i>b</i><!-- c --><i>c</i></section>").body();
    for (Element e : body.getAllElements()) {
      for (int atMost = 0; atMost <= 4; atMost++) {
        assertEquals(Math.min(e.childrenSize(), atMost), Walk.elementChildren(e, atMost), e.tagName() + " " + atMost);
      }
    }
  }

  @Test
  void firstFindsWhatSelectFirstFinds() {
    Element body = Jsoup.parse(PAGE).body();
    for (String query : List.of("blockquote", "nav, ul, menu", "p", "li", "div[id]", "body", "table")) {
      var q = QueryParser.parse(query);
      assertSame(body.selectFirst(q), Walk.first(body, q), query);
    }
    assertNull(Walk.first(body.child(0), QueryParser.parse("blockquote")));
  }

  @Test
  void tagQueriesMatchWhatJsoupsQueriesMatch() {
    Element body = Jsoup.parse(PAGE + "<IMG src=a><Picture><svg><image/><img/></svg></Picture><my-card>c</my-card>"
        + "<math><mi>x</mi></math><table><tr><TD>1</td></tr></table>").body();
    for (String[] names : List.of(new String[] {"img", "picture"}, new String[] {"p"}, new String[] {"my-card", "td"},
        new String[] {"svg", "image", "mi", "table", "tr"})) {
      org.jsoup.select.Evaluator jsoup = QueryParser.parse(String.join(", ", names));
      org.jsoup.select.Evaluator ours = Walk.tags(names);
      for (Element e : body.getAllElements()) {
        assertEquals(jsoup.matches(body, e), ours.matches(body, e), e.tagName() + " " + String.join(",", names));
      }
      assertEquals(body.select(jsoup), Walk.all(body, ours));
    }
  }

  @Test
  void traverseCallsHeadAndTailAsNodeTraversorDoes() {
    Element body = Jsoup.parse(PAGE).body();
    for (Element root : List.of(body, body.child(0), body.selectFirst("b"))) {
      assertEquals(calls(root, true), calls(root, false), root.tagName());
    }
  }

  private static List<String> calls(Element root, boolean jsoup) {
    List<String> out = new ArrayList<>();
    org.jsoup.select.NodeVisitor v = new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        out.add("head " + node.nodeName() + " " + depth);
      }

      @Override
      public void tail(Node node, int depth) {
        out.add("tail " + node.nodeName() + " " + depth);
      }
    };
    if (jsoup) NodeTraversor.traverse(v, root);
    else Walk.traverse(v, root);
    return out;
  }

  @Test
  void afterStepsOverTheSubtree() {
    Element body = Jsoup.parse(PAGE).body();
    assertSame(body.child(1), Walk.after(body.child(0), body));
    assertNull(Walk.after(body.child(2), body));
    assertNull(Walk.after(body, body));
  }

  @Test
  void filterSkipsAndStopsAsNodeTraversorDoes() {
    Element body = Jsoup.parse(PAGE).body();
    assertEquals(filtered(body, true), filtered(body, false));
  }

  // skips the children of <p>, skips <ul> entirely, stops at <blockquote>; records every call
  private static List<String> filtered(Element root, boolean jsoup) {
    List<String> out = new ArrayList<>();
    org.jsoup.select.NodeFilter f = new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        out.add("head " + node.nodeName() + " " + depth);
        return switch (node.nodeName()) {
          case "p" -> FilterResult.SKIP_CHILDREN;
          case "ul" -> FilterResult.SKIP_ENTIRELY;
          case "blockquote" -> FilterResult.STOP;
          default -> FilterResult.CONTINUE;
        };
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        out.add("tail " + node.nodeName() + " " + depth);
        return FilterResult.CONTINUE;
      }
    };
    if (jsoup) NodeTraversor.filter(f, root);
    else Walk.filter(f, root);
    return out;
  }
}
