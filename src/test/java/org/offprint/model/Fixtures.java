package org.offprint.model;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Documents built with the model's factories, never by a reader: every writer renders these (as pandoc's
 * testsuite.native). {@link #everything()} holds every block and inline type.
 */
public final class Fixtures {
  /** The URI of the one image in {@link #everything()}; {@link #images()} resolves it. */
  public static final String FIGURE_URI = "file:///fixtures/harbour.png";

  private Fixtures() {}

  public static Metadata metadata() {
    return Metadata.builder()
        .title("The Harbour at Dawn: Notes on a Changing Coast")
        .subtitle("How a fishing town learned to live with the sea")
        .authors(List.of("Mara Ellison", "Tomás Quintero"))
        .byline("By Mara Ellison and Tomás Quintero, Coast Desk")
        .published("2023-03-04")
        .site("The Coastal Review")
        .language("en")
        .source("https://coastal-review.example/2023/03/harbour-at-dawn")
        .description("A report from a harbour town rebuilding after three winter storms.")
        .image(FIGURE_URI)
        .tags(List.of("coast", "climate", "towns"))
        .extra(Map.of())
        .build();
  }

  /** A document with every block and inline type, footnotes, Cyrillic and Greek text. */
  public static Document everything() {
    List<Block> blocks =
        List.of(
            new Paragraph(List.of(
                new Text("At five in the morning the harbour is "),
                Emphasis.of("already"),
                new Text(" awake: "),
                Strong.of("forty boats"),
                new Text(" leave before sunrise, as they have since 1871."),
                new NoteRef("n1"))),
            Block.heading(2, "A town and its sea", "a-town-and-its-sea"),
            new Paragraph(List.of(
                new Text("The council's report ("),
                new Link("https://coastal-review.example/report.pdf", "", List.of(new Text("PDF, 2 MB"))),
                new Text(") counts "),
                new Code("n = 3"),
                new Text(" storms; H"),
                Subscript.of("2"),
                new Text("O levels rose by 30 cm"),
                Superscript.of("2"),
                new Text(". The old plan is "),
                Strikethrough.of("final"),
                new Text(" under review."),
                new LineBreak(),
                new Text("Characters that need care: 5 * 3 < 16 & [brackets] #hash _under_ `tick`."))),
            new Quote(
                List.of(Block.paragraph("We do not fight the sea. We learn its timetable.")),
                List.of(new Text("Ines Varga, harbour master"))),
            Block.heading(3, "What the town did", "what-the-town-did"),
            new ListBlock(false, 1, List.of(
                new ListBlock.Item(List.of(Block.paragraph("Raised the sea wall by half a metre"))),
                new ListBlock.Item(List.of(
                    Block.paragraph("Moved the fish market:"),
                    new ListBlock(true, 3, List.of(
                        new ListBlock.Item(List.of(Block.paragraph("first the cold store"))),
                        new ListBlock.Item(List.of(Block.paragraph("then the auction hall"))))))),
                new ListBlock.Item(List.of(Block.paragraph("Planted dune grass along 2 km of beach"))))),
            new Figure(FIGURE_URI, "Boats leaving the harbour before sunrise",
                List.of(new Text("Boats leave at 5 a.m. Photo: M. Ellison"))),
            new Table(
                List.of(new Text("Storms and damage, 2020–2023")),
                List.of(new Table.Row(List.of(Table.Cell.of("Year"), Table.Cell.of("Storms"),
                    new Table.Cell(List.of(new Text("Damage (€ m)")), Table.Align.RIGHT, 1, 1)))),
                List.of(
                    new Table.Row(List.of(Table.Cell.of("2020"), Table.Cell.of("1"),
                        new Table.Cell(List.of(new Text("4.2")), Table.Align.RIGHT, 1, 1))),
                    new Table.Row(List.of(Table.Cell.of("2023"), Table.Cell.of("3 | severe"),
                        new Table.Cell(List.of(new Text("11.0")), Table.Align.RIGHT, 1, 1))))),
            new CodeBlock("python", "def tide(hour):\n    return 2.1 * sin(hour / 12.4)  # metres\n\nprint(tide(5))"),
            new Rule(),
            Block.heading(2, "Голоса с побережья", "golosa"),
            new Paragraph(List.of(
                new Text("«Море — наш календарь», — говорит рыбак Пётр Ильин. Στην Ελλάδα λένε: «η θάλασσα δεν έχει "
                    + "πόρτες»."),
                new NoteRef("n2"))),
            new Paragraph(List.of(
                new Text("An icon "),
                new Image(FIGURE_URI, "harbour icon", ""),
                new Text(" sits inside this sentence."))));
    List<Footnote> notes =
        List.of(
            new Footnote("n1", List.of(Block.paragraph("Harbour records, 1871–2023."))),
            new Footnote("n2", List.of(Block.paragraph("Interview, Murmansk, 2022."))));
    return new Document(metadata(), blocks, notes);
  }

  /** A resolver that serves a generated 320×200 PNG for {@link #FIGURE_URI} and nothing else. */
  public static ResourceResolver images() {
    byte[] png = png(320, 200);
    return uri -> uri.equals(FIGURE_URI) ? Optional.of(new Resource(uri, "image/png", png)) : Optional.empty();
  }

  /** {@return a PNG of the given size: a sky gradient over a sea band} */
  public static byte[] png(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    for (int y = 0; y < h; y++) {
      g.setColor(new Color(255 - y / 2 % 256, 200 - y / 3 % 200, 120 + y / 4 % 120));
      g.drawLine(0, y, w, y);
    }
    g.setColor(new Color(20, 60, 110));
    g.fillRect(0, h * 2 / 3, w, h / 3);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
