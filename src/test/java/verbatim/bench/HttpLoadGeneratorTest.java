package verbatim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a tiny loopback server: request budget, error counting, keep-alive. No timing. */
class HttpLoadGeneratorTest {
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      boolean ok = exchange.getRequestURI().getPath().equals("/ok");
      byte[] body = (ok ? "{\"hits\":[]}" : "{\"error\":\"nope\"}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(ok ? 200 : 500, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void stopsAtTheRequestBudgetAndCountsEveryNon200AsAnError() throws Exception {
    HttpLoadGenerator load = new HttpLoadGenerator("127.0.0.1", server.getAddress().getPort());
    HttpLoadGenerator.Result r = load.run(List.of("/ok", "/bad?q=x%20y"), 1, 0, 60_000, 40);
    assertEquals(40, r.requests());
    assertEquals(20, r.errors(), "one client alternates /ok and /bad");
    assertEquals(Map.of(200, 20L, 500, 20L), r.statuses());
    assertNotNull(r.latency());
    assertEquals(20, r.latency().n(), "latency covers successful requests only");
    assertTrue(r.firstErrors().get(0).contains("HTTP 500"), r.firstErrors().toString());
  }

  @Test
  void concurrentClientsShareTheBudgetWithoutErrors() throws Exception {
    HttpLoadGenerator load = new HttpLoadGenerator("localhost", server.getAddress().getPort());
    HttpLoadGenerator.Result r = load.run(List.of("/ok"), 4, 0, 60_000, 100);
    assertEquals(100, r.requests());
    assertEquals(0, r.errors());
    assertEquals(4, r.clients());
    assertEquals(100, r.latency().n());
  }

  @Test
  void aDeadServerGivesErrorsNotExceptions() throws Exception {
    int port = server.getAddress().getPort();
    server.stop(0);
    HttpLoadGenerator.Result r = new HttpLoadGenerator("127.0.0.1", port).run(List.of("/ok"), 2, 0, 60_000, 6);
    assertEquals(6, r.requests());
    assertEquals(6, r.errors());
    assertEquals(Map.of(0, 6L), r.statuses());
    assertEquals(null, r.latency());
  }

  @Test
  void buffersOfAnySizeParseTheSameResponses() throws Exception {
    String two = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Long: " + "v".repeat(300)
        + "\r\ncontent-length: 5\r\n\r\nhello"
        + "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: Close\r\n\r\n4\r\nabcd\r\n0\r\n\r\n";
    for (int size : new int[] {1, 7, 64, 1 << 16}) {
      var reader = new HttpLoadGenerator.ResponseReader(
          new java.io.ByteArrayInputStream(two.getBytes(StandardCharsets.US_ASCII)), size);
      assertEquals(new HttpLoadGenerator.Response(200, 5, false), reader.response(), "buffer " + size);
      assertEquals(new HttpLoadGenerator.Response(200, 4, true), reader.response(), "buffer " + size);
    }
  }
}
