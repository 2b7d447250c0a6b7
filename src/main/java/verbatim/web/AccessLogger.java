package verbatim.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes the access log: one line per request ({@code time method path status latency}), appended to a buffer
 * that a background thread writes out a few times a second. A request never waits on a write system call or on
 * the console; a burst larger than the buffer is written by the request that fills it. Thread-safe.
 */
public final class AccessLogger implements AutoCloseable {
  /** Longest delay between a request and its line reaching the output. */
  public static final long FLUSH_MILLIS = 250;
  private static final int BUFFER_CHARS = 64 * 1024;
  private static final int MAX_PATH = 512;

  private final OutputStream out;
  private final ReentrantLock lock = new ReentrantLock();
  private final Thread flusher;
  private StringBuilder pending = new StringBuilder(BUFFER_CHARS);
  private StringBuilder spare = new StringBuilder(BUFFER_CHARS);
  private volatile boolean closed;

  /** @param out where lines go (standard output in {@code serve}); never closed by this logger */
  public AccessLogger(OutputStream out) {
    this.out = out;
    this.flusher = Thread.ofPlatform().daemon().name("verbatim-access-log").start(this::flushLoop);
  }

  /** Appends one request's line; {@code path} is clipped and control characters are escaped. */
  public void log(String method, String path, int status, double millis) {
    lock.lock();
    try {
      StringBuilder b = pending;
      b.append(Instant.now()).append(' ').append(method).append(' ');
      appendPath(b, path);
      b.append(' ').append(status).append(' ');
      long tenths = Math.round(millis * 10);
      b.append(tenths / 10).append('.').append(tenths % 10).append("ms\n");
      if (b.length() < BUFFER_CHARS) return;
    } finally {
      lock.unlock();
    }
    flush();
  }

  /** Writes out everything logged so far. */
  public void flush() {
    StringBuilder full;
    synchronized (out) { // one writer at a time keeps lines in order
      lock.lock();
      try {
        if (pending.isEmpty()) return;
        full = pending;
        pending = spare;
        spare = full;
      } finally {
        lock.unlock();
      }
      try {
        out.write(full.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        // the log is best effort: a closed console must not fail requests
      } finally {
        full.setLength(0);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    flusher.interrupt();
    flush();
  }

  private void flushLoop() {
    while (!closed) {
      try {
        TimeUnit.MILLISECONDS.sleep(FLUSH_MILLIS);
      } catch (InterruptedException e) {
        break;
      }
      flush();
    }
  }

  /** Paths come from the client: one line each, however they are encoded. */
  private static void appendPath(StringBuilder b, String path) {
    int n = Math.min(path.length(), MAX_PATH);
    for (int i = 0; i < n; i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f) b.append("%").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
      else b.append(c);
    }
    if (path.length() > MAX_PATH) b.append("...");
  }
}
