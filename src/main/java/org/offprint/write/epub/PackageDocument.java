package org.offprint.write.epub;

import java.util.ArrayList;
import java.util.List;
import org.offprint.write.html.Xml;

/** Builds the EPUB 3 package document ({@code content.opf}). Not thread-safe; one per write. */
final class PackageDocument {
  /** A manifest item; {@code properties} may be {@code ""}. */
  record Item(String id, String href, String mediaType, String properties) {}

  private final StringBuilder meta = new StringBuilder();
  private final List<Item> items = new ArrayList<>();
  private final List<String> spine = new ArrayList<>();
  private final String language;
  private boolean rightToLeft;
  private int creators;

  PackageDocument(String identifier, String title, String language) {
    this.language = language;
    meta.append("<dc:identifier id=\"uid\">").append(Xml.text(identifier)).append("</dc:identifier>\n");
    meta.append("<dc:title id=\"title\">").append(Xml.text(title)).append("</dc:title>\n");
    meta.append("<dc:language>").append(Xml.text(language)).append("</dc:language>\n");
  }

  /** Adds a creator with a {@code file-as} refinement ("Ellison, Mara") and the author role. */
  void creator(String name) {
    String n = Xml.clean(name).strip();
    if (n.isEmpty()) return;
    String id = "creator" + (++creators);
    meta.append("<dc:creator id=\"").append(id).append("\">").append(Xml.text(n)).append("</dc:creator>\n");
    meta.append("<meta refines=\"#").append(id).append("\" property=\"file-as\">").append(Xml.text(fileAs(n)))
        .append("</meta>\n");
    meta.append("<meta refines=\"#").append(id).append("\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n");
  }

  static String fileAs(String name) {
    if (name.contains(",")) return name;
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1) + ", " + name.substring(0, space);
  }

  /** Adds a Dublin Core element when the value is not blank. */
  void dc(String element, String value) {
    String v = Xml.clean(value).strip();
    if (!v.isEmpty()) meta.append("<dc:").append(element).append('>').append(Xml.text(v)).append("</dc:")
        .append(element).append(">\n");
  }

  /** Adds a {@code <meta property>} element whose text is in {@code language} (which the package may not be in). */
  void property(String property, String value, String language) {
    meta.append("<meta property=\"").append(property).append("\" xml:lang=\"").append(Xml.attr(language))
        .append("\">").append(Xml.text(value)).append("</meta>\n");
  }

  /** Adds a {@code <meta property>} element. */
  void property(String property, String value) {
    meta.append("<meta property=\"").append(property).append("\">").append(Xml.text(value)).append("</meta>\n");
  }

  /**
   * Adds the series the book belongs to: EPUB 3 {@code belongs-to-collection} (type series, with its position
   * when known) and calibre's {@code calibre:series}/{@code calibre:series_index}, which many readers show.
   */
  void series(String name, String index) {
    String n = Xml.clean(name).strip();
    if (n.isEmpty()) return;
    meta.append("<meta property=\"belongs-to-collection\" id=\"series\">").append(Xml.text(n)).append("</meta>\n");
    meta.append("<meta refines=\"#series\" property=\"collection-type\">series</meta>\n");
    if (!index.isBlank()) {
      meta.append("<meta refines=\"#series\" property=\"group-position\">").append(Xml.text(index.strip()))
          .append("</meta>\n");
    }
    legacyMeta("calibre:series", n);
    if (!index.isBlank()) legacyMeta("calibre:series_index", index.strip());
  }

  /** Adds an EPUB 2 {@code <meta name content>}, which EPUB 3 keeps for older reading systems. */
  void legacyMeta(String name, String content) {
    meta.append("<meta name=\"").append(Xml.attr(name)).append("\" content=\"").append(Xml.attr(content))
        .append("\"/>\n");
  }

  void item(String id, String href, String mediaType, String properties) {
    items.add(new Item(id, href, mediaType, properties));
  }

  /** Adds a spine entry; a non-linear one must be reachable by a link (the landmarks). */
  void spine(String idref, boolean linear) {
    spine.add("<itemref idref=\"" + idref + "\"" + (linear ? "" : " linear=\"no\"") + "/>");
  }

  void rightToLeft(boolean value) {
    rightToLeft = value;
  }

  String xml() {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\"")
        .append(" xml:lang=\"").append(Xml.attr(language)).append("\">\n")
        .append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n").append(meta).append("</metadata>\n")
        .append("<manifest>\n");
    for (Item i : items) {
      b.append("<item id=\"").append(i.id()).append("\" href=\"").append(Xml.attr(i.href()))
          .append("\" media-type=\"").append(i.mediaType()).append('"');
      if (!i.properties().isEmpty()) b.append(" properties=\"").append(i.properties()).append('"');
      b.append("/>\n");
    }
    b.append("</manifest>\n<spine toc=\"ncx\"");
    if (rightToLeft) b.append(" page-progression-direction=\"rtl\"");
    b.append(">\n");
    for (String s : spine) b.append(s).append('\n');
    b.append("</spine>\n</package>\n");
    return b.toString();
  }
}
