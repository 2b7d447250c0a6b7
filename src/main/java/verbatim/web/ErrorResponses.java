package verbatim.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import verbatim.search.SearchException;

/**
 * The one place errors become responses: handlers throw ({@link ApiException}, {@link SearchException}), Javalin
 * hands the exception here, and every error leaves as JSON {@code {"error", "message", "details"}}, never a stack
 * trace. {@link ApiServer} registers these methods as its exception and error handlers.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  /** Set once an error body is written, so Javalin's status handlers that run after it do not write another. */
  private static final String ERROR_SENT = "verbatim.errorSent";

  /** The methods each path allows, for 405 versus 404; it mirrors the route table in {@link ApiServer}. */
  private static final List<Map.Entry<Pattern, String>> ROUTE_METHODS = List.of(
      Map.entry(Pattern.compile("/api/articles/?"), "GET, POST, OPTIONS"),
      Map.entry(Pattern.compile("/api/articles/[^/]+/?"), "GET, DELETE, OPTIONS"),
      Map.entry(Pattern.compile("/api/(quotes|speakers|export)/?|/health|/openapi\\.json"), "GET, OPTIONS"),
      Map.entry(Pattern.compile("/metrics|/|/article/[^/]+/?"), "GET"));

  private final JsonOutput json;

  ErrorResponses(JsonOutput json) {
    this.json = json;
  }

  void api(ApiException e, Context ctx) {
    send(ctx, e.status(), e.code(), e.getMessage(), e.details());
  }

  void search(SearchException e, Context ctx) {
    send(ctx, 400, e.code(), e.getMessage(), e.details());
  }

  /** Javalin's own errors (a body over the size limit, a bad request it refused). */
  void http(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 404) noRoute(ctx);
    else send(ctx, e.getStatus(), codeFor(e.getStatus()), e.getMessage(), Map.of());
  }

  /** A bug or a failure below us: logged in full, answered without details. */
  void unexpected(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    send(ctx, 500, "internal", "the server failed on this request; it has been logged", Map.of());
  }

  /** The 404 status handler: nothing routed, unless a handler already answered with its own error. */
  void notFound(Context ctx) {
    if (ctx.attribute(ERROR_SENT) == null) noRoute(ctx);
  }

  void methodNotAllowed(Context ctx) {
    if (ctx.attribute(ERROR_SENT) == null)
      send(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + SearchRequestReader.clip(ctx.path()), Map.of());
  }

  /** No endpoint for this method and path: 405 when the path exists for other methods, else 404. */
  private void noRoute(Context ctx) {
    String allowed = allowedMethods(ctx.path());
    if (allowed != null && !List.of(allowed.split(", ")).contains(ctx.method().name())) {
      ctx.header("Allow", allowed);
      send(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + SearchRequestReader.clip(ctx.path())
          + " (allowed: " + allowed + ")", Map.of("allowed", allowed));
    } else {
      send(ctx, 404, "not_found", "no such route: " + ctx.method() + " " + SearchRequestReader.clip(ctx.path()), Map.of());
    }
  }

  private void send(Context ctx, int status, String code, String message, Map<String, ?> details) {
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
    json.send(ctx, body);
  }

  /** The methods a known route allows (for 405), or null when no route has this path. */
  static String allowedMethods(String path) {
    for (Map.Entry<Pattern, String> e : ROUTE_METHODS) {
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
}
