package org.offprint.write.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.offprint.model.Document;
import org.offprint.model.Fixtures;
import org.offprint.theme.ThemeLoader;
import org.offprint.write.WriteOptions;
import org.offprint.write.html.HtmlWriter;

/**
 * Renders a chapter of a written EPUB (and the HTML output, light and dark) in headless Chromium, where Debian's
 * {@code chromium} is installed, so the look can be checked: the screenshots stay in {@code target/screenshots/}.
 */
class ChromiumRenderTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path OUT = Path.of(System.getProperty("user.dir"), "target", "screenshots");

  private static BufferedImage screenshot(Path page, String name, boolean dark) throws Exception {
    Path png = OUT.resolve(name + ".png");
    Files.deleteIfExists(png);
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--hide-scrollbars", "--screenshot=" + png, "--window-size=900,1400"));
    if (dark) cmd.add("--force-dark-mode");
    cmd.add(page.toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
    assertTrue(Files.exists(png), "chromium wrote " + png);
    return ImageIO.read(png.toFile());
  }

  /** {@return the share of pixels that differ from the top-left one: text and pictures, not a blank page} */
  private static double inked(BufferedImage img) {
    int bg = img.getRGB(0, 0);
    long n = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) if (img.getRGB(x, y) != bg) n++;
    }
    return n / (img.getWidth() * img.getHeight() / 4.0);
  }

  private static Path unpack(byte[] epub, String name) throws IOException {
    Path dir = OUT.resolve(name);
    for (Map.Entry<String, byte[]> e : Zip.entries(epub).entrySet()) {
      Path f = dir.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.write(f, e.getValue());
    }
    return dir;
  }

  @Test
  void epubChaptersRenderInChromium() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    Files.createDirectories(OUT);
    for (Map.Entry<String, Document> c : Map.of("epub-everything", Fixtures.everything(),
        "epub-arabic", Samples.arabic()).entrySet()) {
      Path dir = unpack(EpubValidityTest.epub(c.getValue(), Fixtures.images()), c.getKey());
      BufferedImage shot = screenshot(dir.resolve("EPUB/chapter-1.xhtml"), c.getKey(), false);
      assertEquals(900, shot.getWidth());
      assertTrue(inked(shot) > 0.003, "the chapter shows text, not a blank page");
    }
  }

  @Test
  void htmlRendersInLightAndDarkSchemes() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    Files.createDirectories(OUT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlWriter.builder(WriteOptions.of(ThemeLoader.builtIn("default")).withResources(Fixtures.images())).build()
        .write(Fixtures.everything(), out);
    Path html = OUT.resolve("everything.html");
    Files.write(html, out.toByteArray());
    BufferedImage light = screenshot(html, "html-light", false);
    BufferedImage dark = screenshot(html, "html-dark", true);
    int lightBg = light.getRGB(5, 5) & 0xFFFFFF;
    int darkBg = dark.getRGB(5, 5) & 0xFFFFFF;
    assertEquals(0xfffdf8, lightBg, "the theme's light background");
    assertEquals(0x1c1b19, darkBg, "the theme's dark background");
  }

}
