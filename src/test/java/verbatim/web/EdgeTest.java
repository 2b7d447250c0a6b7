package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static verbatim.web.ApiServerTest.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Jetty answers before our routes run, on raw sockets (issue 19, findings 5 and 6). */
class EdgeTest {
  @TempDir static Path tmp;
  static TestIndex index;
  static ApiServer server;

  @BeforeAll
  static void start() throws Exception {
    index = new TestIndex(tmp.resolve("index"), false);
    server = new ApiServer(ServerConfig.defaults().withPort(0).withRateLimit(0), index.searcher, null).start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
    if (index != null) index.close();
  }

  /** One response read off a raw socket: status, headers (lower-case names), body. */
  record Raw(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  static Raw raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      byte[] b = new byte[8192];
      for (int n; (n = in.read(b)) > 0; ) {
        buf.write(b, 0, n);
        if (complete(buf.toString(StandardCharsets.UTF_8))) break;
      }
      return parse(buf.toString(StandardCharsets.UTF_8));
    }
  }

  private static boolean complete(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) return false;
    String head = text.substring(0, end).toLowerCase(Locale.ROOT);
    int cl = head.indexOf("content-length:");
    if (cl < 0) return head.contains("transfer-encoding: chunked") ? text.endsWith("0\r\n\r\n") : false;
    int len = Integer.parseInt(head.substring(cl + 15, head.indexOf('\n', cl) < 0 ? head.length() : head.indexOf('\n', cl)).strip());
    return text.getBytes(StandardCharsets.UTF_8).length - (end + 4) >= len;
  }

  private static Raw parse(String text) {
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, Math.max(end, 0)).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
    }
    String body = end < 0 ? "" : text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = dechunk(body);
    return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }

  private static String dechunk(String body) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    while (at < body.length()) {
      int nl = body.indexOf("\r\n", at);
      int size = Integer.parseInt(body.substring(at, nl).strip(), 16);
      if (size == 0) break;
      sb.append(body, nl + 2, nl + 2 + size);
      at = nl + 2 + size + 2;
    }
    return sb.toString();
  }

  static Raw get(String target, String... extraHeaders) throws IOException {
    return raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("", extraHeaders) + "Connection: close\r\n\r\n");
  }

  /** The documented error shape, in words, with the security headers. */
  static JsonNode jsonError(Raw r, int status, String code) throws IOException {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.header("Content-Type") != null && r.header("Content-Type").startsWith("application/json"), r::toString);
    JsonNode e = JSON.readTree(r.body());
    assertEquals(code, e.path("error").asText(), r::toString);
    assertTrue(e.path("message").isTextual() && !e.path("message").asText().isBlank(), r::toString);
    assertTrue(e.path("details").isObject(), r::toString);
    assertFalse(r.body().contains("<html") || r.body().contains("Exception") || r.body().contains("jetty"), r::toString);
    assertSecurityHeaders(r);
    return e;
  }

  static void assertSecurityHeaders(Raw r) {
    assertEquals("nosniff", r.header("X-Content-Type-Options"), r::toString);
    assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"), r::toString);
    String csp = r.header("Content-Security-Policy");
    assertTrue(csp != null && csp.contains("frame-ancestors"), r::toString);
  }

  // ------------------------------------------------------------------ finding 6: Jetty's own errors are JSON too

  @Test
  void anOverLongUrlIsAJson414() throws Exception {
    jsonError(get("/api/quotes?q=" + "a".repeat(9000)), 414, "uri_too_long");
  }

  @Test
  void aHugeHeaderIsAJson431() throws Exception {
    jsonError(get("/api/quotes?q=a", "X-Big: " + "b".repeat(100_000) + "\r\n"), 431, "headers_too_large");
  }

  @Test
  void badBytesAndDotSegmentsInThePathAreJson400s() throws Exception {
    for (String path : new String[] {"/api/articles/%00", "/api/articles/a%00b", "/api/articles/%ff", "/../etc/passwd",
        "/api/../../etc/passwd", "/api/articles/%2e%2e/%2e%2e/x", "/api/articles/a%2Fb"}) {
      Raw r = get(path);
      assertTrue(r.status() == 400 || r.status() == 404, path + " -> " + r);
      jsonError(r, r.status(), r.status() == 400 ? "bad_request" : "not_found");
    }
  }

  @Test
  void aMalformedRequestLineIsAJson400() throws Exception {
    jsonError(raw("GET /api/quotes?q=a HTTP/1.1\r\nHost: localhost\r\nBad Header Line\r\n\r\n"), 400, "bad_request");
  }

  @Test
  void aDeeplyNestedQueryErrorNamesNoParserInternals() throws Exception {
    Raw r = get("/api/quotes?q=" + "(".repeat(2000) + "a" + ")".repeat(2000) + "&mode=advanced");
    assertEquals(400, r.status(), r::toString);
    assertFalse(r.body().contains("StreamReadConstraints") || r.body().contains("`"), r.body());
  }

  // ------------------------------------------------------------------ finding 5: security headers on every response

  @Test
  void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
    for (String path : new String[] {"/", "/embed.html", "/article/x"}) {
      Raw r = get(path);
      assertEquals(200, r.status(), path);
      assertSecurityHeaders(r);
      String csp = r.header("Content-Security-Policy");
      assertTrue(csp.contains("script-src 'self';") && !csp.matches(".*script-src[^;]*unsafe.*"), csp);
      assertFalse(r.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), path + " has an inline script");
      assertFalse(r.body().matches("(?s).*\\son[a-z]+=\".*"), path + " has an inline event handler");
    }
  }

  @Test
  void apiResponsesStaticFilesAndErrorsCarryTheHeadersToo() throws Exception {
    for (String path : new String[] {"/api/quotes?q=a", "/widget.js", "/health", "/openapi.json", "/nope", "/api/articles/nope"}) {
      Raw r = get(path);
      assertSecurityHeaders(r);
      if (!path.equals("/widget.js")) {
        assertTrue(r.header("Content-Security-Policy").startsWith("default-src 'none'"), path + " " + r.header("Content-Security-Policy"));
      }
    }
  }
}
