package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offprint.model.Document;

/**
 * A post whose paragraphs cite their sources as bare web addresses: those links do not make the post's text look
 * like a list of teasers, so the article grows from a block of prose inside the post to the whole post.
 */
class CitedSourcesTest {
  private static String prose(String topic) {
    return "<p>The " + topic + " was the talk of the town, and the fishermen, the bakers and the traders argued about"
        + " it in the square, at the tavern and on the quay, until late in the evening, when the lamps were lit and"
        + " the boats came in, one by one, with their catch of herring, mackerel and cod.</p>";
  }

  private static String source(String path) {
    return "<p><a href=\"https://archive.example.org/" + path + "\">https://archive.example.org/" + path + "</a></p>";
  }

  @Test
  void paragraphsBesideTheirSourcesStayWithTheProseBlock() throws Exception {
    String inner = "<div>" + prose("new harbour wall") + prose("storm of the winter") + prose("price of fish")
        + prose("ferry to the island") + prose("festival of the boats") + prose("lighthouse keeper") + "</div>";
    String post = "<div class=\"entry-content\"><p><img src=\"a.jpg\" alt=\"\"></p>"
        + "<p>Nobody in the harbour town remembers a summer like this one, when the tourists came by the thousand"
        + " and the old ways of the port, its nets and its songs, seemed about to vanish for good.</p>"
        + source("harbour/summer-of-tourists-1998") + source("harbour/nets-and-songs-of-the-port")
        + "<p>The council met three times that summer, and each time the fishermen came to speak, with their caps"
        + " in their hands and their complaints on paper, about the moorings the yachts had taken from them.</p>"
        + source("council/minutes-of-the-summer-meetings") + source("council/moorings-and-the-yacht-club")
        + inner + "</div>";
    String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A summer in the port</title>"
        + "</head><body><div id=\"content\"><h2>A summer in the port</h2>" + post + "</div>"
        + "<div id=\"sidebar\"><ul><li><a href=\"/a\">Archive</a></li><li><a href=\"/b\">About</a></li></ul></div>"
        + "</body></html>";
    Document doc = Pages.read(page);
    String text = Pages.text(doc);
    assertTrue(text.contains("The council met three times that summer"), text);
    assertTrue(text.contains("https://archive.example.org/council/moorings-and-the-yacht-club"), text);
    assertTrue(text.contains("The lighthouse keeper was the talk of the town"), text);
  }
}
