package org.offprint.write;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.BlockVisitor;
import org.offprint.model.Code;
import org.offprint.model.CodeBlock;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Emphasis;
import org.offprint.model.Figure;
import org.offprint.model.Footnote;
import org.offprint.model.Heading;
import org.offprint.model.Image;
import org.offprint.model.Inline;
import org.offprint.model.InlineVisitor;
import org.offprint.model.LineBreak;
import org.offprint.model.Link;
import org.offprint.model.ListBlock;
import org.offprint.model.NoteRef;
import org.offprint.model.Paragraph;
import org.offprint.model.Quote;
import org.offprint.model.Rule;
import org.offprint.model.Strikethrough;
import org.offprint.model.Strong;
import org.offprint.model.Subscript;
import org.offprint.model.Superscript;
import org.offprint.model.Table;
import org.offprint.model.Text;

/**
 * Makes every URL a writer puts into its output valid by RFC 3986, so that one link a page got wrong cannot make a
 * store reject a whole e-book (EPUBCheck RSC-020). Pages are full of URLs browsers forgive: {@code [} and
 * {@code ]} in a query ({@code ?view=render[Lightbox]}), spaces, non-ASCII letters, a lone {@code %}. Such a URL
 * is repaired by percent-encoding, as a browser does when it follows the link; one that cannot be repaired (a
 * host that is not a host name, a port that is not a number, a broken character) is dropped and its link keeps
 * only its text. The one place that decides this for every writer. Stateless and thread-safe.
 *
 * <pre>{@code
 * Document safe = WebLinks.repair(document, diagnostics); // links repaired, or dropped with a warning
 * Optional<String> url = WebLinks.repair("https://example.org/a?view=render[Lightbox]");
 * // https://example.org/a?view=render%5BLightbox%5D
 * }</pre>
 */
public final class WebLinks {
  /** The option of the formats that can list the links' URLs at the end (PDF and text). */
  public static final FormatOption LINK_LIST =
      FormatOption.flag("--link-list", "PDF and text: list the external links' URLs at the end.");

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final String UNRESERVED_AND_SUB_DELIMS = "-._~!$&'()*+,;=";

  private WebLinks() {}

  /**
   * {@return the URL made valid by RFC 3986, or empty when it cannot be repaired} A valid URL comes back
   * unchanged. Surrounding white space is removed, tabs and line breaks inside are dropped (as browsers do),
   * characters RFC 3986 does not allow where they stand are percent-encoded as UTF-8, host names in other
   * scripts become their ASCII (IDNA) form. A relative reference ({@code #note-1}, {@code page.html}) is
   * repaired the same way.
   */
  public static Optional<String> repair(String url) {
    Objects.requireNonNull(url, "url");
    String s = url.strip().replaceAll("[\\t\\n\\r]", "");
    if (s.isEmpty()) return Optional.empty();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F) return Optional.empty();
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (!paired) return Optional.empty();
        i++;
      }
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    String rest = s;
    var scheme = SCHEME.matcher(s);
    if (scheme.find()) {
      out.append(scheme.group().toLowerCase(Locale.ROOT));
      rest = s.substring(scheme.end());
    }
    int hash = rest.indexOf('#');
    String fragment = hash < 0 ? null : rest.substring(hash + 1);
    if (hash >= 0) rest = rest.substring(0, hash);
    int question = rest.indexOf('?');
    String query = question < 0 ? null : rest.substring(question + 1);
    if (question >= 0) rest = rest.substring(0, question);
    if (rest.startsWith("//")) {
      int end = rest.indexOf('/', 2);
      if (end < 0) end = rest.length();
      Optional<String> authority = authority(rest.substring(2, end));
      if (authority.isEmpty()) return Optional.empty();
      out.append("//").append(authority.get());
      rest = rest.substring(end);
    }
    encode(out, rest, "/:@");
    if (query != null) encode(out.append('?'), query, "/:@?");
    if (fragment != null) encode(out.append('#'), fragment, "/:@?");
    String repaired = out.toString();
    try {
      URI uri = new URI(repaired);
      String sch = uri.getScheme() == null ? "" : uri.getScheme();
      if ((sch.equals("http") || sch.equals("https")) && (uri.getHost() == null || uri.getHost().isEmpty())) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.of(repaired);
  }

  /** {@return whether the URL is valid by RFC 3986 as it stands, that is {@link #repair} leaves it unchanged} */
  public static boolean valid(String url) {
    return repair(url).map(url::equals).orElse(false);
  }

  /**
   * {@return the document with every link URL repaired} A link whose URL cannot be repaired keeps its text, and
   * a warning names the URL. Nothing else changes: image sources are left to the resource resolver.
   */
  public static Document repair(Document document, Diagnostics diagnostics) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Rewriter r = new Rewriter(document.metadata().source(), diagnostics);
    if (!r.needed(document)) return document;
    List<Footnote> notes = new ArrayList<>();
    for (Footnote f : document.footnotes()) notes.add(new Footnote(f.id(), r.blocks(f.content())));
    return new Document(document.metadata(), r.blocks(document.blocks()), notes);
  }

  /** {@return the book with every document's link URLs repaired, as {@link #repair(Document, Diagnostics)}} */
  public static Book repair(Book book, Diagnostics diagnostics) {
    Objects.requireNonNull(book, "book");
    List<Document> docs = new ArrayList<>(book.documents().size());
    boolean changed = false;
    for (Document d : book.documents()) {
      Document r = repair(d, diagnostics);
      changed |= r != d;
      docs.add(r);
    }
    return changed ? new Book(book.metadata(), docs, book.parts(), book.articles()) : book;
  }

  private static Optional<String> authority(String a) {
    int at = a.lastIndexOf('@');
    StringBuilder out = new StringBuilder();
    if (at >= 0) {
      encode(out, a.substring(0, at), ":");
      out.append('@');
      a = a.substring(at + 1);
    }
    String host = a;
    String port = "";
    if (a.startsWith("[")) {
      int close = a.indexOf(']');
      if (close < 0) return Optional.empty();
      host = a.substring(0, close + 1);
      port = a.substring(close + 1);
      if (!port.isEmpty() && !port.startsWith(":")) return Optional.empty();
      if (!host.matches("\\[[0-9A-Fa-f:.]+\\]|\\[v[0-9A-Fa-f]+\\.[A-Za-z0-9._~!$&'()*+,;=:-]+\\]")) return Optional.empty();
    } else {
      int colon = a.lastIndexOf(':');
      if (colon >= 0) {
        host = a.substring(0, colon);
        port = a.substring(colon);
      }
      if (!host.isEmpty()) {
        try {
          host = (ascii(host) ? asciiHost(host) : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
        if (!host.matches("[a-z0-9._~!$&'()*+,;=%-]+")) return Optional.empty();
      }
    }
    if (!port.isEmpty() && !port.matches(":[0-9]{0,5}")) return Optional.empty();
    return Optional.of(out.append(host).append(port).toString());
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /**
   * {@return what {@link IDN#toASCII} gives for a host name in ASCII: the name itself} Without IDN, whose class
   * loads the Unicode tables of its name preparation (60-70 ms in a cold JVM) that an ASCII name never needs.
   *
   * @throws IllegalArgumentException as IDN does: for an empty label, or one longer than 63 characters
   */
  static String asciiHost(String host) {
    if (host.equals(".")) return host;
    int start = 0;
    while (start < host.length()) {
      int dot = host.indexOf('.', start);
      int end = dot < 0 ? host.length() : dot;
      if (end == start) throw new IllegalArgumentException("Empty label is not a legal name");
      if (end - start > 63) throw new IllegalArgumentException("The label in the input is too long");
      start = end + 1;
    }
    return host;
  }

  /** Appends {@code part}, percent-encoding every character but unreserved, sub-delims and {@code extra}. */
  private static void encode(StringBuilder out, String part, String extra) {
    for (int i = 0; i < part.length(); ) {
      int c = part.codePointAt(i);
      int n = Character.charCount(c);
      if (c == '%' && i + 2 < part.length() && hex(part.charAt(i + 1)) && hex(part.charAt(i + 2))) {
        out.append('%').append(Character.toUpperCase(part.charAt(i + 1))).append(Character.toUpperCase(part.charAt(i + 2)));
        i += 3;
        continue;
      }
      if (c < 0x80 && (Character.isLetterOrDigit(c) || UNRESERVED_AND_SUB_DELIMS.indexOf(c) >= 0
          || extra.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 15, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
        }
      }
      i += n;
    }
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Rebuilds only what holds a link; a document without a link to repair is returned as it is. */
  private static final class Rewriter implements BlockVisitor<Block>, InlineVisitor<Inline> {
    private final String input;
    private final Diagnostics diagnostics;
    private boolean found;

    Rewriter(String input, Diagnostics diagnostics) {
      this.input = input;
      this.diagnostics = diagnostics;
    }

    /** Whether some link's URL is not valid as it stands. */
    boolean needed(Document d) {
      Rewriter probe = new Rewriter(input, Diagnostics.IGNORE);
      probe.blocks(d.blocks());
      for (Footnote f : d.footnotes()) probe.blocks(f.content());
      return probe.found;
    }

    List<Block> blocks(List<Block> blocks) {
      List<Block> out = new ArrayList<>(blocks.size());
      for (Block b : blocks) out.add(b.accept(this));
      return out;
    }

    List<Inline> inlines(List<Inline> inlines) {
      List<Inline> out = new ArrayList<>(inlines.size());
      for (Inline i : inlines) {
        if (i instanceof Link l) {
          List<Inline> content = inlines(l.content());
          String href = l.href();
          if (href.isBlank()) {
            out.add(new Link(href, l.title(), content));
            continue;
          }
          Optional<String> fixed = repair(href);
          if (fixed.isPresent()) {
            if (!fixed.get().equals(href)) found = true;
            out.add(new Link(fixed.get(), l.title(), content));
          } else {
            found = true;
            diagnostics.warn(input, "link dropped, its URL cannot be repaired (kept its text): "
                + (href.length() > 120 ? href.substring(0, 117) + "..." : href));
            out.addAll(content);
          }
        } else {
          out.add(i.accept(this));
        }
      }
      return out;
    }

    @Override
    public Block heading(Heading h) {
      return new Heading(h.level(), inlines(h.content()), h.id());
    }

    @Override
    public Block paragraph(Paragraph p) {
      return new Paragraph(inlines(p.content()));
    }

    @Override
    public Block quote(Quote q) {
      return new Quote(blocks(q.content()), inlines(q.attribution()));
    }

    @Override
    public Block list(ListBlock l) {
      List<ListBlock.Item> items = new ArrayList<>();
      for (ListBlock.Item item : l.items()) items.add(new ListBlock.Item(blocks(item.content())));
      return new ListBlock(l.ordered(), l.start(), items);
    }

    @Override
    public Block code(CodeBlock c) {
      return c;
    }

    @Override
    public Block figure(Figure f) {
      return new Figure(f.src(), f.alt(), inlines(f.caption()));
    }

    @Override
    public Block table(Table t) {
      return new Table(inlines(t.caption()), rows(t.head()), rows(t.body()));
    }

    private List<Table.Row> rows(List<Table.Row> rows) {
      List<Table.Row> out = new ArrayList<>();
      for (Table.Row r : rows) {
        List<Table.Cell> cells = new ArrayList<>();
        for (Table.Cell c : r.cells()) {
          cells.add(new Table.Cell(inlines(c.content()), c.align(), c.colspan(), c.rowspan()));
        }
        out.add(new Table.Row(cells));
      }
      return out;
    }

    @Override
    public Block rule(Rule r) {
      return r;
    }

    @Override
    public Inline text(Text t) {
      return t;
    }

    @Override
    public Inline emphasis(Emphasis e) {
      return new Emphasis(inlines(e.content()));
    }

    @Override
    public Inline strong(Strong s) {
      return new Strong(inlines(s.content()));
    }

    @Override
    public Inline code(Code c) {
      return c;
    }

    @Override
    public Inline link(Link l) {
      throw new AssertionError("links are handled in inlines()");
    }

    @Override
    public Inline image(Image i) {
      return i;
    }

    @Override
    public Inline lineBreak(LineBreak b) {
      return b;
    }

    @Override
    public Inline superscript(Superscript s) {
      return new Superscript(inlines(s.content()));
    }

    @Override
    public Inline subscript(Subscript s) {
      return new Subscript(inlines(s.content()));
    }

    @Override
    public Inline strikethrough(Strikethrough s) {
      return new Strikethrough(inlines(s.content()));
    }

    @Override
    public Inline noteRef(NoteRef n) {
      return n;
    }
  }
}
