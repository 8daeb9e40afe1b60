package org.offprint.write.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Figure;
import org.offprint.model.Heading;
import org.offprint.model.Metadata;
import org.offprint.theme.Theme;
import org.offprint.write.BookProgress;

/**
 * One rendering of an article or a book into one PDF: opens the OpenPDF document with the theme's page, sets
 * metadata, dates and file id for reproducible bytes, builds the outline, lays out each article (header, body,
 * notes) and reports characters no font could draw. Not thread-safe: made fresh for every write.
 */
final class Rendering {
  private final PdfWriter.Settings settings;
  private final Typography typo;

  Rendering(PdfWriter.Settings settings) {
    this.settings = settings;
    this.typo = new Typography(settings.theme(), settings.page());
  }

  /** Writes one article. */
  void article(Document doc, OutputStream out) throws IOException {
    Images images = images(doc.metadata());
    List<Document> docs = List.of(doc);
    // laid out in memory, as an article may be laid out again to keep its last page from being nearly empty
    Pass first = render(doc.metadata(), docs, List.of(), false, Map.of(), new ByteArrayOutputStream(), images,
        PagePlan.NONE, steps(0, 1));
    PagePlanner.Result<Pass> planned = new PagePlanner(typo.leading).plan(first.ends(), 1, (plan, only) ->
        render(doc.metadata(), docs, List.of(), false, Map.of(), new ByteArrayOutputStream(), images, plan, null),
        Pass::ends);
    Pass best = planned.plan().equals(PagePlan.NONE) ? first : planned.last() != null ? planned.last()
        : render(doc.metadata(), docs, List.of(), false, Map.of(), new ByteArrayOutputStream(), images,
            planned.plan(), null);
    reportMissing(best.missing(), doc.metadata(), docs, settings.options().diagnostics());
    best.bytes().writeTo(out);
    out.flush();
  }

  /**
   * Writes a book: a title page with a clickable table of contents, then each article from a new page. The
   * contents' page numbers come from a pass into nowhere, with the pages planned so that no article ends on a
   * nearly empty page.
   */
  void book(Book book, OutputStream out) throws IOException {
    // all passes share the images, so each is fetched, and any problem with it reported, once
    Images images = images(book.metadata());
    List<Document> docs = book.documents();
    int n = docs.size();
    Pass first = render(book.metadata(), docs, book.parts(), true, Map.of(), OutputStream.nullOutputStream(), images,
        PagePlan.NONE, steps(0, 2 * n));
    PagePlan plan = new PagePlanner(typo.leading).plan(first.ends(), n, (p, only) -> {
      // the articles being planned, alone: each lays out the same as among the others
      List<Integer> which = only == null ? IntStream.range(0, n).boxed().toList() : only;
      Pass trial = render(book.metadata(), which.stream().map(docs::get).toList(), List.of(), true, Map.of(),
          OutputStream.nullOutputStream(), images, p.select(which), null);
      Map<Integer, PlannedPages.End> ends = new HashMap<>();
      trial.ends().forEach((j, end) -> ends.put(which.get(j), end));
      return ends;
    }, ends -> ends).plan();
    Map<String, Integer> pages = plan.equals(PagePlan.NONE) ? first.tocPages()
        : render(book.metadata(), docs, book.parts(), true, Map.of(), OutputStream.nullOutputStream(), images, plan,
            null).tocPages();
    Pass last = render(book.metadata(), docs, book.parts(), true, pages, out, images, plan, steps(n, 2 * n));
    reportMissing(last.missing(), book.metadata(), docs, settings.options().diagnostics());
  }

  /** What one pass made: where tags landed, how articles ended, characters no font has, and its bytes. */
  private record Pass(Map<String, Integer> tocPages, Map<Integer, PlannedPages.End> ends, Set<Integer> missing,
      ByteArrayOutputStream bytes) {}

  /** {@return progress counted from step {@code before} of {@code total}} */
  private BookProgress steps(int before, int total) {
    return (done, all) -> settings.options().progress().step(before + done, total);
  }

  private Images images(Metadata meta) {
    return new Images(settings.options().resources(), settings.options().diagnostics(), input(meta), settings.pdfa());
  }

  /** One pass with the pages planned as {@code plan}; {@code progress} is null for a pass that reports none. */
  private Pass render(Metadata meta, List<Document> docs, List<Book.Part> parts, boolean isBook,
      Map<String, Integer> tocPages, OutputStream out, Images images, PagePlan plan, BookProgress progress)
      throws IOException {
    GuardedStream sink = new GuardedStream(out);
    try {
      return layout(meta, docs, parts, isBook, tocPages, sink, images, plan, progress == null ? (d, a) -> { } : progress,
          out instanceof ByteArrayOutputStream b ? b : null);
    } catch (RuntimeException e) {
      if (sink.failure != null) throw sink.failure; // OpenPDF wraps I/O errors and loses their cause
      if (e instanceof UncheckedIOException u) throw u.getCause();
      throw new IOException("PDF: cannot write '" + meta.title() + "': " + e.getMessage(), e);
    }
  }

  private Pass layout(Metadata meta, List<Document> docs, List<Book.Part> parts, boolean isBook,
      Map<String, Integer> tocPages, GuardedStream sink, Images images, PagePlan plan, BookProgress progress,
      ByteArrayOutputStream bytes) throws IOException {
    Theme.Page page = typo.page;
    com.lowagie.text.Document pdf = new com.lowagie.text.Document(new Rectangle(page.width(), page.height()),
        page.left(), page.right(), page.top(), page.bottom());
    com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, sink);
    writer.setCloseStream(false);
    String language = language(meta, docs);
    // PDF/UA: the title is shown in the window and must be in the XMP; an untitled PDF takes its first article's
    pdf.addTitle(docTitle(meta, docs));
    if (!meta.authors().isEmpty()) pdf.addAuthor(String.join(", ", meta.authors()));
    String subject = !meta.description().isEmpty() ? meta.description() : meta.subtitle();
    if (!subject.isEmpty()) pdf.addSubject(subject);
    if (!meta.tags().isEmpty()) pdf.addKeywords(String.join(", ", meta.tags()));
    pdf.addCreator(settings.creator());
    TaggedPdf.beforeOpen(writer);
    StructureTree tree = new StructureTree(writer);
    MarkedContent tags = new MarkedContent(tree);
    LinkAnnotations links = new LinkAnnotations(tags);
    PageDecorations decorations = new PageDecorations(typo, links);
    writer.setPageEvent(decorations);
    PlannedPages planned = new PlannedPages(pdf, page, typo.leading, plan);
    writer.setPageEvent(planned);
    if (!isBook && !docs.isEmpty()) planned.begin(0);
    pdf.open();

    Calendar date = calendar(timestamp(meta, docs));
    writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
    writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
    byte[] id = fileId(meta, docs, date);
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.isEmpty() ? "und" : language));
    if (settings.pdfa()) TaggedPdf.pdfa(writer);
    TaggedPdf.xmp(writer, settings.pdfa()); // after the dates, or XMP records "now" (research 3.4)

    FontSet fonts = new FontSet(settings.theme(), settings.themeFiles(), settings.fallbacks(), language);
    List<ArticleContext> contexts = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      String lang = d.metadata().language().isEmpty() ? language : d.metadata().language();
      contexts.add(new ArticleContext(isBook ? "d" + i + "-" : "", d, fonts, typo, hyphenation(lang), images,
          settings.linkList(), tags, links));
    }
    // A titled book part groups its articles in the outline; an untitled one leaves them at the top.
    Map<Integer, String> partTitles = partTitles(parts);
    PdfOutline root = writer.getRootOutline();
    PdfOutline parent = root;
    for (int i = 0; i < contexts.size(); i++) {
      if (partTitles.containsKey(i)) {
        String title = partTitles.get(i);
        parent = title.isEmpty() ? root
            : new PdfOutline(root, PdfAction.gotoLocalPage(contexts.get(i).titleDestination(), false), title, true);
      }
      outline(parent, contexts.get(i));
    }

    PageFlow flow = new PageFlow(pdf, writer, typo, tags);
    if (isBook) new ContentsPage(flow, typo).write(meta, contexts, partTitles, tocPages, fonts, tree.document);
    boolean first = !isBook;
    int done = 0;
    for (ArticleContext ctx : contexts) {
      if (!first) {
        planned.begin(done);
        pdf.newPage();
      }
      decorations.runningTitle(isBook ? ctx.document.metadata().title() : meta.title(), ctx);
      decorations.noHeaderOn(writer.getPageNumber());
      String lang = ctx.document.metadata().language();
      article(flow, ctx, tree.add(tree.document, "Art").lang(lang.equals(language) ? "" : lang));
      planned.end(writer);
      first = false;
      progress.step(++done, contexts.size());
    }
    if (docs.isEmpty() && !isBook) flow.place(flow.blank(fonts));
    tree.finish();
    pdf.close();
    sink.flush();
    return new Pass(decorations.tagPages(), planned.ends(), fonts.missing(), bytes);
  }

  /** {@return the index of each part's first document mapped to the part's title} */
  private static Map<Integer, String> partTitles(List<Book.Part> parts) {
    Map<Integer, String> out = new HashMap<>();
    for (Book.Part p : parts) out.put(p.start(), p.title().strip());
    return out;
  }

  private static String language(Metadata meta, List<Document> docs) {
    if (!meta.language().isEmpty()) return meta.language();
    return docs.stream().map(d -> d.metadata().language()).filter(l -> !l.isEmpty()).findFirst().orElse("");
  }

  private LiangHyphenation hyphenation(String language) {
    if (!settings.theme().hyphenate() || !settings.theme().justify() || language.isEmpty()) return null;
    return Hyphenator.forLanguage(language).map(LiangHyphenation::new).orElse(null);
  }

  /** Dates come from the caller's timestamp (SOURCE_DATE_EPOCH), else the article's date, else the epoch. */
  private Instant timestamp(Metadata meta, List<Document> docs) {
    if (settings.options().timestamp().isPresent()) return settings.options().timestamp().get();
    LocalDate d = meta.publishedDate()
        .or(() -> docs.stream().flatMap(x -> x.metadata().publishedDate().stream()).findFirst())
        .orElse(LocalDate.EPOCH);
    return d.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Calendar calendar(Instant t) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    c.setTimeInMillis(t.toEpochMilli());
    return c;
  }

  /** The file id is a digest of the content and date, so the same input gives the same id (research 3.4). */
  private static byte[] fileId(Metadata meta, List<Document> docs, Calendar date) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      md.update(meta.toString().getBytes(StandardCharsets.UTF_8));
      // the model's JSON, not toString(): a record's toString() names arrays by identity, which differs per run
      for (Document d : docs) md.update(org.offprint.model.json.ModelJson.toJson(d).getBytes(StandardCharsets.UTF_8));
      md.update(Long.toString(date.getTimeInMillis()).getBytes(StandardCharsets.UTF_8));
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required by every Java platform", e);
    }
  }

  private static String input(Metadata meta) {
    return meta.source();
  }

  /** The outline: the article's title, its headings nested by level, and its notes. */
  private void outline(PdfOutline root, ArticleContext ctx) {
    Metadata m = ctx.document.metadata();
    String title = m.title().isEmpty() ? "Untitled" : m.title();
    PdfOutline top = new PdfOutline(root, PdfAction.gotoLocalPage(ctx.titleDestination(), false), title, true);
    Deque<PdfOutline> stack = new ArrayDeque<>();
    Deque<Integer> levels = new ArrayDeque<>();
    int n = 0;
    for (Block b : ctx.document.blocks()) {
      if (!(b instanceof Heading h)) continue;
      while (!levels.isEmpty() && levels.peek() >= h.level()) {
        levels.pop();
        stack.pop();
      }
      PdfOutline parent = stack.isEmpty() ? top : stack.peek();
      String text = h.text().isBlank() ? "§" : h.text().strip();
      PdfOutline o = new PdfOutline(parent, PdfAction.gotoLocalPage(ctx.headingDestination(n++), false), text, true);
      stack.push(o);
      levels.push(h.level());
    }
    if (!ctx.document.footnotes().isEmpty()) {
      new PdfOutline(top, PdfAction.gotoLocalPage(ctx.prefix + "notes", false), EndMatter.notesTitle(ctx), false);
    }
  }

  private static String docTitle(Metadata meta, List<Document> docs) {
    if (!meta.title().isBlank()) return meta.title();
    return docs.stream().map(d -> d.metadata().title()).filter(t -> !t.isBlank()).findFirst().orElse("Untitled");
  }

  private void article(PageFlow flow, ArticleContext ctx, StructureTree.Node node) {
    Style body = BlockElements.bodyStyle(typo);
    for (Element e : ArticleHeader.elements(ctx, body, node)) flow.place(e);
    BlockElements blocks = new BlockElements(ctx, typo.textWidth(), body, true, 0, node);
    for (Block b : ctx.document.blocks()) {
      if (b instanceof Heading h) flow.keepWithNext(blocks.estimateHeight(h));
      if (b instanceof Figure f) blocks.fitNextFigure(flow.room() - typo.base * 1.8f - blocks.captionHeight(f));
      for (Element e : b.accept(blocks)) {
        // a plain paragraph gets widow and orphan control; a right-to-left one is already in its own table
        if (b instanceof org.offprint.model.Paragraph && e instanceof Paragraph p) {
          flow.placeParagraph(p, typo.textWidth());
        } else {
          flow.place(e);
        }
      }
    }
    EndMatter end = new EndMatter(flow, typo);
    if (!ctx.document.footnotes().isEmpty()) end.notes(ctx, body, node);
    if (ctx.linkNumbers != null && !ctx.linkNumbers.isEmpty()) end.links(ctx, body, node);
  }

  private static void reportMissing(Set<Integer> missing, Metadata meta, List<Document> docs,
      Diagnostics diagnostics) {
    if (missing.isEmpty()) return;
    int[] counts = DocumentText.count(meta, docs, missing);
    String list = missing.stream().limit(40)
        .map(cp -> new String(Character.toChars(cp)) + " (U+" + String.format(Locale.ROOT, "%04X", cp) + ")")
        .collect(Collectors.joining(", "));
    diagnostics.warn(input(meta), "PDF: no font has " + counts[0] + " of the " + counts[1] + " characters ("
        + missing.size() + " different), drawn as boxes: " + list + (missing.size() > 40 ? ", …" : "")
        + ". Install a font that covers them (e.g. Noto) or use a theme with one.");
  }
}
