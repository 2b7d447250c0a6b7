package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import verbatim.cli.ServeCommand;
import verbatim.index.ArticleWriter;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;
import verbatim.search.SearchBackend;

/**
 * The HTTP API's contract, one set of checks for every search backend: a real server on a random port over the
 * fixtures of {@link TestIndex} (and {@code corpus/}), status codes, JSON bodies validated against openapi.json,
 * cursors, facets, speaker filters, exports, article pages, admin writes and error shapes. A subclass supplies the
 * backend holding those records: the embedded index ({@link ApiServerTest}) or a SolrCloud collection
 * ({@link SolrCloudApiContractTest}). Where the backends are documented to differ (ranking order, did-you-mean,
 * the speaker estimate in /health; docs/SCALE-OUT.md), the checks hold to what the API promises, not to one
 * backend's answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
  static final String TOKEN = "correct horse battery staple";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /**
   * The records under test: a backend holding {@link TestIndex#fill}'s fixtures (with {@code corpus/}), the writer
   * its admin writes go through, the fixtures' article and hand-placed quote counts, and what to close afterwards.
   */
  record Served(SearchBackend backend, ArticleWriter writer, int articles, long handQuotes, AutoCloseable resources) {}

  Served served;
  ApiServer server;
  String base;
  SchemaValidator schemas;

  /** Opens the backend with the fixtures written and visible. */
  abstract Served serve() throws Exception;

  @BeforeAll
  void start() throws Exception {
    served = serve();
    ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminToken(TOKEN).withRateLimit(0);
    server = new ApiServer(cfg, served.backend(), store()).start();
    base = "http://localhost:" + server.port();
    HttpResponse<String> doc = send("GET", "/openapi.json", null, null);
    assertEquals(200, doc.statusCode());
    schemas = new SchemaValidator(JSON.readTree(doc.body()));
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) server.close();
    if (served != null) served.resources().close();
  }

  /** Admin writes to the backend under test, with the real reader and extractor. */
  ServeCommand.IndexStore store() {
    return new ServeCommand.IndexStore(served.writer(), served.backend(), new CorpusReader(), new QuoteExtractor());
  }

  // ------------------------------------------------------------------ helpers

  HttpResponse<String> send(String method, String path, String body, String contentType, String... headers)
      throws IOException, InterruptedException {
    return sendTo(base, method, path, body, contentType, headers);
  }

  static HttpResponse<String> sendTo(String root, String method, String path, String body, String contentType,
      String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) b.header("Content-Type", contentType);
    for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** GET a JSON endpoint, check the status, and validate the body against openapi.json. */
  JsonNode get(String path, int status) throws Exception {
    HttpResponse<String> r = send("GET", path, null, null);
    assertEquals(status, r.statusCode(), () -> path + " -> " + r.body());
    return conform("get", path, r);
  }

  /** Validates a JSON response against the schema openapi.json gives for its path, method and status. */
  JsonNode conform(String method, String path, HttpResponse<String> r) throws Exception {
    JsonNode body = JSON.readTree(r.body());
    String route = route(path);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    List<String> errors = schemas.validate(body, schemas.responseSchema(route, method, r.statusCode(), "application/json"));
    assertEquals(List.of(), errors, () -> method + " " + path + " " + r.statusCode() + " does not match openapi.json");
    return body;
  }

  static String route(String path) {
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    if (p.startsWith("/api/articles/")) return "/api/articles/{id}";
    return p;
  }

  JsonNode error(HttpResponse<String> r, int status, String code) throws Exception {
    assertEquals(status, r.statusCode(), r::body);
    JsonNode e = JSON.readTree(r.body());
    assertEquals(code, e.path("error").asText(), r::body);
    assertFalse(e.path("message").asText().isBlank());
    assertTrue(e.has("details"));
    assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"),
        "no stack trace in " + r.body());
    assertTrue(schemas.validate(e, schemas.component("Error")).isEmpty(), r.body());
    return e;
  }

  static List<String> ids(JsonNode response) {
    List<String> out = new ArrayList<>();
    response.path("hits").forEach(h -> out.add(h.path("id").asText()));
    return out;
  }

  static Map<String, Long> facet(JsonNode response, String name) {
    Map<String, Long> out = new LinkedHashMap<>();
    response.path("facets").path(name).forEach(f -> out.put(f.path("value").asText(), f.path("count").asLong()));
    return out;
  }

  /** A request the JDK client refuses to build (invalid escapes), sent over a plain socket. */
  String rawGet(String target) throws IOException {
    try (Socket s = new Socket("localhost", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      return buf.toString(StandardCharsets.UTF_8);
    }
  }

  // ------------------------------------------------------------------ the contract

  @Test
  void healthReportsTheIndex() throws Exception {
    JsonNode h = get("/health", 200);
    assertEquals("ok", h.path("status").asText());
    assertTrue(h.path("documents").path("quotes").asLong() >= served.handQuotes());
    assertTrue(h.path("documents").path("articles").asLong() >= served.articles());
    assertTrue(h.path("admin").asBoolean());
  }

  @Test
  void metricsCountRequestsPerRouteAndStatus() throws Exception {
    get("/api/quotes?q=budget", 200);
    get("/api/quotes?size=abc", 400);
    JsonNode m = get("/metrics", 200);
    boolean ok = false;
    boolean bad = false;
    for (JsonNode c : m.path("counts")) {
      if (c.path("route").asText().equals("GET /api/quotes") && c.path("status").asInt() == 200) ok = c.path("count").asLong() >= 1;
      if (c.path("route").asText().equals("GET /api/quotes") && c.path("status").asInt() == 400) bad = c.path("count").asLong() >= 1;
    }
    assertTrue(ok && bad, m.toString());
    JsonNode lat = m.path("latency").path("GET /api/quotes");
    assertTrue(lat.path("count").asLong() >= 2);
    assertTrue(lat.path("p50").asDouble() <= lat.path("p95").asDouble());
    assertTrue(lat.path("p95").asDouble() <= lat.path("p99").asDouble());
    assertTrue(m.path("latency").has("all"));
  }

  @Test
  void openapiDescribesEveryRoute() throws Exception {
    HttpResponse<String> r = send("GET", "/openapi.json", null, null);
    JsonNode doc = JSON.readTree(r.body());
    assertEquals("3.1.0", doc.path("openapi").asText());
    for (String p : List.of("/api/quotes", "/api/articles", "/api/articles/{id}", "/api/speakers", "/api/export",
        "/health", "/metrics", "/openapi.json")) {
      assertTrue(doc.path("paths").has(p), p);
    }
  }

  @Test
  void quotesFindHitsWithHighlightsAndFacets() throws Exception {
    JsonNode r = get("/api/quotes?q=budget&size=5", 200);
    assertEquals(TestIndex.BUDGET_QUOTES, r.path("total").asLong());
    assertEquals(5, r.path("hits").size());
    assertNotNull(r.path("cursor").textValue());
    for (JsonNode h : r.path("hits")) {
      assertEquals("quote", h.path("type").asText());
      assertEquals("web-en-budget", h.path("article").path("id").asText());
      String text = h.path("text").asText();
      assertTrue(h.path("highlights").size() >= 1, h.toString());
      for (JsonNode s : h.path("highlights")) {
        int a = s.path("start").asInt();
        int b = s.path("end").asInt();
        assertTrue(0 <= a && a < b && b <= text.length(), h.toString());
        assertEquals("budget", text.substring(a, b).toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Long> speakers = facet(r, "speaker");
    assertEquals(7L, speakers.get("Jane Doe"));
    assertEquals(8L, speakers.get("Marc Tremblay"));
    assertEquals(Map.of("en", 23L), facet(r, "lang"));
    assertEquals(Map.of("2024", 23L), facet(r, "year"));

    // highlight=false: the same hits in the same order, nothing marked
    JsonNode plain = get("/api/quotes?q=budget&size=5&highlight=false", 200);
    assertEquals(r.path("total"), plain.path("total"));
    for (int i = 0; i < 5; i++) {
      JsonNode h = plain.path("hits").get(i);
      assertEquals(r.path("hits").get(i).path("id"), h.path("id"));
      assertEquals(r.path("hits").get(i).path("text"), h.path("text"));
      assertEquals(0, h.path("highlights").size(), h.toString());
    }
    error(send("GET", "/api/quotes?q=budget&highlight=maybe", null, null), 400, "bad_parameter");
  }

  @Test
  void selectedSpeakerFacetStillListsTheOthers() throws Exception {
    JsonNode r = get("/api/quotes?q=budget&speaker=" + enc("Jane Doe") + "&size=100", 200);
    assertEquals(7, r.path("total").asLong());
    for (JsonNode h : r.path("hits")) assertEquals("Jane Doe", h.path("speaker").path("name").asText());
    Map<String, Long> speakers = facet(r, "speaker");
    assertEquals(7L, speakers.get("Jane Doe"));
    assertEquals(8L, speakers.get("Marc Tremblay"), r.path("facets").toString());
    assertEquals(8L, speakers.values().stream().filter(v -> v == 8L).count() == 2 ? 8L : -1L, speakers.toString());
    // Two speakers OR-ed.
    JsonNode two = get("/api/quotes?q=budget&speaker=" + enc("Jane Doe") + "&speaker=" + enc("Marc Tremblay"), 200);
    assertEquals(15, two.path("total").asLong());
  }

  @Test
  void cursorPagesThroughEveryHitExactlyOnce() throws Exception {
    for (String sort : List.of("relevance", "date")) {
      Set<String> seen = new HashSet<>();
      int pages = 0;
      String cursor = null;
      do {
        JsonNode r = get("/api/quotes?q=budget&size=7&sort=" + sort + (cursor == null ? "" : "&cursor=" + enc(cursor)), 200);
        for (String id : ids(r)) assertTrue(seen.add(id), "seen twice: " + id);
        cursor = r.path("cursor").textValue();
        pages++;
      } while (cursor != null && pages < 20);
      assertEquals(TestIndex.BUDGET_QUOTES, seen.size(), sort);
      assertEquals(4, pages, sort);
    }
  }

  @Test
  void filtersNarrowTheHits() throws Exception {
    JsonNode fr = get("/api/quotes?lang=fr&size=100", 200);
    assertTrue(fr.path("total").asLong() >= 3);
    for (JsonNode h : fr.path("hits")) assertEquals("fr", h.path("article").path("language").asText());
    assertTrue(facet(fr, "lang").containsKey("en"), "lang facet is drill-sideways");

    JsonNode partial = get("/api/quotes?kind=partial&outlet=" + enc("The Lantern"), 200);
    assertEquals(List.of("web-en-1#q-1"), ids(partial));

    JsonNode range = get("/api/quotes?from=2024-05-01&to=2024-12-31&size=100", 200);
    for (JsonNode h : range.path("hits")) {
      String d = h.path("article").path("date").asText();
      assertTrue(d.compareTo("2024-05-01") >= 0 && d.compareTo("2024-12-31") <= 0, d);
    }
    assertTrue(range.path("total").asLong() >= 3);

    JsonNode byDate = get("/api/quotes?sort=date&size=100&outlet=" + enc("The Lantern"), 200);
    String prev = "9999";
    for (JsonNode h : byDate.path("hits")) {
      String d = h.path("article").path("date").asText();
      assertTrue(d.compareTo(prev) <= 0, "newest first: " + d + " after " + prev);
      prev = d;
    }

    JsonNode exact = get("/api/quotes?exact=true", 200);
    assertTrue(exact.path("totalExact").asBoolean());
  }

  @Test
  void accentsAndLanguagesMeetInOneSpeaker() throws Exception {
    JsonNode caire = get("/api/quotes?speaker=" + enc("Eric Caire") + "&size=100", 200);
    Set<String> articles = new HashSet<>();
    caire.path("hits").forEach(h -> articles.add(h.path("article").path("id").asText()));
    assertTrue(articles.containsAll(Set.of("web-fr-1", "web-en-1")), articles.toString());
    assertEquals(caire.path("total").asLong(), get("/api/quotes?size=100&speaker=" + enc("ÉRIC CAIRE"), 200).path("total").asLong());
  }

  @Test
  void advancedModeUsesFieldsAndReportsSyntaxErrorsWithPosition() throws Exception {
    JsonNode r = get("/api/quotes?mode=advanced&q=" + enc("speaker:\"Jane Doe\" AND budget"), 200);
    assertEquals(7, r.path("total").asLong());
    HttpResponse<String> bad = send("GET", "/api/quotes?mode=advanced&q=" + enc("\"unbalanced quote"), null, null);
    JsonNode e = error(bad, 400, "query_syntax");
    assertTrue(e.path("details").has("position"), bad.body());
    conform("get", "/api/quotes", bad);
    // Simple mode never fails on the same text.
    get("/api/quotes?q=" + enc("\"unbalanced quote"), 200);
  }

  @Test
  void articlesSearchesArticlesAndStubs() throws Exception {
    JsonNode r = get("/api/articles?q=" + enc("bridge") + "&size=100", 200);
    Set<String> types = new HashSet<>();
    r.path("hits").forEach(h -> types.add(h.path("type").asText()));
    assertTrue(types.contains("article"), r.toString());
    assertFalse(types.contains("quote"));
    JsonNode marked = get("/api/articles?type=article&q=" + enc("bridge"), 200);
    JsonNode unmarked = get("/api/articles?type=article&q=" + enc("bridge") + "&highlight=false", 200);
    assertEquals(marked.path("total"), unmarked.path("total"));
    assertTrue(marked.path("hits").get(0).path("highlights").size() >= 1, marked.toString());
    assertEquals(marked.path("hits").get(0).path("id"), unmarked.path("hits").get(0).path("id"));
    assertEquals(0, unmarked.path("hits").get(0).path("highlights").size(), unmarked.toString());
    JsonNode stubs = get("/api/articles?type=stub&q=" + enc("roads"), 200);
    assertTrue(stubs.path("total").asLong() >= 1);
    stubs.path("hits").forEach(h -> assertEquals("stub", h.path("type").asText()));
    error(send("GET", "/api/articles?type=poem", null, null), 400, "bad_parameter");
  }

  @Test
  void articleByIdHasParagraphsQuotesAndStubs() throws Exception {
    JsonNode a = get("/api/articles/web-fr-1", 200);
    assertEquals("Le pont du village fermé pour l’hiver", a.path("title").asText());
    assertEquals(3, a.path("paragraphs").size());
    assertEquals(2, a.path("quotes").size());
    String text = a.path("text").asText();
    for (JsonNode q : a.path("quotes")) {
      assertEquals(q.path("text").asText(), text.substring(q.path("start").asInt(), q.path("end").asInt()));
    }
    assertEquals("Éric Caire", a.path("quotes").get(0).path("speaker").path("name").asText());
    assertEquals(1, a.path("related").size());
    error(send("GET", "/api/articles/no-such-article", null, null), 404, "not_found");
    conform("get", "/api/articles/no-such-article", send("GET", "/api/articles/no-such-article", null, null));
  }

  @Test
  void speakersAutocompleteIgnoresAccents() throws Exception {
    for (String prefix : List.of("eri", "ÉRI", "Éric", "cai")) {
      JsonNode r = get("/api/speakers?prefix=" + enc(prefix), 200);
      assertTrue(r.isArray());
      boolean found = false;
      for (JsonNode s : r) found |= s.path("value").asText().endsWith("ric Caire") && s.path("count").asLong() >= 10;
      assertTrue(found, prefix + " -> " + r);
    }
    JsonNode limited = get("/api/speakers?prefix=&limit=2", 200);
    assertEquals(2, limited.size());
    error(send("GET", "/api/speakers?limit=0", null, null), 400, "bad_parameter");
  }

  @Test
  void csvExportHasEveryHitWithProvenanceAndRfc4180Escaping() throws Exception {
    JsonNode page = get("/api/quotes?q=budget&exact=true", 200);
    HttpResponse<String> r = send("GET", "/api/export?format=csv&q=budget", null, null);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String cd = r.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(cd.startsWith("attachment; filename=\"verbatim-quotes-") && cd.endsWith(".csv\""), cd);
    List<List<String>> rows = CsvReader.parse(r.body());
    assertEquals(List.of("quote_id", "article_id", "url", "outlet", "date", "language", "speaker", "role", "kind", "text",
        "also_in"), rows.get(0));
    assertEquals(page.path("total").asLong(), rows.size() - 1);
    Set<String> texts = new HashSet<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertEquals(11, row.size());
      assertEquals("web-en-budget", row.get(1));
      assertEquals("https://news.example/web-en-budget", row.get(2));
      assertEquals("2024-01-15", row.get(4));
      texts.add(row.get(9));
    }
    assertTrue(texts.contains("Budget line 7 must stay, \"quoted\", and funded,"), texts.toString());
    assertTrue(r.body().contains("\"Budget line 7 must stay, \"\"quoted\"\", and funded,\""));
  }

  @Test
  void jsonlExportOfEverythingMatchesTheExactTotal() throws Exception {
    JsonNode all = get("/api/quotes?exact=true", 200);
    HttpResponse<String> r = send("GET", "/api/export?format=jsonl", null, null);
    assertEquals(200, r.statusCode());
    String[] lines = r.body().split("\n");
    assertEquals(all.path("total").asLong(), lines.length);
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      JsonNode row = JSON.readTree(line);
      assertTrue(schemas.validate(row, schemas.component("ExportRow")).isEmpty(), line);
      assertTrue(ids.add(row.path("quote_id").asText()));
    }
    error(send("GET", "/api/export?format=xml", null, null), 400, "bad_parameter");
    error(send("GET", "/api/export?mode=advanced&q=" + enc("(open"), null, null), 400, "query_syntax");
  }

  @Test
  void badParametersAre400sNeverStackTraces() throws Exception {
    error(send("GET", "/api/quotes?size=-1", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?size=abc", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?size=101", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?size=99999999999999999999", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?q=" + "a".repeat(5000), null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?cursor=" + enc("forged-cursor-AAAA"), null, null), 400, "bad_cursor");
    error(send("GET", "/api/quotes?cursor=" + enc("eyJhIjoxfQ.eyJhIjoxfQ"), null, null), 400, "bad_cursor");
    error(send("GET", "/api/quotes?from=2024-13-45", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?from=2024-05-01&to=2023-01-01", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?lang=de", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?kind=shout", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?mode=psychic", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?sort=random", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?exact=maybe", null, null), 400, "bad_parameter");
    error(send("GET", "/api/quotes?q=a&q=b", null, null), 400, "bad_parameter");
    JsonNode unknown = error(send("GET", "/api/quotes?qq=typo", null, null), 400, "bad_parameter");
    assertEquals("qq", unknown.path("details").path("parameter").asText());
    error(send("GET", "/api/quotes?speaker=" + enc("x".repeat(300)), null, null), 400, "bad_parameter");
    for (String hostile : List.of("*:*", "((((", "\\", "\u0000", "AND OR NOT", "title:[a TO", "~~~~", "\"\"\"",
        "speaker:", "a".repeat(999))) {
      for (String mode : List.of("simple", "advanced")) {
        HttpResponse<String> r = send("GET", "/api/quotes?mode=" + mode + "&q=" + enc(hostile), null, null);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, mode + " " + hostile + " -> " + r.statusCode() + r.body());
        // simple mode reads AND/NOT/field: as advanced syntax (issue 18): its only 400 is a syntax error
        if (mode.equals("simple")) assertTrue(r.statusCode() == 200 || r.body().contains("\"query_syntax\""), hostile + " -> " + r.body());
        conform("get", "/api/quotes", r);
      }
    }
  }

  @Test
  void unknownRoutesAndMethodsAreJsonErrors() throws Exception {
    error(send("GET", "/api/nothing-here", null, null), 404, "not_found");
    error(send("GET", "/no/such/page", null, null), 404, "not_found");
    HttpResponse<String> r = send("PUT", "/api/quotes", "{}", "application/json");
    error(r, 405, "method_not_allowed");
    error(send("POST", "/health", "", "text/plain"), 405, "method_not_allowed");
  }

  @Test
  void etagAnswers304UntilTheIndexChanges() throws Exception {
    String path = "/api/quotes?q=bridge&size=3";
    HttpResponse<String> first = send("GET", path, null, null);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    HttpResponse<String> again = send("GET", path, null, null, "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    HttpResponse<String> other = send("GET", "/api/quotes?q=bridge&size=4", null, null, "If-None-Match", etag);
    assertEquals(200, other.statusCode());
    assertNotEquals(etag, other.headers().firstValue("ETag").orElse(null));
    // Same parameters in another order: same ETag.
    HttpResponse<String> reordered = send("GET", "/api/quotes?size=3&q=bridge", null, null, "If-None-Match", etag);
    assertEquals(304, reordered.statusCode());
    // Article pages too.
    HttpResponse<String> art = send("GET", "/api/articles/web-en-2", null, null);
    String artTag = art.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, send("GET", "/api/articles/web-en-2", null, null, "If-None-Match", artTag).statusCode());
    // A change to the index changes the ETag.
    HttpResponse<String> add = send("POST", "/api/articles",
        "{\"id\":\"web-etag\",\"title\":\"Etag probe\",\"language\":\"en\",\"text\":\"Etag probe\\n\\nA short note on the ferry timetable.\"}",
        "application/json", "Authorization", "Bearer " + TOKEN);
    assertEquals(201, add.statusCode(), add.body());
    HttpResponse<String> after = send("GET", path, null, null, "If-None-Match", etag);
    assertEquals(200, after.statusCode());
    assertEquals(204, send("DELETE", "/api/articles/web-etag", null, null, "Authorization", "Bearer " + TOKEN).statusCode());
  }

  @Test
  void adminAddThenSearchThenDelete() throws Exception {
    String body = "{\n  \"id\": \"web-admin-1\",\n  \"title\": \"Zeppelin lands in the harbour\",\n  \"language\": \"en\","
        + "\n  \"outlet\": \"The Lantern\", \"date\": \"2025-04-02\", \"url\": \"https://news.example/zeppelin\","
        + "\n  \"text\": \"Zeppelin lands in the harbour\\n\\n\\\"The zeppelin is here to stay,\\\" said Captain Ada Quill.\"\n}";
    HttpResponse<String> add = send("POST", "/api/articles", body, "application/json", "Authorization", "Bearer " + TOKEN);
    JsonNode added = JSON.readTree(add.body());
    assertEquals(201, add.statusCode(), add.body());
    assertEquals("web-admin-1", added.path("ids").get(0).asText());
    assertTrue(schemas.validate(added, schemas.component("AddResult")).isEmpty());
    long deadline = System.nanoTime() + 1_000_000_000L;
    long found = 0;
    while (found == 0 && System.nanoTime() < deadline) {
      found = get("/api/articles?q=zeppelin", 200).path("total").asLong();
      if (found == 0) Thread.sleep(50);
    }
    assertTrue(found >= 1, "searchable within a second");
    assertEquals("Zeppelin lands in the harbour", get("/api/articles/web-admin-1", 200).path("title").asText());

    HttpResponse<String> del = send("DELETE", "/api/articles/web-admin-1", null, null, "Authorization", "Bearer " + TOKEN);
    assertEquals(204, del.statusCode());
    assertEquals(0, get("/api/articles?q=zeppelin", 200).path("total").asLong());
    error(send("DELETE", "/api/articles/web-admin-1", null, null, "Authorization", "Bearer " + TOKEN), 404, "not_found");
  }

  @Test
  void adminTakesJsonLinesAndPlainText() throws Exception {
    String lines = "{\"id\":\"web-nd-1\",\"language\":\"fr\",\"text\":\"Le marché aux puces\\n\\nLe marché aux puces rouvre samedi.\"}\n"
        + "not json at all\n"
        + "{\"id\":\"web-nd-2\",\"language\":\"en\",\"text\":\"Flea market\\n\\nThe flea market reopens on Saturday.\"}\n";
    HttpResponse<String> r = send("POST", "/api/articles", lines, "application/x-ndjson", "Authorization", "Bearer " + TOKEN);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode res = JSON.readTree(r.body());
    assertEquals(2, res.path("added").asInt());
    assertEquals(1, res.path("failures").size());
    assertEquals("line 2", res.path("failures").get(0).path("source").asText());

    HttpResponse<String> t = send("POST", "/api/articles", "Harbour ferry returns\n\nThe harbour ferry returns to its summer timetable.\n",
        "text/plain; charset=utf-8", "Authorization", "Bearer " + TOKEN);
    assertEquals(201, t.statusCode(), t.body());
    String id = JSON.readTree(t.body()).path("ids").get(0).asText();
    assertEquals(1, get("/api/articles?type=article&q=" + enc("ferry summer timetable"), 200).path("total").asLong());
    for (String gone : List.of("web-nd-1", "web-nd-2", id)) {
      assertEquals(204, send("DELETE", "/api/articles/" + enc(gone), null, null, "Authorization", "Bearer " + TOKEN).statusCode());
    }
  }

  @Test
  void adminRefusesBadInput() throws Exception {
    String auth = "Bearer " + TOKEN;
    error(send("POST", "/api/articles", "{\"title\":\"no text\"}", "application/json", "Authorization", auth), 400, "bad_article");
    error(send("POST", "/api/articles", "{broken", "application/json", "Authorization", auth), 400, "bad_article");
    error(send("POST", "/api/articles", "", "application/json", "Authorization", auth), 400, "bad_parameter");
    error(send("POST", "/api/articles", "<a/>", "application/xml", "Authorization", auth), 415, "unsupported_media_type");
    error(send("POST", "/api/articles", "{\"text\":\"x\"}", "application/json"), 401, "unauthorized");
    error(send("POST", "/api/articles", "{\"text\":\"x\"}", "application/json", "Authorization", "Bearer wrong"), 401, "unauthorized");
    error(send("POST", "/api/articles", "{\"text\":\"x\"}", "application/json", "Authorization", "Basic " + TOKEN), 401, "unauthorized");
    HttpResponse<String> noAuth = send("DELETE", "/api/articles/web-fr-1", null, null, "Authorization", "Bearer " + TOKEN + "x");
    error(noAuth, 401, "unauthorized");
    assertTrue(noAuth.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    get("/api/articles/web-fr-1", 200); // still there
  }

  @Test
  void adminIsDisabledWithoutAToken() throws Exception {
    ServerConfig cfg = ServerConfig.defaults().withPort(0).withRateLimit(0);
    try (ApiServer s = new ApiServer(cfg, served.backend(), null).start()) {
      String root = "http://localhost:" + s.port();
      error(sendTo(root, "POST", "/api/articles", "{\"text\":\"x\"}", "application/json", "Authorization", "Bearer anything"),
          403, "admin_disabled");
      error(sendTo(root, "DELETE", "/api/articles/web-fr-1", null, null, "Authorization", "Bearer anything"), 403, "admin_disabled");
      assertEquals(200, sendTo(root, "GET", "/api/articles/web-fr-1", null, null).statusCode());
    }
  }

  @Test
  void bodiesOverTheLimitAre413() throws Exception {
    ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminToken(TOKEN).withRateLimit(0).withMaxBodyBytes(1000);
    try (ApiServer s = new ApiServer(cfg, served.backend(), store()).start()) {
      String root = "http://localhost:" + s.port();
      String big = "{\"text\":\"" + "word ".repeat(400) + "\"}";
      error(sendTo(root, "POST", "/api/articles", big, "application/json", "Authorization", "Bearer " + TOKEN), 413, "body_too_large");
    }
  }

  @Test
  void withoutAnOpenIndexTheApiAnswers503() throws Exception {
    ServerConfig cfg = ServerConfig.defaults().withPort(0).withRateLimit(0).withAdminToken(TOKEN);
    try (ApiServer s = new ApiServer(cfg, null, null).start()) {
      String root = "http://localhost:" + s.port();
      error(sendTo(root, "GET", "/api/quotes?q=x", null, null), 503, "index_unavailable");
      error(sendTo(root, "GET", "/api/articles/web-fr-1", null, null), 503, "index_unavailable");
      error(sendTo(root, "GET", "/api/export", null, null), 503, "index_unavailable");
      error(sendTo(root, "POST", "/api/articles", "{\"text\":\"x\"}", "application/json", "Authorization", "Bearer " + TOKEN),
          503, "index_unavailable");
      HttpResponse<String> h = sendTo(root, "GET", "/health", null, null);
      assertEquals(503, h.statusCode());
      assertTrue(schemas.validate(JSON.readTree(h.body()), schemas.component("Unavailable")).isEmpty(), h.body());
      error(sendTo(root, "GET", "/api/quotes?size=abc", null, null), 400, "bad_parameter");
      s.attach(served.backend(), null);
      assertEquals(200, sendTo(root, "GET", "/api/quotes?q=x", null, null).statusCode());
      assertEquals(200, sendTo(root, "GET", "/health", null, null).statusCode());
    }
  }

  @Test
  void searchPageRendersResultsForVisitorsWithoutJavaScript() throws Exception {
    Assumptions.assumeTrue(ApiServer.class.getClassLoader().getResource("public/index.html") != null,
        "public/index.html not in this build: skipping page checks");
    HttpResponse<String> page = send("GET", "/?q=" + enc("piétons") + "&year=&unknown=1", null, null);
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String body = page.body();
    assertTrue(body.contains("<blockquote>La sécurité des piétons passe d’abord</blockquote>"), body);
    assertTrue(body.contains("Geneviève Guilbault"), body);
    assertTrue(body.contains("href=\"/article/web-fr-1#web-fr-1%23q-"), body);
    assertTrue(body.contains("value=\"piétons\""), "the plain form keeps the query");
    assertTrue(body.contains("<verbatim-search"), "the widget still takes over when JavaScript runs");

    HttpResponse<String> french = send("GET", "/?q=" + enc("piétons"), null, null, "Accept-Language", "fr-CA,fr;q=0.9");
    assertTrue(french.body().contains("<html lang=\"fr\">"), french.body());
    assertTrue(french.body().contains("citation"), french.body());

    String hostile = "<script>alert(1)</script>\"'";
    HttpResponse<String> none = send("GET", "/?q=" + enc(hostile), null, null);
    assertEquals(200, none.statusCode());
    assertFalse(none.body().contains("<script>alert"), "query text is escaped");
    assertTrue(none.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;"), none.body());

    HttpResponse<String> bad = send("GET", "/?q=x&sort=sideways", null, null);
    assertEquals(400, bad.statusCode());
    assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(bad.body().contains("role=\"alert\"") && bad.body().contains("sort"), bad.body());

    HttpResponse<String> plain = send("GET", "/", null, null);
    assertFalse(plain.body().contains("results-nojs"), "no query, no server results");
  }

  @Test
  void serverWorksUnderTurkishAndFrenchDefaultLocales() throws Exception {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("fr-FR"))) {
        Locale.setDefault(l);
        JsonNode r = get("/api/quotes?kind=INDIRECT&lang=EN&mode=SIMPLE&sort=DATE&exact=TRUE&outlet=" + enc("The Lantern"), 200);
        assertEquals(1, r.path("total").asLong(), l + " " + r);
        assertEquals("indirect", r.path("hits").get(0).path("kind").asText());
        JsonNode sp = get("/api/speakers?prefix=" + enc("GENEVIÈVE"), 200);
        assertEquals("Geneviève Guilbault", sp.get(0).path("value").asText(), l.toString());
        get("/metrics", 200);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
