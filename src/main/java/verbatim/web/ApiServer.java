package verbatim.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import verbatim.search.ArticleView;
import verbatim.search.IndexStats;
import verbatim.search.SearchException;
import verbatim.search.SearchRequest;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchResponse;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.search.SearchResponse.Hit;
import verbatim.search.SearchBackend;

/**
 * The HTTP API and the widget's pages, on Javalin. Talks only to a {@link SearchBackend} (and to the
 * {@link ArticleStore} {@code serve} hands it for the admin endpoints). Every error leaves through
 * {@link #sendError}: JSON {@code {"error", "message", "details"}}, never a stack trace.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger ACCESS = LoggerFactory.getLogger("verbatim.access");
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String ERROR_SENT = "verbatim.errorSent";
  private static final Set<String> EXPORT_FORMATS = Set.of("csv", "jsonl");
  private static final List<String> EXPORT_COLUMNS = List.of(
      "quote_id", "article_id", "url", "outlet", "date", "language", "speaker", "role", "kind", "text", "also_in");
  private static final String SEARCH_CACHE_CONTROL = "public, max-age=0, must-revalidate";
  private static final String READ_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match";
  private static final String EXPOSED_HEADERS = "ETag, Content-Disposition, Retry-After";
  private static final String JSON = "application/json";
  /** Version of the API's JSON, part of every ETag. */
  public static final String API_VERSION = "1";
  /** The longest article id (the same limit as the ingest side's, so every stored article can be fetched). */
  public static final int MAX_ID_LENGTH = 512;

  private final ServerConfig config;
  private final ObjectMapper json;
  private final Metrics metrics = new Metrics();
  private final RateLimiter limiter;
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  /** Route names for metrics, built once per endpoint rather than per request. */
  private final Map<Endpoint, String> routeNames = new ConcurrentHashMap<>();
  /** The access log, or null when the {@code verbatim.access} logger is off. */
  private final AccessLogger accessLog;
  private final Javalin app;
  /** The header deadline and per-client connection cap, closed with the server. */
  private final ConnectionGuard guard;
  private volatile SearchBackend searcher;
  private volatile ArticleStore store;

  /**
   * @param config   settings (port, origins, token, rate limit…)
   * @param searcher the open index, or null until {@link #attach} (the API answers 503 meanwhile)
   * @param store    the admin endpoints' store, or null (admin answers 503 when a token is set)
   */
  public ApiServer(ServerConfig config, SearchBackend searcher, ArticleStore store) {
    this.config = config;
    this.searcher = searcher;
    this.store = store;
    this.limiter = config.rateLimit() > 0 ? new RateLimiter(config.rateLimit()) : null;
    this.json = new ObjectMapper()
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.accessLog = ACCESS.isInfoEnabled() ? new AccessLogger(System.out) : null;
    this.guard = new ConnectionGuard(config.headerTimeoutMillis(), config.maxConnectionsPerClient());
    this.app = Javalin.create(this::configure);
  }

  /** Starts listening on the configured address; returns this for chaining. */
  public ApiServer start() {
    app.start(config.bind(), config.port());
    return this;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** Puts an open index behind the API (replacing none or a previous one). */
  public void attach(SearchBackend s, ArticleStore st) {
    this.searcher = s;
    this.store = st;
  }

  /** Takes the index away: the API answers 503 until the next {@link #attach}. */
  public void detach() {
    this.searcher = null;
    this.store = null;
  }

  public Metrics metrics() {
    return metrics;
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      guard.close();
      if (accessLog != null) accessLog.close();
    }
  }

  // ------------------------------------------------------------------ configuration

  private void configure(JavalinConfig c) {
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    c.jsonMapper(new JavalinJackson(json, false));
    c.http.prefer405over404 = false; // our 404 handler tells 405 from 404 (see allowedMethods)
    c.http.maxRequestSize = config.maxBodyBytes();
    c.http.generateEtags = false;
    c.router.ignoreTrailingSlashes = true;
    if (ApiServer.class.getClassLoader().getResource("public") != null) c.staticFiles.add(s -> {
      s.hostedPath = "/";
      s.directory = "/public";
      s.location = Location.CLASSPATH;
      s.headers = Map.of(
          "Cache-Control", "public, max-age=300",
          "Access-Control-Allow-Origin", "*");
    });
    c.requestLogger.http(this::logRequest);
    JettyEdge.install(c, config, guard);

    c.routes.before(this::guard);

    c.routes.get("/health", this::health);
    c.routes.get("/metrics", this::metricsPage);
    c.routes.get("/openapi.json", this::openapi);
    c.routes.get("/api/quotes", this::quotes);
    c.routes.get("/api/articles", this::articles);
    c.routes.get("/api/articles/{id}", this::article);
    c.routes.get("/api/speakers", this::speakers);
    c.routes.get("/api/export", this::export);
    c.routes.post("/api/articles", this::addArticles);
    c.routes.delete("/api/articles/{id}", this::deleteArticle);
    c.routes.post("/api/admin/snapshot", ctx -> new SnapshotEndpoint(config).handle(ctx, store));
    c.routes.get("/article/{id}", ctx -> page(ctx, "article.html"));
    if (ApiServer.class.getClassLoader().getResource("public/index.html") == null) {
      LOG.warn("public/index.html is not in this build: / answers 404 until the widget pages are added");
    } else {
      c.routes.get("/", this::searchPage);
    }
    c.routes.options("/api/<path>", this::preflight);
    c.routes.options("/health", this::preflight);
    c.routes.options("/openapi.json", this::preflight);

    c.routes.exception(ApiException.class, (e, ctx) -> sendError(ctx, e.status(), e.code(), e.getMessage(), e.details()));
    c.routes.exception(SearchException.class, (e, ctx) -> sendError(ctx, 400, e.code(), e.getMessage(), e.details()));
    c.routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 404) noRoute(ctx);
      else sendError(ctx, e.getStatus(), codeFor(e.getStatus()), e.getMessage(), Map.of());
    });
    c.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      sendError(ctx, 500, "internal", "the server failed on this request; it has been logged", Map.of());
    });
    c.routes.error(404, ctx -> {
      if (ctx.attribute(ERROR_SENT) == null) noRoute(ctx);
    });
    c.routes.error(405, ctx -> {
      if (ctx.attribute(ERROR_SENT) == null)
        sendError(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + SearchRequestReader.clip(ctx.path()), Map.of());
    });
  }

  /** No endpoint for this method and path: 405 when the path exists for other methods, else 404. */
  private void noRoute(Context ctx) {
    String allowed = allowedMethods(ctx.path());
    if (allowed != null && !List.of(allowed.split(", ")).contains(ctx.method().name())) {
      ctx.header("Allow", allowed);
      sendError(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + SearchRequestReader.clip(ctx.path())
          + " (allowed: " + allowed + ")", Map.of("allowed", allowed));
    } else {
      sendError(ctx, 404, "not_found", "no such route: " + ctx.method() + " " + SearchRequestReader.clip(ctx.path()), Map.of());
    }
  }

  /** The one place errors become responses. */
  private void sendError(Context ctx, int status, String code, String message, Map<String, ?> details) {
    ctx.attribute(ERROR_SENT, Boolean.TRUE);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", message == null ? code : message);
    body.put("details", details == null ? Map.of() : details);
    ctx.removeHeader("ETag");
    ctx.header("Cache-Control", "no-store");
    if (status == 429 && details != null && details.get("retryAfterSeconds") != null)
      ctx.header("Retry-After", String.valueOf(details.get("retryAfterSeconds")));
    if (status == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"verbatim-admin\"");
    ctx.status(status);
    sendJson(ctx, body);
  }

  /**
   * Serialises straight to UTF-8 bytes (Javalin's {@code ctx.json} builds a String, then encodes it again) and
   * writes them to the response stream. Not through {@code ctx.result(bytes)}: Javalin would wrap the bytes in a
   * stream and copy them over through a fresh buffer per request (4–6% of the server's allocation under load).
   * {@code ctx.outputStream()} still compresses for clients that ask for it. The bytes go in slices no larger
   * than Jetty aggregates ({@link #WRITE_SLICE}): a body that fits Jetty's response buffer (32 KiB) then leaves
   * whole with a Content-Length, where one large write would be sent chunked.
   */
  private void sendJson(Context ctx, Object body) throws UncheckedIOException {
    byte[] bytes;
    try {
      bytes = json.writeValueAsBytes(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType(JSON);
    try {
      OutputStream out = ctx.outputStream();
      for (int at = 0; at < bytes.length; at += WRITE_SLICE) out.write(bytes, at, Math.min(WRITE_SLICE, bytes.length - at));
    } catch (IOException e) {
      LOG.debug("{} {}: the client went away before the response was sent: {}", ctx.method(), ctx.path(), e.getMessage());
    }
  }

  /** Jetty copies writes up to its output aggregation size (8 KiB by default) into the response buffer. */
  private static final int WRITE_SLICE = 4096;

  private static final List<Map.Entry<java.util.regex.Pattern, String>> ROUTE_METHODS = List.of(
      Map.entry(java.util.regex.Pattern.compile("/api/articles/?"), "GET, POST, OPTIONS"),
      Map.entry(java.util.regex.Pattern.compile("/api/articles/[^/]+/?"), "GET, DELETE, OPTIONS"),
      Map.entry(java.util.regex.Pattern.compile("/api/(quotes|speakers|export)/?|/health|/openapi\\.json"), "GET, OPTIONS"),
      Map.entry(java.util.regex.Pattern.compile("/metrics|/|/article/[^/]+/?"), "GET"));

  /** The methods a known route allows (for 405), or null when no route has this path. */
  static String allowedMethods(String path) {
    for (Map.Entry<java.util.regex.Pattern, String> e : ROUTE_METHODS) {
      if (e.getKey().matcher(path).matches()) return e.getValue();
    }
    return null;
  }

  private static String codeFor(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "body_too_large";
      case 429 -> "rate_limited";
      case 503 -> "unavailable";
      default -> status >= 500 ? "internal" : "http_" + status;
    };
  }

  private void logRequest(Context ctx, Float ms) {
    String route = routeOf(ctx);
    int status = ctx.statusCode();
    double millis = ms == null ? 0 : ms;
    metrics.record(route, status, millis);
    if (accessLog != null) accessLog.log(ctx.method().name(), ctx.path(), status, millis);
  }

  /** "GET /api/articles/{id}" as routed: a bounded set of names, never the raw path. */
  private String routeOf(Context ctx) {
    Endpoint e = null;
    try {
      e = ctx.endpoints().matchedHttpEndpoint();
    } catch (RuntimeException ignored) {
      // no endpoint matched
    }
    if (e != null) {
      Endpoint matched = e;
      return routeNames.computeIfAbsent(e, k -> matched.method + " " + matched.path);
    }
    int s = ctx.statusCode();
    if (s == 404) return "unmatched";
    if (s == 405) return "method_not_allowed";
    return ctx.method() + " static";
  }

  // ------------------------------------------------------------------ before every request: CORS, rate limit, admin

  private void guard(Context ctx) {
    String path = ctx.path();
    HandlerType method = ctx.method();
    boolean admin = isAdmin(method, path);
    // a search page with a query runs a search too, so it counts against the same limit
    boolean api = path.startsWith("/api/") || (path.equals("/") && ctx.queryString() != null && !ctx.queryString().isEmpty());
    if (!admin && isReadOnly(path) && (method == HandlerType.GET || method == HandlerType.HEAD)) allowOrigin(ctx);
    if (api && !admin && method != HandlerType.OPTIONS && limiter != null) {
      RateLimiter.Decision d = limiter.tryAcquire(ctx.ip());
      if (!d.allowed()) {
        throw new ApiException(429, "rate_limited", "too many requests from this address; retry in "
            + d.retryAfterSeconds() + " s", Map.of("retryAfterSeconds", d.retryAfterSeconds(), "limitPerMinute",
            limiter.perMinute()));
      }
    }
    if (admin) authorize(ctx, config);
  }

  private static boolean isAdmin(HandlerType method, String path) {
    return (method == HandlerType.POST || method == HandlerType.DELETE || method == HandlerType.PUT
        || method == HandlerType.PATCH) && path.startsWith("/api/articles");
  }

  private static boolean isReadOnly(String path) {
    return path.startsWith("/api/") || path.equals("/health") || path.equals("/openapi.json");
  }

  /** CORS for read-only requests: the configured origins (default any). */
  private void allowOrigin(Context ctx) {
    // responses are cacheable and may be gzipped; with an origin list they also depend on Origin
    ctx.header("Vary", config.anyOrigin() ? "Accept-Encoding" : "Accept-Encoding, Origin");
    String origin = ctx.header("Origin");
    if (origin == null) return;
    if (config.anyOrigin()) {
      ctx.header("Access-Control-Allow-Origin", "*");
    } else if (config.allows(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
    } else {
      return;
    }
    ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
  }

  /** CORS preflight: read-only methods on read-only paths from allowed origins; nothing for admin. */
  private void preflight(Context ctx) {
    String origin = ctx.header("Origin");
    String wanted = ctx.header("Access-Control-Request-Method");
    ctx.header("Allow", "GET, HEAD, OPTIONS");
    boolean readMethod = wanted != null && (wanted.equals("GET") || wanted.equals("HEAD"));
    if (origin != null && readMethod && config.allows(origin)) {
      ctx.header("Access-Control-Allow-Origin", config.anyOrigin() ? "*" : origin);
      if (!config.anyOrigin()) ctx.header("Vary", "Origin");
      ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
      ctx.header("Access-Control-Allow-Headers", READ_HEADERS);
      ctx.header("Access-Control-Max-Age", "600");
    }
    ctx.status(204);
  }

  /** Admin endpoints (writes, snapshots): 403 when disabled, 401 without the configured bearer token. */
  static void authorize(Context ctx, ServerConfig config) {
    if (!config.adminEnabled()) {
      throw new ApiException(403, "admin_disabled",
          "admin endpoints are disabled: start the server with --admin-token or VERBATIM_ADMIN_TOKEN", Map.of());
    }
    String header = ctx.header("Authorization");
    String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
    if (!constantTimeEquals(given, config.adminToken())) {
      throw new ApiException(401, "unauthorized", "a valid 'Authorization: Bearer <token>' header is required", Map.of());
    }
  }

  /** Compares digests, so neither the content nor the length of the token leaks through timing. */
  static boolean constantTimeEquals(String given, String expected) {
    try {
      MessageDigest a = MessageDigest.getInstance("SHA-256");
      MessageDigest b = MessageDigest.getInstance("SHA-256");
      byte[] x = a.digest(given.getBytes(StandardCharsets.UTF_8));
      byte[] y = b.digest(expected.getBytes(StandardCharsets.UTF_8));
      return MessageDigest.isEqual(x, y) && !given.isEmpty();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private SearchBackend searcher() {
    SearchBackend s = searcher;
    if (s == null) throw ApiException.unavailable("the index is not open yet; retry shortly");
    return s;
  }

  private Map<String, List<String>> params(Context ctx) {
    return QueryStringParser.parse(ctx.queryString());
  }

  // ------------------------------------------------------------------ HTTP caching

  /**
   * Answers 304 when the client's copy is current. The ETag covers the index generation, the API version and
   * the request (path and parameters in canonical order).
   */
  private boolean notModified(Context ctx, long generation, Map<String, List<String>> params) {
    String etag = etag(generation, ctx.path(), params);
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", SEARCH_CACHE_CONTROL);
    String inm = ctx.header("If-None-Match");
    if (inm != null && matches(inm, etag)) {
      ctx.status(304);
      return true;
    }
    return false;
  }

  static String etag(long generation, String path, Map<String, List<String>> params) {
    StringBuilder sb = new StringBuilder(API_VERSION).append('\n').append(generation).append('\n').append(path);
    for (Map.Entry<String, List<String>> e : new TreeMap<>(params).entrySet()) {
      for (String v : e.getValue()) sb.append('\n').append(e.getKey()).append('=').append(v);
    }
    byte[] d = sha256().digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    return "\"" + generation + "-" + HexFormat.of().formatHex(d, 0, 12) + "\"";
  }

  private static final MessageDigest SHA_256;
  static {
    try {
      SHA_256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A fresh SHA-256 digest: cloning skips the provider lookup {@code getInstance} does on every call. */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException never) {
        throw new IllegalStateException(never);
      }
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    for (String t : ifNoneMatch.split(",")) {
      String v = t.strip();
      if (v.startsWith("W/")) v = v.substring(2);
      if (v.equals("*") || v.equals(etag)) return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ read-only endpoints

  private void health(Context ctx) throws IOException {
    SearchBackend s = searcher;
    Map<String, Object> body = new LinkedHashMap<>();
    if (s == null) {
      body.put("status", "unavailable");
      body.put("message", "the index is not open yet");
      ctx.status(503).header("Cache-Control", "no-store");
      sendJson(ctx, body);
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
    sendJson(ctx, body);
  }

  private void metricsPage(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    sendJson(ctx, metrics.snapshot());
  }

  private void openapi(Context ctx) throws IOException {
    byte[] doc = resource("openapi.json");
    if (doc == null) throw ApiException.notFound("openapi.json is missing from this build");
    ctx.header("Cache-Control", "public, max-age=300").contentType("application/json").result(doc);
  }

  private void quotes(Context ctx) throws IOException {
    search(ctx, DocType.QUOTE, Set.of());
  }

  private void articles(Context ctx) throws IOException {
    Map<String, List<String>> p = params(ctx);
    String t = SearchRequestReader.text(p, "type");
    DocType type = switch (t == null ? "all" : t.toLowerCase(Locale.ROOT)) {
      case "all" -> DocType.ARTICLE_OR_STUB;
      case "article" -> DocType.ARTICLE;
      case "stub" -> DocType.STUB;
      default -> throw ApiException.badParameter("type", "'type' must be article, stub or all");
    };
    search(ctx, p, type, Set.of("type"));
  }

  private void search(Context ctx, DocType type, Set<String> extra) throws IOException {
    search(ctx, params(ctx), type, extra);
  }

  private void search(Context ctx, Map<String, List<String>> p, DocType type, Set<String> extra) throws IOException {
    SearchRequest request = SearchRequestReader.read(p, type, extra);
    SearchBackend s = searcher();
    long generation = s.generation();
    if (notModified(ctx, generation, p)) return;
    SearchResponse response = s.search(request);
    if (response.partial()) {
      ctx.removeHeader("ETag");
      ctx.header("Cache-Control", "no-store");
    }
    sendJson(ctx, response);
  }

  private void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Map<String, List<String>> p = params(ctx);
    if (!p.isEmpty()) throw ApiException.badParameter(p.keySet().iterator().next(), "this endpoint takes no parameters");
    if (id.isBlank() || id.length() > MAX_ID_LENGTH)
      throw ApiException.badParameter("id", "article id is empty or longer than " + MAX_ID_LENGTH + " characters");
    SearchBackend s = searcher();
    if (notModified(ctx, s.generation(), Map.of("id", List.of(id)))) return;
    Optional<ArticleView> view = s.article(id);
    if (view.isEmpty()) throw ApiException.notFound("no article with id '" + SearchRequestReader.clip(id) + "'");
    sendJson(ctx, view.get());
  }

  private void speakers(Context ctx) throws IOException {
    Map<String, List<String>> p = params(ctx);
    for (String name : p.keySet()) {
      if (!name.equals("prefix") && !name.equals("limit"))
        throw ApiException.badParameter(name, "unknown parameter '" + SearchRequestReader.clip(name)
            + "' (allowed: prefix, limit)");
    }
    String prefix = SearchRequestReader.single(p, "prefix");
    prefix = prefix == null ? "" : prefix.strip();
    if (prefix.length() > SearchRequestReader.MAX_VALUE_LENGTH) throw ApiException.badParameter("prefix", "prefix is too long");
    int limit = SearchRequestReader.integer(p, "limit", 10);
    if (limit < 1 || limit > 100) throw ApiException.badParameter("limit", "limit must be between 1 and 100");
    SearchBackend s = searcher();
    if (notModified(ctx, s.generation(), p)) return;
    List<FacetCount> list = s.speakers(prefix, limit);
    sendJson(ctx, list);
  }

  /**
   * Every hit of a query as CSV or JSON Lines, streamed from one index snapshot while the search runs: rows are
   * written as the searcher hands them over, never collected. Errors found before the first row are ordinary
   * JSON errors; a failure after it can only cut the stream short.
   */
  private void export(Context ctx) throws IOException {
    Map<String, List<String>> p = params(ctx);
    String format = SearchRequestReader.text(p, "format");
    format = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
    if (!EXPORT_FORMATS.contains(format)) throw ApiException.badParameter("format", "'format' must be csv or jsonl");
    String t = SearchRequestReader.text(p, "type");
    DocType type = switch (t == null ? "quote" : t.toLowerCase(Locale.ROOT)) {
      case "quote" -> DocType.QUOTE;
      case "article" -> DocType.ARTICLE;
      case "stub" -> DocType.STUB;
      case "all" -> DocType.ARTICLE_OR_STUB;
      default -> throw ApiException.badParameter("type", "'type' must be quote, article, stub or all");
    };
    SearchRequest request = SearchRequestReader.read(p, type, Set.of("format", "type"));
    SearchBackend s = searcher();
    boolean csv = format.equals("csv");
    String filename = "verbatim-" + (type == DocType.QUOTE ? "quotes" : "articles") + "-" + LocalDate.now() + "." + format;
    ExportStream out = new ExportStream(ctx, csv, filename);
    long rows;
    try {
      rows = s.export(request, out::write);
      out.finish();
    } catch (UncheckedIOException e) {
      LOG.info("export cut short: {}", e.getMessage());
      return;
    }
    LOG.debug("exported {} rows", rows);
  }

  /** Writes export rows to the response as they come; headers go out with the first byte. */
  private final class ExportStream {
    private final Context ctx;
    private final boolean csv;
    private final String filename;
    private Writer writer;
    private CsvWriter csvWriter;
    private OutputStream raw;

    ExportStream(Context ctx, boolean csv, String filename) {
      this.ctx = ctx;
      this.csv = csv;
      this.filename = filename;
    }

    private void open() throws IOException {
      if (writer != null) return;
      ctx.status(200);
      ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
      ctx.header("Cache-Control", "no-store");
      raw = ctx.res().getOutputStream();
      writer = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
      if (csv) {
        csvWriter = new CsvWriter(writer);
        csvWriter.row(EXPORT_COLUMNS);
      }
    }

    void write(Hit h) {
      try {
        open();
        SearchResponse.ArticleRef a = h.article();
        String speaker = h.speaker() == null ? null : h.speaker().name();
        String role = h.speaker() == null ? null : h.speaker().role();
        if (csv) {
          List<String> row = new ArrayList<>(EXPORT_COLUMNS.size());
          row.add(h.id());
          row.add(a == null ? null : a.id());
          row.add(a == null ? null : a.url());
          row.add(a == null ? null : a.outlet());
          row.add(a == null ? null : a.date());
          row.add(a == null ? null : a.language());
          row.add(speaker);
          row.add(role);
          row.add(h.kind());
          row.add(h.text());
          row.add(h.alsoIn() == null ? null : String.join(";", h.alsoIn().articles()));
          csvWriter.row(row);
        } else {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("quote_id", h.id());
          m.put("type", h.type());
          m.put("article_id", a == null ? null : a.id());
          m.put("title", a == null ? null : a.title());
          m.put("url", a == null ? null : a.url());
          m.put("outlet", a == null ? null : a.outlet());
          m.put("date", a == null ? null : a.date());
          m.put("language", a == null ? null : a.language());
          m.put("speaker", speaker);
          m.put("role", role);
          m.put("kind", h.kind());
          m.put("text", h.text());
          m.put("also_in", h.alsoIn() == null ? List.of() : h.alsoIn().articles());
          writer.write(json.writeValueAsString(m));
          writer.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void finish() throws IOException {
      open();
      writer.flush();
    }
  }

  // ------------------------------------------------------------------ admin endpoints

  private void addArticles(Context ctx) throws IOException {
    ArticleStore st = store;
    if (st == null || searcher == null) throw ApiException.unavailable("the index is not open for writing yet");
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    int semi = type.indexOf(';');
    String mediaType = (semi < 0 ? type : type.substring(0, semi)).strip();
    String kind = switch (mediaType) {
      case "application/json" -> "application/json";
      case "application/x-ndjson", "application/jsonl", "application/json-lines", "application/x-jsonlines" -> "application/x-ndjson";
      case "text/plain" -> "text/plain";
      default -> throw new ApiException(415, "unsupported_media_type",
          "send application/json (one article), application/x-ndjson (one per line) or text/plain",
          Map.of("contentType", SearchRequestReader.clip(type)));
    };
    byte[] body = readBody(ctx);
    if (body.length == 0) throw ApiException.badParameter("body", "the request body is empty");
    ArticleStore.Result result;
    try {
      result = st.add(body, kind);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "bad_article", e.getMessage(), Map.of());
    }
    if (result.ids().isEmpty()) {
      String first = result.failures().isEmpty() ? "no article in the body"
          : result.failures().get(0).source() + ": " + result.failures().get(0).reason();
      throw new ApiException(400, "bad_article", "nothing was stored: " + first, Map.of("failures", result.failures()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ids", result.ids());
    out.put("added", result.ids().size());
    out.put("quotes", result.quotes());
    out.put("failures", result.failures());
    out.put("warnings", result.warnings());
    ctx.header("Cache-Control", "no-store");
    ctx.status(201);
    sendJson(ctx, out);
  }

  private void deleteArticle(Context ctx) throws IOException {
    ArticleStore st = store;
    if (st == null || searcher == null) throw ApiException.unavailable("the index is not open for writing yet");
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > MAX_ID_LENGTH)
      throw ApiException.badParameter("id", "article id is empty or longer than " + MAX_ID_LENGTH + " characters");
    if (!st.delete(id)) throw ApiException.notFound("no article with id '" + SearchRequestReader.clip(id) + "'");
    ctx.status(204);
  }

  /** The body, refused with 413 past the configured size whether or not Content-Length was sent. */
  private byte[] readBody(Context ctx) throws IOException {
    long max = config.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) throw tooLarge(max);
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 1024), max));
      byte[] chunk = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(chunk)) > 0; ) {
        total += n;
        if (total > max) throw tooLarge(max);
        buf.write(chunk, 0, n);
      }
      return buf.toByteArray();
    }
  }

  private static ApiException tooLarge(long max) {
    return new ApiException(413, "body_too_large", "the request body is larger than " + max + " bytes",
        Map.of("maxBytes", max));
  }

  // ------------------------------------------------------------------ pages

  /**
   * The search page. With a query it also carries the first results rendered on the server, for visitors
   * without JavaScript (the widget hides them and renders its own).
   */
  private void searchPage(Context ctx) throws IOException {
    Map<String, List<String>> page = params(ctx);
    List<String> qs = page.get("q");
    String q = qs == null || qs.isEmpty() ? "" : qs.get(0).strip();
    List<String> speakers = page.get("speaker");
    if (q.isEmpty() && (speakers == null || speakers.isEmpty())) {
      page(ctx, "index.html");
      return;
    }
    byte[] template = resource("public/index.html");
    if (template == null) throw ApiException.notFound("page index.html is missing from this build");
    String html = new String(template, StandardCharsets.UTF_8);
    boolean french = ResultsPageRenderer.french(ctx.header("Accept-Language"));
    ctx.header("Cache-Control", "no-cache").header("Vary", "Accept-Language").contentType("text/html; charset=utf-8");
    try {
      SearchRequest request = SearchRequestReader.read(ResultsPageRenderer.searchParameters(page), DocType.QUOTE, Set.of());
      ctx.result(ResultsPageRenderer.render(html, q, page, searcher().search(request), french));
    } catch (ApiException e) {
      ctx.status(e.status()).result(ResultsPageRenderer.renderError(html, q, e.getMessage(), french));
    } catch (SearchException e) {
      ctx.status(400).result(ResultsPageRenderer.renderError(html, q, page, e, french));
    }
  }

  private void page(Context ctx, String name) throws IOException {
    byte[] b = resource("public/" + name);
    if (b == null) throw ApiException.notFound("page " + name + " is missing from this build");
    String etag = "\"" + HexFormat.of().formatHex(sha256().digest(b), 0, 12) + "\"";
    ctx.header("ETag", etag).header("Cache-Control", "public, max-age=300");
    String inm = ctx.header("If-None-Match");
    if (inm != null && matches(inm, etag)) {
      ctx.status(304);
      return;
    }
    ctx.contentType("text/html; charset=utf-8").result(b);
  }

  private byte[] resource(String name) throws IOException {
    byte[] cached = pages.get(name);
    if (cached != null) return cached;
    try (InputStream in = ApiServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) return null;
      byte[] b = in.readAllBytes();
      pages.put(name, b);
      return b;
    }
  }
}
