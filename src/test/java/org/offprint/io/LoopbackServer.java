package org.offprint.io;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP server on 127.0.0.1 for tests: it counts requests and records their headers. */
public final class LoopbackServer implements AutoCloseable {
  /** Handles one path. */
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  public final AtomicInteger requests = new AtomicInteger();
  public final List<String> userAgents = new CopyOnWriteArrayList<>();
  public final List<String> cookies = new CopyOnWriteArrayList<>();
  /** When each request arrived, from {@link System#nanoTime()}. */
  public final List<Long> arrivals = new CopyOnWriteArrayList<>();

  public LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.start();
  }

  public LoopbackServer on(String path, Handler h) {
    server.createContext(path, ex -> {
      arrivals.add(System.nanoTime());
      requests.incrementAndGet();
      userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
      cookies.add(String.valueOf(ex.getRequestHeaders().getFirst("Cookie")));
      try {
        h.handle(ex);
      } finally {
        ex.close();
      }
    });
    return this;
  }

  /** Serves {@code body} with {@code contentType}. */
  public LoopbackServer serve(String path, String contentType, byte[] body) {
    return on(path, ex -> send(ex, 200, contentType, body));
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) ex.getResponseHeaders().add("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
