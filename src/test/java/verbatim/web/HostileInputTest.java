package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static verbatim.web.ApiServerTest.JSON;
import static verbatim.web.ApiServerTest.TOKEN;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.cli.ServeCommand;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;
import verbatim.ingest.JsonLinesReader;

/** Admin bodies and page parameters an outside probe found accepted or fatal (issue 19, findings 1, 2 and 4). */
class HostileInputTest {
  @TempDir static Path tmp;
  static TestIndex index;
  static ApiServer server;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    index = new TestIndex(tmp.resolve("index"), false);
    ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminToken(TOKEN).withRateLimit(0);
    server = new ApiServer(cfg, index.searcher,
        new ServeCommand.IndexStore(index.indexer, index.searcher, new CorpusReader(), new QuoteExtractor())).start();
    base = "http://localhost:" + server.port();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
    if (index != null) index.close();
  }

  static HttpResponse<String> post(String body, String type) throws Exception {
    return ApiServerTest.sendTo(base, "POST", "/api/articles", body, type, "Authorization", "Bearer " + TOKEN);
  }

  static HttpResponse<String> send(String method, String path) throws Exception {
    return ApiServerTest.sendTo(base, method, path, null, null, "Authorization", "Bearer " + TOKEN);
  }

  static JsonNode error(HttpResponse<String> r, int status, String code) throws Exception {
    assertEquals(status, r.statusCode(), r::body);
    JsonNode e = JSON.readTree(r.body());
    assertEquals(code, e.path("error").asText(), r::body);
    assertTrue(e.has("details"), r::body);
    assertFalse(r.body().contains("Exception") || r.body().contains("StreamReadConstraints") || r.body().contains("`"), r::body);
    return e;
  }

  static String nested(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  @Test
  void aDeeplyNestedLineIsOneFailureAndTheGoodLinesAreStored() throws Exception {
    String lines = "{\"id\":\"deep-ok\",\"language\":\"en\",\"text\":\"The lighthouse keeper retired.\"}\n"
        + "{\"id\":\"deep-bad\",\"text\":\"x\",\"x\":" + nested(1001) + "}\n";
    HttpResponse<String> r = post(lines, "application/x-ndjson");
    assertEquals(201, r.statusCode(), r.body());
    JsonNode res = JSON.readTree(r.body());
    assertEquals("deep-ok", res.path("ids").get(0).asText());
    assertEquals("line 2", res.path("failures").get(0).path("source").asText());
    assertEquals("invalid JSON: nested deeper than 1000 levels", res.path("failures").get(0).path("reason").asText());
    assertEquals(200, send("GET", "/api/articles/deep-ok").statusCode());
    assertEquals(204, send("DELETE", "/api/articles/deep-ok").statusCode());
  }

  @Test
  void aDeeplyNestedJsonBodyIsA400InPlainWords() throws Exception {
    JsonNode e = error(post("{\"text\":\"x\",\"x\":" + nested(1001) + "}", "application/json"), 400, "bad_article");
    assertEquals("invalid JSON: nested deeper than 1000 levels", e.path("message").asText());
  }

  @Test
  void twoConcatenatedObjectsAreRefusedNotHalfStored() throws Exception {
    JsonNode e = error(post("{\"id\":\"cat-1\",\"text\":\"First.\"}{\"id\":\"cat-2\",\"text\":\"Second.\"}", "application/json"),
        400, "bad_article");
    assertTrue(e.path("message").asText().contains("more than one JSON value"), e.toString());
    assertEquals(404, send("GET", "/api/articles/cat-1").statusCode(), "nothing stored");
  }

  @Test
  void theIdLimitIsTheSameAtTheDoorAsForGetAndDelete() throws Exception {
    assertEquals(ApiServer.MAX_ID_LENGTH, JsonLinesReader.MAX_ID_LENGTH, "one limit everywhere");
    String longest = "k".repeat(ApiServer.MAX_ID_LENGTH);
    HttpResponse<String> ok = post("{\"id\":\"" + longest + "\",\"text\":\"The longest id there is.\"}", "application/json");
    assertEquals(201, ok.statusCode(), ok.body());
    assertEquals(200, send("GET", "/api/articles/" + longest).statusCode());
    assertEquals(204, send("DELETE", "/api/articles/" + longest).statusCode());

    JsonNode e = error(post("{\"id\":\"" + longest + "k\",\"text\":\"One too many.\"}", "application/json"), 400, "bad_article");
    assertTrue(e.path("message").asText().contains("longer than 512 characters"), e.toString());
    HttpResponse<String> lines = post("{\"id\":\"" + longest + "k\",\"text\":\"One too many.\"}\n{\"id\":\"short\",\"text\":\"Fine.\"}\n",
        "application/x-ndjson");
    assertEquals(201, lines.statusCode(), lines.body());
    assertEquals("field \"id\" is longer than 512 characters (513)",
        JSON.readTree(lines.body()).path("failures").get(0).path("reason").asText());
    assertEquals(204, send("DELETE", "/api/articles/short").statusCode());
  }

  @Test
  void aDateThatIsNotADateIsStoredEmptyWithAWarning() throws Exception {
    HttpResponse<String> r = post("[{\"id\":\"date-1\",\"date\":\"2023-99-99\",\"text\":\"Odd date.\"},"
        + "{\"id\":\"date-2\",\"date\":1e999999,\"text\":\"Huge date.\"}]", "application/json");
    assertEquals(201, r.statusCode(), r.body());
    JsonNode res = JSON.readTree(r.body());
    assertEquals(2, res.path("added").asInt());
    assertEquals(2, res.path("warnings").size(), r.body());
    assertEquals("line 1", res.path("warnings").get(0).path("source").asText());
    assertTrue(res.path("warnings").get(0).path("warning").asText().contains("\"2023-99-99\" is not a date"), r.body());
    assertTrue(res.path("warnings").get(1).path("warning").asText().contains("\"1E+999999\" is not a date"), r.body());
    assertTrue(JSON.readTree(send("GET", "/api/articles/date-1").body()).path("date").isNull());
    send("DELETE", "/api/articles/date-1");
    send("DELETE", "/api/articles/date-2");
  }

  @Test
  void textMustBeAString() throws Exception {
    JsonNode e = error(post("{\"id\":\"num\",\"text\":12345}", "application/json"), 400, "bad_article");
    assertTrue(e.path("message").asText().contains("\"text\" must be a string"), e.toString());
    JsonNode big = error(post("{\"id\":\"num\",\"text\":1e999999}", "application/json"), 400, "bad_article");
    assertTrue(big.path("message").asText().contains("\"text\" must be a string"), big.toString());
    assertEquals(404, send("GET", "/api/articles/num").statusCode());
  }

  @Test
  void aYearThatIsNotAYearIsA400LikeOtherBadPageValues() throws Exception {
    HttpResponse<String> r = ApiServerTest.sendTo(base, "GET", "/?q=budget&year=abc", null, null);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("year"), r.body());
    assertEquals(200, ApiServerTest.sendTo(base, "GET", "/?q=budget&year=2024", null, null).statusCode());
    assertEquals(400, ApiServerTest.sendTo(base, "GET", "/?q=budget&sort=abc", null, null).statusCode(),
        "the other bad page values were 400s already");
  }

  @Test
  void theAdminTokenMustMatchWholly() {
    assertTrue(AdminAuth.constantTimeEquals(TOKEN, TOKEN));
    assertFalse(AdminAuth.constantTimeEquals(TOKEN.substring(0, 5), TOKEN), "a prefix is not the token");
    assertFalse(AdminAuth.constantTimeEquals(TOKEN + "x", TOKEN));
    assertFalse(AdminAuth.constantTimeEquals("", ""), "an empty token never matches");
  }
}
