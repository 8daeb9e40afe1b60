package org.offprint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.offprint.model.Document;

/** The Java API example shown in the README; {@link ReadmeExampleTest} checks the README holds it and runs it. */
final class ReadmeExample {
  private ReadmeExample() {}

  static String run(Path page, Path folder) throws IOException {
    // README-BEGIN
    Document doc = Offprint.read(page);                      // any saved page: .html, .md, .txt
    String title = doc.metadata().title();
    try (OutputStream out = Files.newOutputStream(folder.resolve("article.epub"))) {
      Offprint.write(doc, "epub", out, Offprint.options(page.getParent()));  // images beside the page
    }
    // README-END
    return title;
  }
}
