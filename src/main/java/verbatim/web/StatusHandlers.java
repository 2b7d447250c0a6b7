package verbatim.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import verbatim.search.IndexStats;
import verbatim.search.SearchBackend;

/** What the service says about itself: {@code /health}, {@code /metrics}, {@code /openapi.json}. */
final class StatusHandlers {
  private final ServerConfig config;
  private final Backends backends;
  private final Metrics metrics;
  private final JsonOutput json;
  private final ClasspathFiles files;

  StatusHandlers(ServerConfig config, Backends backends, Metrics metrics, JsonOutput json, ClasspathFiles files) {
    this.config = config;
    this.backends = backends;
    this.metrics = metrics;
    this.json = json;
    this.files = files;
  }

  /** 200 with the index's counts, or 503 while no index is open. */
  void health(Context ctx) throws IOException {
    SearchBackend s = backends.searcherOrNull();
    Map<String, Object> body = new LinkedHashMap<>();
    if (s == null) {
      body.put("status", "unavailable");
      body.put("message", "the index is not open yet");
      ctx.status(503).header("Cache-Control", "no-store");
      json.send(ctx, body);
      return;
    }
    IndexStats st = s.stats();
    body.put("status", "ok");
    body.put("generation", st.generation());
    body.put("version", st.version());
    Map<String, Long> docs = new LinkedHashMap<>();
    docs.put("articles", st.articles());
    docs.put("stubs", st.stubs());
    docs.put("quotes", st.quotes());
    docs.put("speakers", st.speakers());
    docs.put("files", st.files());
    body.put("documents", docs);
    body.put("admin", config.adminEnabled());
    ctx.header("Cache-Control", "no-store");
    json.send(ctx, body);
  }

  void metrics(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    json.send(ctx, metrics.snapshot());
  }

  void openapi(Context ctx) throws IOException {
    byte[] doc = files.get("openapi.json");
    if (doc == null) throw ApiException.notFound("openapi.json is missing from this build");
    ctx.header("Cache-Control", "public, max-age=300").contentType("application/json").result(doc);
  }
}
