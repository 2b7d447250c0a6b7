package verbatim.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;

/**
 * What runs before every request: CORS headers for reads, the per-address rate limit for searches, the token
 * check for admin writes; and the answer to CORS preflights. Writes never get CORS headers, so a page on another
 * site cannot make a visitor's browser write.
 */
final class RequestGuard {
  private static final String READ_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match";
  private static final String EXPOSED_HEADERS = "ETag, Content-Disposition, Retry-After";

  private final ServerConfig config;
  /** Null when rate limiting is off. */
  private final RateLimiter limiter;

  RequestGuard(ServerConfig config) {
    this.config = config;
    this.limiter = config.rateLimit() > 0 ? new RateLimiter(config.rateLimit()) : null;
  }

  /** The before-handler of every route. */
  void check(Context ctx) {
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
    if (admin) AdminAuth.authorize(ctx, config);
  }

  /** CORS preflight: read-only methods on read-only paths from allowed origins; nothing for admin. */
  void preflight(Context ctx) {
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
}
