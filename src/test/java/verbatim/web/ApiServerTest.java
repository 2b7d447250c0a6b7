package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API over the embedded index: the shared {@link ApiContract}, plus what does not depend on the backend
 * (CORS, compression, rate limits, percent-encoding, the pages) and what only the embedded index offers
 * (did-you-mean).
 */
class ApiServerTest extends ApiContract {
  @TempDir static Path tmp;
  TestIndex index;

  @Override
  Served serve() throws Exception {
    index = new TestIndex(tmp.resolve("index"), true);
    return new Served(index.searcher, index.indexer, index.articles.size(), index.handQuotes, index);
  }

  @Test
  void didYouMeanSuggestsACorrectionThatHasHits() throws Exception {
    // "bridgr" no longer works as a typo: French light stemming drops its final r, and "bridg" is indexed
    JsonNode r = get("/api/quotes?q=brudge", 200);
    assertEquals(0, r.path("total").asLong(), r.toString());
    String suggestion = r.path("didYouMean").textValue();
    assertNotNull(suggestion, r.toString());
    assertTrue(get("/api/quotes?q=" + enc(suggestion), 200).path("total").asLong() > 0, suggestion);
    assertNull(get("/api/quotes?q=bridge", 200).path("didYouMean").textValue());
  }

  @Test
  void malformedPercentEncodingIsA400() throws Exception {
    for (String query : List.of("q=%C3%28", "q=%ZZ", "q=abc%", "q=%E2%82", "q=%FF%FE", "%C3=1")) {
      String raw = rawGet("/api/quotes?" + query);
      assertTrue(raw.startsWith("HTTP/1.1 400"), query + " -> " + raw);
      assertFalse(raw.contains("Exception"), raw);
      if (raw.contains("application/json")) assertTrue(raw.contains("\"error\""), raw);
    }
  }

  @Test
  void corsAllowsAnyOriginOnReadOnlyEndpointsAndNoneOnAdmin() throws Exception {
    HttpResponse<String> r = send("GET", "/api/quotes?q=budget", null, null, "Origin", "https://blog.example");
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));

    HttpResponse<String> pre = send("OPTIONS", "/api/quotes", null, null, "Origin", "https://blog.example",
        "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match");
    assertEquals(204, pre.statusCode());
    assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));

    HttpResponse<String> adminPre = send("OPTIONS", "/api/articles", null, null, "Origin", "https://blog.example",
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization");
    assertTrue(adminPre.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    assertTrue(adminPre.headers().firstValue("Access-Control-Allow-Methods").isEmpty());
    HttpResponse<String> adminPost = send("POST", "/api/articles", "{\"text\":\"x\"}", "application/json",
        "Origin", "https://blog.example");
    assertTrue(adminPost.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    HttpResponse<String> adminDelete = send("DELETE", "/api/articles/web-fr-1", null, null, "Origin", "https://blog.example");
    assertTrue(adminDelete.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    assertEquals(401, adminDelete.statusCode());
  }

  @Test
  void corsHonoursConfiguredOrigins(@TempDir Path unused) throws Exception {
    ServerConfig cfg = ServerConfig.defaults().withPort(0).withRateLimit(0)
        .withOrigins(List.of("https://friend.example"));
    try (ApiServer s = new ApiServer(cfg, index.searcher, null).start()) {
      String root = "http://localhost:" + s.port();
      HttpResponse<String> ok = sendTo(root, "GET", "/api/quotes", null, null, "Origin", "https://friend.example");
      assertEquals("https://friend.example", ok.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      assertTrue(ok.headers().allValues("Vary").toString().contains("Origin"));
      assertTrue(ok.headers().allValues("Vary").toString().contains("Accept-Encoding"), "gzip-able cacheable responses vary on Accept-Encoding");
      HttpResponse<String> no = sendTo(root, "GET", "/api/quotes", null, null, "Origin", "https://stranger.example");
      assertEquals(200, no.statusCode());
      assertTrue(no.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
      HttpResponse<String> pre = sendTo(root, "OPTIONS", "/api/quotes", null, null, "Origin", "https://stranger.example",
          "Access-Control-Request-Method", "GET");
      assertTrue(pre.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }
  }

  @Test
  void jsonCarriesItsLengthAndIsGzippedOnlyWhenAsked() throws Exception {
    String path = "/api/quotes?size=50";
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    HttpResponse<byte[]> plain = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, plain.statusCode());
    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
    assertEquals(plain.body().length, plain.headers().firstValueAsLong("Content-Length").orElse(-1),
        "a whole JSON body is sent with its length, not chunked");
    assertTrue(plain.body().length > 1500, "the test needs a body large enough to be worth compressing");

    HttpResponse<byte[]> zipped = HTTP.send(b.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, zipped.statusCode());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
    byte[] unzipped;
    try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
      unzipped = in.readAllBytes();
    }
    assertTrue(zipped.body().length < unzipped.length);
    assertEquals(JSON.readTree(plain.body()), JSON.readTree(unzipped));
  }

  @Test
  void rateLimitAnswers429WithRetryAfter() throws Exception {
    ServerConfig cfg = ServerConfig.defaults().withPort(0).withRateLimit(3);
    try (ApiServer s = new ApiServer(cfg, index.searcher, null).start()) {
      String root = "http://localhost:" + s.port();
      for (int i = 0; i < 3; i++) assertEquals(200, sendTo(root, "GET", "/api/quotes?q=bridge", null, null).statusCode());
      HttpResponse<String> r = sendTo(root, "GET", "/api/quotes?q=bridge", null, null);
      error(r, 429, "rate_limited");
      long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
      assertEquals(200, sendTo(root, "GET", "/health", null, null).statusCode(), "health is not rate limited");
    }
  }

  @Test
  void pagesAndWidgetAreServedFromTheClasspath() throws Exception {
    Assumptions.assumeTrue(ApiServer.class.getClassLoader().getResource("public/index.html") != null,
        "public/index.html not in this build (widget branch not merged): skipping page checks");
    HttpResponse<String> index = send("GET", "/", null, null);
    assertEquals(200, index.statusCode());
    assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    HttpResponse<String> article = send("GET", "/article/web-fr-1", null, null);
    assertEquals(200, article.statusCode());
    assertTrue(article.body().contains("<"), article.body());
    String pageTag = article.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, send("GET", "/article/web-en-2", null, null, "If-None-Match", pageTag).statusCode());
    HttpResponse<String> widget = send("GET", "/widget.js", null, null, "Origin", "https://blog.example");
    assertEquals(200, widget.statusCode());
    assertEquals("*", widget.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    String etag = widget.headers().firstValue("ETag").orElseThrow();
    assertTrue(widget.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    assertEquals(304, send("GET", "/widget.js", null, null, "If-None-Match", etag).statusCode());
  }
}
