package org.offprint.write.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.offprint.model.Block;
import org.offprint.model.Book;
import org.offprint.model.Diagnostics;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.model.Metadata;

/**
 * Writes sample PDFs to look at, only when asked: {@code mvn test -Dtest=PdfSamplesTest -Dpdf.samples=/tmp/pdf}.
 * The pictures in {@code docs/pdf-*.png} come from these, rendered with {@code pdftoppm -png -r 70}.
 */
@EnabledIfSystemProperty(named = "pdf.samples", matches = ".+")
class PdfSamplesTest {
  @Test
  void writeSamples() throws IOException {
    Path dir = Files.createDirectories(Path.of(System.getProperty("pdf.samples")));
    Files.write(dir.resolve("article.pdf"), PdfTesting.render(Fixtures.everything()));
    Files.write(dir.resolve("long.pdf"), PdfTesting.render(PdfTesting.longDocument()));
    Document scripts = Document.of(Fixtures.metadata(), List.of(
        Block.paragraph("海港在黎明时分苏醒。港は夜明けに目を覚ます。항구는 새벽에 깨어난다."),
        Block.paragraph("الميناء يستيقظ عند الفجر، ويخرج الصيادون قبل شروق الشمس كما فعلوا منذ عام 1871."),
        Block.paragraph("הנמל מתעורר עם שחר"),
        Block.paragraph("बंदरगाह सुबह जागता है"),
        Block.paragraph("ท่าเรือตื่นตอนรุ่งสาง"),
        Block.paragraph("Mixed: the word مرحبا sits in English.")));
    Files.write(dir.resolve("scripts.pdf"), PdfTesting.render(scripts));
    Document russian = Document.of(Fixtures.metadata().toBuilder().title("Море и люди").language("ru").build(),
        List.of(Block.heading(2, "Утро", "utro"), Block.paragraph("Рыбаки выходят в море до рассвета, когда "
            + "электрификация побережья ещё не завершена и достопримечательности спят.")));
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
    Metadata book = Metadata.builder().title("Coastal Reader").authors(List.of("Various")).language("en").build();
    Files.write(dir.resolve("book.pdf"),
        PdfTesting.renderBook(w, new Book(book, List.of(Fixtures.everything(), russian))));
  }
}
