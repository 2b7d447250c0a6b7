package verbatim.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import verbatim.search.SearchBackend;
import verbatim.search.SearchException;

/**
 * The HTTP API and the widget's pages, on Javalin: the server's lifecycle and its route table. The handlers live
 * in {@link SearchHandlers}, {@link AdminHandlers}, {@link PageHandlers} and {@link StatusHandlers}; every request
 * passes {@link RequestGuard} first; every error leaves through {@link ErrorResponses}. Talks only to a
 * {@link SearchBackend} (and to the {@link ArticleStore} {@code serve} hands it for the admin endpoints).
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final Logger ACCESS = LoggerFactory.getLogger("verbatim.access");
  /** Version of the API's JSON, part of every ETag. */
  public static final String API_VERSION = "1";
  /** The longest article id (the same limit as the ingest side's, so every stored article can be fetched). */
  public static final int MAX_ID_LENGTH = 512;

  private final ServerConfig config;
  private final Metrics metrics = new Metrics();
  private final Backends backends;
  private final JsonOutput json = new JsonOutput();
  private final RequestLog requestLog;
  /** The header deadline and per-client connection cap, closed with the server. */
  private final ConnectionGuard connections;
  private final Javalin app;

  /**
   * @param config   settings (port, origins, token, rate limit…)
   * @param searcher the open index, or null until {@link #attach} (the API answers 503 meanwhile)
   * @param store    the admin endpoints' store, or null (admin answers 503 when a token is set)
   */
  public ApiServer(ServerConfig config, SearchBackend searcher, ArticleStore store) {
    this.config = config;
    this.backends = new Backends(searcher, store);
    this.requestLog = new RequestLog(metrics, ACCESS.isInfoEnabled() ? new AccessLogger(System.out) : null);
    this.connections = new ConnectionGuard(config.headerTimeoutMillis(), config.maxConnectionsPerClient());
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
    backends.attach(s, st);
  }

  /** Takes the index away: the API answers 503 until the next {@link #attach}. */
  public void detach() {
    backends.detach();
  }

  public Metrics metrics() {
    return metrics;
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      connections.close();
      requestLog.close();
    }
  }

  private void configure(JavalinConfig c) {
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    c.jsonMapper(new JavalinJackson(json.mapper(), false));
    c.http.prefer405over404 = false; // our 404 handler tells 405 from 404 (see ErrorResponses.allowedMethods)
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
    c.requestLogger.http(requestLog::log);
    JettyEdge.install(c, config, connections);
    routes(c);
    errors(c);
  }

  /** The route table; {@link ErrorResponses}' list of allowed methods per path follows it. */
  private void routes(JavalinConfig c) {
    RequestGuard guard = new RequestGuard(config);
    ClasspathFiles files = new ClasspathFiles();
    SearchHandlers search = new SearchHandlers(backends, json);
    AdminHandlers admin = new AdminHandlers(config, backends, json);
    PageHandlers pages = new PageHandlers(backends, files);
    StatusHandlers status = new StatusHandlers(config, backends, metrics, json, files);

    c.routes.before(guard::check);

    c.routes.get("/health", status::health);
    c.routes.get("/metrics", status::metrics);
    c.routes.get("/openapi.json", status::openapi);
    c.routes.get("/api/quotes", search::quotes);
    c.routes.get("/api/articles", search::articles);
    c.routes.get("/api/articles/{id}", search::article);
    c.routes.get("/api/speakers", search::speakers);
    c.routes.get("/api/export", search::export);
    c.routes.post("/api/articles", admin::add);
    c.routes.delete("/api/articles/{id}", admin::delete);
    c.routes.post("/api/admin/snapshot", admin::snapshot);
    c.routes.get("/article/{id}", pages::article);
    if (ApiServer.class.getClassLoader().getResource("public/index.html") == null) {
      LOG.warn("public/index.html is not in this build: / answers 404 until the widget pages are added");
    } else {
      c.routes.get("/", pages::search);
    }
    c.routes.options("/api/<path>", guard::preflight);
    c.routes.options("/health", guard::preflight);
    c.routes.options("/openapi.json", guard::preflight);
  }

  /** Handlers throw; every exception and unrouted request is answered here, by {@link ErrorResponses}. */
  private void errors(JavalinConfig c) {
    ErrorResponses errors = new ErrorResponses(json);
    c.routes.exception(ApiException.class, errors::api);
    c.routes.exception(SearchException.class, errors::search);
    c.routes.exception(HttpResponseException.class, errors::http);
    c.routes.exception(Exception.class, errors::unexpected);
    c.routes.error(404, errors::notFound);
    c.routes.error(405, errors::methodNotAllowed);
  }
}
