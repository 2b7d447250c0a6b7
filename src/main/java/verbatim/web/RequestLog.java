package verbatim.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** After every request: its latency into {@link Metrics} under its route's name, and a line in the access log. */
final class RequestLog implements AutoCloseable {
  private final Metrics metrics;
  /** The access log, or null when the {@code verbatim.access} logger is off. */
  private final AccessLogger accessLog;
  /** Route names for metrics, built once per endpoint rather than per request. */
  private final Map<Endpoint, String> routeNames = new ConcurrentHashMap<>();

  RequestLog(Metrics metrics, AccessLogger accessLog) {
    this.metrics = metrics;
    this.accessLog = accessLog;
  }

  /** Javalin's request logger. */
  void log(Context ctx, Float ms) {
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

  @Override
  public void close() {
    if (accessLog != null) accessLog.close();
  }
}
