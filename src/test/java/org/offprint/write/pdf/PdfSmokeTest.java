package org.offprint.write.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offprint.model.*;

class PdfSmokeTest {
  @Test
  void smoke() throws Exception {
    Document doc = Document.of(Fixtures.metadata(), List.of(Block.paragraph("海港在黎明时分苏醒。港は夜明けに目を覚ます。항구는 새벽에 깨어난다."),
      Block.paragraph("الميناء يستيقظ عند الفجر، ويخرج الصيادون قبل شروق الشمس كما فعلوا منذ عام 1871."), Block.paragraph("הנמל מתעורר עם שחר"),
      Block.paragraph("बंदरगाह सुबह जागता है"), Block.paragraph("ท่าเรือตื่นตอนรุ่งสาง"), Block.paragraph("Mixed: the word مرحبا sits in English.")));
    Files.write(Path.of("/tmp/pdfout/scripts.pdf"), PdfTesting.render(doc));
    Files.write(Path.of("/tmp/pdfout/everything.pdf"), PdfTesting.render(Fixtures.everything()));
    Files.write(Path.of("/tmp/pdfout/long.pdf"), PdfTesting.render(PdfTesting.longDocument()));
    Document second = Document.of(Fixtures.metadata().toBuilder().title("Море и люди").language("ru").build(),
        List.of(Block.heading(2, "Утро", "utro"), Block.paragraph("Рыбаки выходят в море до рассвета, когда электрификация побережья ещё не завершена и достопримечательности спят.")));
    PdfWriter w = PdfWriter.builder(PdfTesting.options(Diagnostics.IGNORE, Fixtures.images())).build();
    Files.write(Path.of("/tmp/pdfout/book.pdf"), PdfTesting.renderBook(w, new Book(Metadata.builder().title("Coastal Reader").authors(List.of("Various")).language("en").build(), List.of(Fixtures.everything(), second))));
  }
}
