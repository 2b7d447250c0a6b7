package verbatim.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two limits Jetty does not have, for clients that hold connections without finishing requests (slowloris):
 *
 * <ul>
 *   <li>a total time for a request's headers: Jetty's idle timeout restarts on every byte, so a client sending a
 *       header line every few seconds held its connection for ever. Once bytes of a new request arrive, its
 *       headers must be complete within {@code headerTimeoutMillis} (checked every {@link #TICK_MILLIS}); a
 *       connection past that is closed. An idle keep-alive connection (no bytes) is left to the idle timeout, and
 *       a request whose headers are in (body upload, search, export) is not limited here.
 *   <li>a cap on open connections per client address: a connection over it is closed as soon as it opens.
 * </ul>
 *
 * Works from the counters every Jetty connection keeps: {@code getMessagesIn()} counts requests whose headers
 * were complete, {@code getMessagesOut()} responses begun, {@code getBytesIn()} bytes read.
 */
final class ConnectionGuard implements Connection.Listener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
  static final long TICK_MILLIS = 250;

  private final long headerTimeoutNanos;
  private final int maxPerClient;
  private final Map<Connection, Watch> open = new ConcurrentHashMap<>();
  private final Map<InetAddress, AtomicInteger> perClient = new ConcurrentHashMap<>();
  private final ScheduledExecutorService ticker;

  /** What was last seen of one connection. Touched by the ticker thread only, after creation. */
  private static final class Watch {
    final InetAddress client;
    long requests;
    long responses;
    long bytes;
    long headerSince; // System.nanoTime() when bytes of an unfinished request header were first seen, else 0

    Watch(InetAddress client) {
      this.client = client;
    }
  }

  ConnectionGuard(long headerTimeoutMillis, int maxPerClient) {
    this.headerTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(headerTimeoutMillis);
    this.maxPerClient = maxPerClient;
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "verbatim-connection-guard");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public void onOpened(Connection connection) {
    InetAddress client = client(connection.getEndPoint().getRemoteSocketAddress());
    open.put(connection, new Watch(client));
    if (client == null) return;
    int n = perClient.computeIfAbsent(client, k -> new AtomicInteger()).incrementAndGet();
    if (n > maxPerClient) {
      LOG.debug("closing a connection from {}: {} open, the limit is {}", client, n, maxPerClient);
      connection.getEndPoint().close();
    }
  }

  @Override
  public void onClosed(Connection connection) {
    Watch w = open.remove(connection);
    if (w == null || w.client == null) return;
    perClient.computeIfPresent(w.client, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
  }

  /** Open connections from {@code client} (for tests and metrics). */
  int openFrom(InetAddress client) {
    AtomicInteger n = perClient.get(client);
    return n == null ? 0 : n.get();
  }

  private void tick() {
    try {
      long now = System.nanoTime();
      for (Map.Entry<Connection, Watch> e : open.entrySet()) {
        if (overdue(e.getKey(), e.getValue(), now)) {
          LOG.debug("closing a connection from {}: request headers not complete within {} ms", e.getValue().client,
              TimeUnit.NANOSECONDS.toMillis(headerTimeoutNanos));
          e.getKey().getEndPoint().close();
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("connection guard tick failed", e); // never let the schedule die
    }
  }

  /** True when bytes of a request have been arriving for longer than the header timeout without its headers done. */
  private boolean overdue(Connection c, Watch w, long now) {
    long requests = c.getMessagesIn();
    long responses = c.getMessagesOut();
    long bytes = c.getBytesIn();
    boolean answering = responses < requests; // headers in, response not begun: the request is being served
    // any progress (a request read, a response begun) starts the count again from the bytes read so far
    if (requests != w.requests || responses != w.responses || answering) {
      w.requests = requests;
      w.responses = responses;
      w.bytes = bytes;
      w.headerSince = 0;
      return false;
    }
    if (bytes == w.bytes) return false; // idle: the idle timeout's business
    if (w.headerSince == 0) {
      w.headerSince = now;
      return false;
    }
    return now - w.headerSince > headerTimeoutNanos;
  }

  private static InetAddress client(SocketAddress address) {
    return address instanceof InetSocketAddress a ? a.getAddress() : null;
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
