package org.offprint.read.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.offprint.read.InputException;
import org.xml.sax.InputSource;

/** RSS (0.9x, 1.0, 2.0) and Atom through ROME's {@link SyndFeedInput}, DOCTYPEs refused. */
final class RomeFeedParser {
  private RomeFeedParser() {}

  static Feed parse(byte[] bytes, String name, URI location) throws IOException {
    SyndFeed f;
    try {
      // No DOCTYPE, so no entity: an entity could name a local file or a URL (XXE). ROME's default too, but said.
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      f = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new InputException(name, "not a feed offprint can read (" + oneLine(e) + ")");
    }
    URI base = resolve(location, f.getLink());
    List<Feed.Item> items = new ArrayList<>();
    for (SyndEntry e : f.getEntries()) items.add(item(e, base));
    String image = f.getImage() != null && f.getImage().getUrl() != null ? f.getImage().getUrl()
        : f.getIcon() != null && f.getIcon().getUrl() != null ? f.getIcon().getUrl() : "";
    return new Feed(text(f.getTitle()), text(f.getDescription()), absolute(base, f.getLink()), absolute(base, image),
        text(f.getLanguage()), items);
  }

  private static Feed.Item item(SyndEntry e, URI base) {
    String link = absolute(base, e.getLink());
    if (link.isEmpty()) {
      for (SyndLink l : e.getLinks()) {
        if (l.getRel() == null || l.getRel().equals("alternate")) {
          link = absolute(base, l.getHref());
          break;
        }
      }
    }
    String title = text(e.getTitle());
    String id = text(e.getUri());
    // ROME gives an RSS item without a guid its link, as written: relative links identify nothing
    if (id.isEmpty() || id.equals(text(e.getLink()))) id = link.isEmpty() ? title : link;
    Set<String> authors = new LinkedHashSet<>();
    for (SyndPerson p : e.getAuthors()) if (p.getName() != null && !p.getName().isBlank()) authors.add(p.getName().strip());
    if (authors.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) authors.add(e.getAuthor().strip());
    StringBuilder content = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() == null || c.getValue().isBlank()) continue;
      content.append(html(c)).append('\n');
    }
    String summary = e.getDescription() == null || e.getDescription().getValue() == null ? ""
        : html(e.getDescription());
    return new Feed.Item(id, link, title, date(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
        List.copyOf(authors), content.toString().strip(), summary.strip());
  }

  /** {@return the content as HTML: plain text is escaped} */
  private static String html(SyndContent c) {
    String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) return TextToHtml.paragraphs(c.getValue());
    return c.getValue();
  }

  static String date(Date d) {
    if (d == null) return "";
    return OffsetDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString()
        .replaceFirst("T(\\d\\d:\\d\\d)Z$", "T$1:00Z");
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  static URI resolve(URI location, String link) {
    if (link == null || link.isBlank()) return location;
    try {
      URI u = location.resolve(link.strip());
      return u.isAbsolute() ? u : location;
    } catch (IllegalArgumentException e) {
      return location;
    }
  }

  /** {@return {@code link} made absolute against {@code base}; {@code ""} when empty or not a URL} */
  static String absolute(URI base, String link) {
    if (link == null || link.isBlank()) return "";
    try {
      URI u = base.resolve(link.strip());
      return u.isAbsolute() ? u.toString() : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
