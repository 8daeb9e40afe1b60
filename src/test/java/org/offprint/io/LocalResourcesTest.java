package org.offprint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offprint.model.Diagnostics;
import org.offprint.model.Fixtures;

class LocalResourcesTest {
  @TempDir Path dir;

  private final Diagnostics.Collector warnings = Diagnostics.collector();

  private LocalResources resolver(Path root) {
    return new LocalResources(List.of(root), "page.html", warnings);
  }

  @Test
  void readsAnImageBesideThePageAndSniffsItsType() throws IOException {
    Path page = Files.createDirectories(dir.resolve("site"));
    Path img = Files.write(page.resolve("photo.dat"), Fixtures.png(10, 10));
    var r = resolver(page).resolve(img.toUri().toString()).orElseThrow();
    assertEquals("image/png", r.mediaType());
  }

  @Test
  void refusesFilesOutsideTheInputFolder() throws IOException {
    Path page = Files.createDirectories(dir.resolve("site"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), "password");
    assertTrue(resolver(page).resolve(secret.toUri().toString()).isEmpty());
    assertTrue(resolver(page).resolve(page.toUri() + "../secret.txt").isEmpty());
    LocalResources same = resolver(page);
    assertTrue(same.resolve("file:///etc/passwd").isEmpty());
    assertTrue(same.resolve("file:///etc/passwd").isEmpty());
    assertEquals(3, warnings.all().size(), "one warning per distinct URI: " + warnings.all());
    assertTrue(warnings.all().get(0).message().contains("outside the input's folder"));
  }

  @Test
  void refusesASymlinkThatPointsOut() throws IOException {
    Path page = Files.createDirectories(dir.resolve("site"));
    Path secret = Files.writeString(dir.resolve("secret.png"), "x");
    Path link = Files.createSymbolicLink(page.resolve("link.png"), secret);
    assertTrue(resolver(page).resolve(link.toUri().toString()).isEmpty());
  }

  @Test
  void allowedFoldersWidenThePolicy() throws IOException {
    Path page = Files.createDirectories(dir.resolve("site"));
    Path shared = Files.createDirectories(dir.resolve("shared"));
    Path img = Files.write(shared.resolve("a.png"), Fixtures.png(4, 4));
    var r = new LocalResources(List.of(page, shared), "p", warnings);
    assertTrue(r.resolve(img.toUri().toString()).isPresent());
  }

  @Test
  void decodesDataUris() throws IOException {
    String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(Fixtures.png(3, 3));
    assertEquals("image/png", resolver(dir).resolve(uri).orElseThrow().mediaType());
  }

  @Test
  void remoteImagesAreNotFetchedByDefault() throws IOException {
    try (LoopbackServer s = new LoopbackServer().serve("/a.png", "image/png", Fixtures.png(2, 2))) {
      assertTrue(resolver(dir).resolve(s.url("/a.png")).isEmpty());
      assertEquals(0, s.requests.get());
      assertTrue(warnings.all().get(0).message().contains("--fetch-images"));
    }
  }

  @Test
  void fetchedImagesStillRefuseLoopbackUnlessAllowed() throws IOException {
    try (LoopbackServer s = new LoopbackServer().serve("/a.png", "image/png", Fixtures.png(2, 2))) {
      HttpFetcher strict = new HttpFetcher(Duration.ofSeconds(5), 1 << 20, "t", Map.of(), false);
      assertTrue(new LocalResources(List.of(dir), "p", warnings, Optional.of(strict)).resolve(s.url("/a.png")).isEmpty());
      assertEquals(0, s.requests.get());
      HttpFetcher open = new HttpFetcher(Duration.ofSeconds(5), 1 << 20, "t", Map.of(), true);
      var r = new LocalResources(List.of(dir), "p", warnings, Optional.of(open)).resolve(s.url("/a.png"));
      assertEquals("image/png", r.orElseThrow().mediaType());
    }
  }

  @Test
  void otherSchemesAreIgnored() throws IOException {
    assertTrue(resolver(dir).resolve("javascript:alert(1)").isEmpty());
    assertTrue(resolver(dir).resolve("ftp://example.org/a.png").isEmpty());
  }
}
