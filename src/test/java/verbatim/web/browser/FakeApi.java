package verbatim.web.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stand-in for the service that the real server cannot play: it answers {@code /api/quotes} in the agreed
 * JSON shape from hand-written records (including hostile ones: markup in the text, bogus highlight offsets)
 * and serves the widget's files from the classpath. Used only for the widget's robustness tests.
 */
final class FakeApi implements AutoCloseable {
  /** One canned quote hit. */
  record Row(String id, String text, String speaker, String role, String lang, String outlet, String date) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final List<Row> rows;

  FakeApi(List<Row> rows) throws IOException {
    this.rows = List.copyOf(rows);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The service's base URL, on "localhost" so that it is another origin than the host site's 127.0.0.1. */
  String endpoint() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
    if (path.equals("/api/quotes")) {
      send(ex, 200, "application/json", JSON.writeValueAsBytes(search(params(ex.getRequestURI().getRawQuery()))));
      return;
    }
    String file = path.equals("/") ? "index.html" : path.substring(1);
    try (InputStream in = file.contains("..") ? null : FakeApi.class.getResourceAsStream("/public/" + file)) {
      if (in == null) {
        send(ex, 404, "application/json", "{\"error\":\"not_found\",\"message\":\"no such resource\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String type = file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "text/html; charset=utf-8";
      send(ex, 200, type, in.readAllBytes());
    }
  }

  private Map<String, Object> search(Map<String, List<String>> p) {
    String q = first(p, "q").toLowerCase(Locale.ROOT).trim();
    List<String> speakers = p.getOrDefault("speaker", List.of());
    List<Map<String, Object>> hits = new ArrayList<>();
    Map<String, Long> speakerCounts = new TreeMap<>();
    Map<String, Map<String, Long>> other = Map.of("lang", new TreeMap<>(), "outlet", new TreeMap<>(), "year", new TreeMap<>());
    for (Row r : rows) {
      int at = q.isEmpty() ? -1 : r.text().toLowerCase(Locale.ROOT).indexOf(q);
      if (!q.isEmpty() && at < 0) continue;
      speakerCounts.merge(r.speaker(), 1L, Long::sum); // drill sideways: counted before the speaker filter
      if (!speakers.isEmpty() && !speakers.contains(r.speaker())) continue;
      other.get("lang").merge(r.lang(), 1L, Long::sum);
      other.get("outlet").merge(r.outlet(), 1L, Long::sum);
      other.get("year").merge(r.date().substring(0, 4), 1L, Long::sum);
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", r.id());
      hit.put("type", "quote");
      hit.put("text", r.text());
      hit.put("kind", "direct");
      hit.put("speaker", Map.of("name", r.speaker(), "role", r.role()));
      hit.put("article", Map.of("id", "a-" + r.id(), "title", "Article " + r.id(), "url", "https://news.example/" + r.id(),
          "outlet", r.outlet(), "date", r.date(), "language", r.lang()));
      // Real highlight plus a deliberately bogus one that must be ignored.
      hit.put("highlights", at < 0 ? List.of() : List.of(Map.of("start", at, "end", at + q.length()), Map.of("start", 9999, "end", 3)));
      hit.put("context", "");
      hit.put("score", 1.0);
      hits.add(hit);
    }
    List<Map<String, Object>> speakerFacet = new ArrayList<>();
    speakerCounts.forEach((k, v) -> speakerFacet.add(Map.of("value", k, "count", v)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", hits.size());
    body.put("totalExact", true);
    body.put("hits", hits);
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put("speaker", speakerFacet);
    other.forEach((name, counts) -> {
      List<Map<String, Object>> list = new ArrayList<>();
      counts.forEach((k, v) -> list.add(Map.of("value", k, "count", v)));
      facets.put(name, list);
    });
    body.put("facets", facets);
    body.put("cursor", null);
    body.put("didYouMean", null);
    body.put("partial", false);
    return body;
  }

  private static String first(Map<String, List<String>> p, String key) {
    List<String> v = p.get(key);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  private static Map<String, List<String>> params(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null) return out;
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
