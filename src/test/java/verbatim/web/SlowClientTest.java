package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and greedy clients on loopback (issue 19, finding 3): headers trickled in a line at a time are cut off
 * after the header timeout, connections over the per-client cap are closed, and a normal client is served
 * meanwhile. Asserts closings, never durations; every wait is bounded.
 */
class SlowClientTest {
  private static final long HEADER_TIMEOUT_MILLIS = 1000;
  private static final int PER_CLIENT = 6;
  /** Far above the header timeout, far below the 30 s idle timeout that used to restart on every byte. */
  private static final long GIVE_UP_MILLIS = 12_000;

  @TempDir static Path tmp;
  static TestIndex index;
  static ApiServer server;

  @BeforeAll
  static void start() throws Exception {
    index = new TestIndex(tmp.resolve("index"), false);
    ServerConfig cfg = ServerConfig.defaults().withPort(0).withRateLimit(0).withConnectionLimits(HEADER_TIMEOUT_MILLIS, PER_CLIENT);
    server = new ApiServer(cfg, index.searcher, null).start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
    if (index != null) index.close();
  }

  static Socket connect() throws IOException {
    Socket s = new Socket("127.0.0.1", server.port());
    s.setSoTimeout(20);
    return s;
  }

  /** True once the server has closed {@code s} (end of stream or reset); false while it is still open. */
  static boolean closedByServer(Socket s) {
    try {
      InputStream in = s.getInputStream();
      byte[] b = new byte[4096];
      int n;
      while ((n = in.read(b)) > 0) {
        // a response (none expected): keep reading to the close
      }
      return n < 0;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  static int health() throws Exception {
    return ApiServerTest.sendTo("http://127.0.0.1:" + server.port(), "GET", "/health", null, null).statusCode();
  }

  /** GET /health from another loopback address, or null where the system has only 127.0.0.1. */
  static String healthFrom(String address) throws IOException {
    Socket s = new Socket();
    try (s) {
      try {
        s.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName(address), 0));
      } catch (IOException notOnThisSystem) {
        return null;
      }
      s.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 5000);
      s.setSoTimeout(10_000);
      s.getOutputStream().write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  @Test
  void headersTrickledInALineAtATimeAreCutOffWhileOthersAreServed() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        Socket s = connect();
        s.getOutputStream().write("GET /health HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
        slow.add(s);
      }
      List<Socket> open = new ArrayList<>(slow);
      long deadline = System.nanoTime() + GIVE_UP_MILLIS * 1_000_000;
      int line = 0;
      while (!open.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(200);
        line++;
        for (Socket s : List.copyOf(open)) {
          try {
            s.getOutputStream().write(("X-Slow-" + line + ": still typing\r\n").getBytes(StandardCharsets.US_ASCII));
          } catch (IOException closed) {
            open.remove(s);
            continue;
          }
          if (closedByServer(s)) open.remove(s);
        }
        if (line == 2) assertEquals(200, health(), "a normal client is served while slow ones trickle");
      }
      assertEquals(List.of(), open, "every slow client was cut off although each sent a header line every 200 ms");
      assertEquals(200, health());
    } finally {
      for (Socket s : slow) s.close();
    }
  }

  @Test
  void aKeepAliveConnectionThatSendsNothingIsLeftToTheIdleTimeout() throws Exception {
    try (Socket s = connect()) {
      s.getOutputStream().write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      s.setSoTimeout(5000);
      byte[] b = new byte[4096];
      assertTrue(s.getInputStream().read(b) > 0, "answered");
      s.setSoTimeout(20);
      Thread.sleep(HEADER_TIMEOUT_MILLIS * 2 + 2 * ConnectionGuard.TICK_MILLIS);
      assertTrue(!closedByServer(s), "an idle keep-alive connection is not a slow header");
      s.getOutputStream().write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      s.setSoTimeout(5000);
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }
  }

  @Test
  void connectionsOverThePerClientCapAreClosed() throws Exception {
    List<Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < PER_CLIENT + 4; i++) sockets.add(connect());
      long deadline = System.nanoTime() + GIVE_UP_MILLIS * 1_000_000;
      int closed = 0;
      while (System.nanoTime() < deadline) {
        closed = 0;
        for (Socket s : sockets) if (s.isInputShutdown() || closedByServer(s)) closed++;
        if (closed >= 4) break;
        Thread.sleep(50);
      }
      assertTrue(closed >= 4, "at least the 4 connections over the cap of " + PER_CLIENT + " were closed: " + closed);
      String other = healthFrom("127.0.0.2");
      if (other != null) assertTrue(other.startsWith("HTTP/1.1 200"), "another client is served meanwhile: " + other);
    } finally {
      for (Socket s : sockets) s.close();
    }
    long deadline = System.nanoTime() + GIVE_UP_MILLIS * 1_000_000;
    int status = 0;
    while (status != 200 && System.nanoTime() < deadline) {
      try {
        status = health();
      } catch (IOException refusedUntilTheCountsDrop) {
        Thread.sleep(50);
      }
    }
    assertEquals(200, status, "once the client's connections are closed it is served again");
  }
}
