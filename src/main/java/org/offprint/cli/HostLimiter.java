package org.offprint.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Keeps a batch polite to each web server: at most {@code perHost} requests to one host at once; with a delay,
 * one at a time, each starting at least {@code delayMillis} after the previous one to that host finished.
 * Thread-safe.
 */
final class HostLimiter {
  private final int perHost;
  private final long delayMillis;
  private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();
  private final Map<String, Long> nextStart = new ConcurrentHashMap<>();

  HostLimiter(int perHost, long delayMillis) {
    if (perHost < 1) throw new UsageException("--per-host must be at least 1");
    if (delayMillis < 0) throw new UsageException("--delay must not be negative");
    this.perHost = perHost;
    this.delayMillis = delayMillis;
  }

  /** A request to run under the limits. */
  interface Request<T> {
    T run() throws java.io.IOException;
  }

  <T> T call(String host, Request<T> request) throws java.io.IOException {
    Semaphore s = slots.computeIfAbsent(host, h -> new Semaphore(delayMillis > 0 ? 1 : perHost));
    try {
      s.acquire();
      try {
        waitForTurn(host);
        return request.run();
      } finally {
        if (delayMillis > 0) nextStart.put(host, System.currentTimeMillis() + delayMillis);
        s.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting to fetch from " + host);
    }
  }

  private void waitForTurn(String host) throws InterruptedException {
    if (delayMillis == 0) return;
    long wait = nextStart.getOrDefault(host, 0L) - System.currentTimeMillis();
    if (wait > 0) Thread.sleep(wait);
  }
}
