package org.offprint.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

/** A server listening in a private folder under a test's temporary folder, on a thread of this JVM. */
final class DaemonFixture implements AutoCloseable {
  final Server server;
  final Thread serving;
  final Path socket;

  DaemonFixture(Path base, Duration idle, Optional<Path> watched) throws IOException, InterruptedException {
    Path folder = Files.createDirectories(base.resolve("run"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    socket = folder.resolve("s.sock");
    server = new Server(socket, idle, watched);
    serving = new Thread(() -> {
      try {
        server.serve();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    serving.start();
    // The socket's file appears when the server binds it, a moment before it listens: a client connecting in
    // between is refused (and the Perl client, which does not retry, reports "no server"). So wait until a
    // connection is accepted; the server takes one that sends nothing as a client gone before its request.
    boolean listening = false;
    for (int i = 0; i < 1000 && !listening; i++) {
      try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
        listening = true;
      } catch (IOException e) {
        Thread.sleep(10);
      }
    }
    assertTrue(listening, "the server listens");
  }

  /** A page with a title, some chrome and two paragraphs. */
  static String page(String title) {
    return "<!doctype html><html lang=\"en\"><head><title>" + title + " | The Gazette</title></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>"
        + "<p>The ferry between the two harbours will run again from May, the port authority said on Monday.</p>"
        + "<p>Tickets cost four pounds for adults; children and pensioners travel free, as they did before.</p>"
        + "</article><footer>© The Gazette</footer></body></html>";
  }

  @Override
  public void close() throws InterruptedException {
    server.stop();
    serving.join(10_000);
  }
}
