package org.offprint.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.read.InputException;

class FeedReaderTest {
  private static final URI HERE = URI.create("https://example.org/feed.xml");

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>The Column</title>
          <link>https://example.org/</link>
          <description>A weekly column</description>
          <language>en</language>
          <image><url>/logo.png</url><title>The Column</title><link>https://example.org/</link></image>
          <item>
            <title>Second week</title>
            <link>https://example.org/2</link>
            <guid>urn:col:2</guid>
            <pubDate>Tue, 09 Jan 2024 08:00:00 GMT</pubDate>
            <dc:creator>Ann Lee</dc:creator>
            <description>Short summary</description>
            <content:encoded><![CDATA[<p>The <em>whole</em> second article.</p>]]></content:encoded>
          </item>
          <item>
            <title>First week</title>
            <link>/1</link>
            <pubDate>Tue, 02 Jan 2024 08:00:00 GMT</pubDate>
            <description>Only a summary; the page has the text</description>
          </item>
        </channel>
      </rss>
      """;

  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Atom Notes</title>
        <subtitle>Notes in Atom</subtitle>
        <link href="https://example.net/"/>
        <logo>https://example.net/logo.png</logo>
        <id>urn:atom:feed</id>
        <updated>2024-02-02T10:00:00Z</updated>
        <entry>
          <title>An entry</title>
          <link href="https://example.net/entry"/>
          <id>urn:atom:1</id>
          <published>2024-02-01T10:30:00+01:00</published>
          <updated>2024-02-02T10:00:00Z</updated>
          <author><name>Bo Chen</name></author>
          <author><name>Cy Dee</name></author>
          <summary>Summary only</summary>
          <content type="html">&lt;p&gt;Full &lt;b&gt;text&lt;/b&gt;.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  static final String JSON = """
      {"version": "https://jsonfeed.org/version/1.1", "title": "JSON Days", "description": "Days in JSON",
       "home_page_url": "https://example.com/", "icon": "https://example.com/icon.png",
       "authors": [{"name": "Feed Author"}],
       "items": [
         {"id": "j2", "url": "https://example.com/2", "title": "Two", "content_html": "<p>Second <i>day</i>.</p>",
          "date_published": "2024-03-02T09:00:00-05:00", "authors": [{"name": "Di Eve"}]},
         {"id": "j1", "url": "https://example.com/1", "title": "One", "content_text": "First day.\\n\\nA <tag> here.",
          "date_published": "2024-03-01T09:00:00Z"},
         {"id": "j0", "url": "https://example.com/0", "title": "Zero", "summary": "No content"}
       ]}
      """;

  private static Feed read(String s) throws IOException {
    return FeedReader.read(s.getBytes(StandardCharsets.UTF_8), "feed", HERE);
  }

  @Test
  void rssItemsKeepContentEncodedDatesAuthorsAndLinks() throws IOException {
    Feed f = read(RSS);
    assertEquals("The Column", f.title());
    assertEquals("A weekly column", f.description());
    assertEquals("https://example.org/logo.png", f.image());
    assertEquals("en", f.language());
    assertEquals(2, f.items().size());
    Feed.Item second = f.items().get(0);
    assertEquals("urn:col:2", second.id());
    assertEquals("https://example.org/2", second.link());
    assertEquals("2024-01-09T08:00:00Z", second.published());
    assertEquals(List.of("Ann Lee"), second.authors());
    assertEquals("<p>The <em>whole</em> second article.</p>", second.content());
    Feed.Item first = f.items().get(1);
    assertEquals("", first.content(), "a description is a summary, not the article");
    assertEquals("https://example.org/1", first.link(), "relative links resolve against the feed's site");
    assertEquals("https://example.org/1", first.id(), "without a guid the link identifies the item");
  }

  @Test
  void atomEntriesKeepContentEveryAuthorAndThePublishedDate() throws IOException {
    Feed f = read(ATOM);
    assertEquals("Atom Notes", f.title());
    assertEquals("Notes in Atom", f.description());
    assertEquals("https://example.net/logo.png", f.image());
    Feed.Item e = f.items().get(0);
    assertEquals("urn:atom:1", e.id());
    assertEquals("https://example.net/entry", e.link());
    assertEquals("2024-02-01T09:30:00Z", e.published());
    assertEquals(List.of("Bo Chen", "Cy Dee"), e.authors());
    assertEquals("<p>Full <b>text</b>.</p>", e.content());
    assertEquals("Summary only", e.summary());
  }

  @Test
  void jsonFeedItemsTakeHtmlOrEscapedTextAndTheFeedsAuthors() throws IOException {
    Feed f = read(JSON);
    assertEquals("JSON Days", f.title());
    assertEquals("https://example.com/icon.png", f.image());
    assertEquals(3, f.items().size());
    assertEquals("<p>Second <i>day</i>.</p>", f.items().get(0).content());
    assertEquals("2024-03-02T14:00:00Z", f.items().get(0).published());
    assertEquals(List.of("Di Eve"), f.items().get(0).authors());
    assertEquals("<p>First day.</p>\n<p>A &lt;tag&gt; here.</p>", f.items().get(1).content());
    assertEquals(List.of("Feed Author"), f.items().get(1).authors());
    assertEquals("", f.items().get(2).content());
  }

  @Test
  void feedsAreToldFromPagesByContent() {
    assertTrue(FeedReader.isFeed(RSS.getBytes(StandardCharsets.UTF_8)));
    assertTrue(FeedReader.isFeed(ATOM.getBytes(StandardCharsets.UTF_8)));
    assertTrue(FeedReader.isFeed(JSON.getBytes(StandardCharsets.UTF_8)));
    assertTrue(FeedReader.isFeed("<!-- hi --><rdf:RDF xmlns:rdf=\"x\">".getBytes(StandardCharsets.UTF_8)));
    assertFalse(FeedReader.isFeed("<!DOCTYPE html><html><body><p>rss</p>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(FeedReader.isFeed("{\"offprint\": 1, \"blocks\": []}".getBytes(StandardCharsets.UTF_8)));
    assertFalse(FeedReader.isFeed("# A feed of thoughts".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void sinceDropsOlderItemsAndMaxKeepsTheNewestInFeedOrder() throws IOException {
    Feed f = read(JSON);
    Feed since = f.select(Optional.of(LocalDate.of(2024, 3, 2)), Optional.empty());
    assertEquals(List.of("j2", "j0"), since.items().stream().map(Feed.Item::id).toList(), "undated items stay");
    Feed max = f.select(Optional.empty(), Optional.of(2));
    assertEquals(List.of("j2", "j1"), max.items().stream().map(Feed.Item::id).toList());
  }

  @Test
  void anExternalEntityIsRefusedAndReadsNoFile(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<rss version=\"2.0\"><channel><title>&x;</title><link>https://e.org/</link><description>d</description>"
        + "<item><title>&x;</title><link>https://e.org/1</link></item></channel></rss>";
    assertTrue(FeedReader.isFeed(xxe.getBytes(StandardCharsets.UTF_8)), "a doctype with entities is still a feed");
    InputException e = assertThrows(InputException.class, () -> read(xxe));
    assertFalse(e.getMessage().contains("TOP-SECRET-VALUE"), e.getMessage());
    assertTrue(e.getMessage().startsWith("feed: not a feed offprint can read"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void brokenFeedsFailWithOneLineNamingTheInput() {
    for (String bad : List.of("<rss version=\"2.0\"><channel><title>x</title>", "{\"version\": "
        + "\"https://jsonfeed.org/version/1.1\", \"items\": 3}", "{\"version\": \"https://jsonfeed.org/version/1\"",
        "<rss version=\"2.0\"><channel><title>x</title><link>https://e/</link><description>d</description>"
            + "</channel></rss>")) {
      InputException e = assertThrows(InputException.class, () -> read(bad), bad);
      assertTrue(e.getMessage().startsWith("feed: "), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
  }
}
