package verbatim.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything {@code ./verbatim serve} can be told, in one place. Each setting comes from a command-line flag,
 * else from an environment variable, else from its default; {@link #resolve} checks every value at the door.
 *
 * @param port        TCP port (0 = any free port); flag --port, env VERBATIM_PORT, default 7070
 * @param bind        address to listen on; --bind, VERBATIM_BIND, default localhost
 * @param corpus      corpus directory indexed at start; --corpus, VERBATIM_CORPUS, default corpus/
 * @param index       index directory; --index, VERBATIM_INDEX, default index/
 * @param origins     origins allowed to call the read-only API from a browser; empty = any origin;
 *                    --origins (comma-separated, "*" = any), VERBATIM_ORIGINS
 * @param adminToken  bearer token enabling POST/DELETE /api/articles, or null (admin endpoints disabled);
 *                    --admin-token, VERBATIM_ADMIN_TOKEN
 * @param rateLimit   requests per minute allowed per client IP on public endpoints (0 = unlimited);
 *                    --rate-limit, VERBATIM_RATE_LIMIT, default 600
 * @param maxBodyBytes largest accepted request body (413 above it)
 * @param headerTimeoutMillis time a client has to send a request's headers once it has begun them (the
 *                    connection is closed past it); env VERBATIM_HEADER_TIMEOUT in seconds, default 10
 * @param maxConnectionsPerClient open connections allowed per client IP (more are closed at once);
 *                    env VERBATIM_MAX_CONNECTIONS_PER_CLIENT, default 64
 */
public record ServerConfig(
    int port,
    String bind,
    Path corpus,
    Path index,
    List<String> origins,
    String adminToken,
    int rateLimit,
    long maxBodyBytes,
    long headerTimeoutMillis,
    int maxConnectionsPerClient) {

  public static final int DEFAULT_PORT = 7070;
  public static final String DEFAULT_BIND = "localhost";
  public static final int DEFAULT_RATE_LIMIT = 600;
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_HEADER_TIMEOUT_SECONDS = 10;
  public static final int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 64;

  /** Flag names (without "--") and the environment variable each falls back to. */
  public static final Map<String, String> ENVIRONMENT = Map.of(
      "port", "VERBATIM_PORT",
      "bind", "VERBATIM_BIND",
      "corpus", "VERBATIM_CORPUS",
      "index", "VERBATIM_INDEX",
      "origins", "VERBATIM_ORIGINS",
      "admin-token", "VERBATIM_ADMIN_TOKEN",
      "rate-limit", "VERBATIM_RATE_LIMIT",
      "header-timeout", "VERBATIM_HEADER_TIMEOUT",
      "max-connections-per-client", "VERBATIM_MAX_CONNECTIONS_PER_CLIENT");

  public ServerConfig {
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    if (bind == null || bind.isBlank()) throw new IllegalArgumentException("bind address is empty");
    if (corpus == null || index == null) throw new IllegalArgumentException("corpus and index directories are required");
    origins = origins == null ? List.of() : List.copyOf(origins);
    if (adminToken != null && adminToken.isBlank()) adminToken = null;
    if (rateLimit < 0) throw new IllegalArgumentException("rate limit must be 0 (off) or positive, not " + rateLimit);
    if (maxBodyBytes < 1) throw new IllegalArgumentException("maximum body size must be positive");
    if (headerTimeoutMillis < 1) throw new IllegalArgumentException("header timeout must be positive");
    if (maxConnectionsPerClient < 1) throw new IllegalArgumentException("connections per client must be positive");
  }

  /** Defaults everywhere: what {@code ./verbatim serve} does with no flags and no environment. */
  public static ServerConfig defaults() {
    return resolve(Map.of(), Map.of());
  }

  /**
   * @param flags flag name (without "--") → value as typed; absent flags fall back to the environment
   * @param env   environment variables (normally {@code System.getenv()})
   * @throws IllegalArgumentException naming the flag or variable when a value is malformed
   */
  public static ServerConfig resolve(Map<String, String> flags, Map<String, String> env) {
    Lookup l = new Lookup(flags, env);
    int port = l.integer("port", DEFAULT_PORT, 0, 65535);
    String bind = l.string("bind", DEFAULT_BIND);
    Path corpus = Path.of(l.string("corpus", "corpus"));
    Path index = Path.of(l.string("index", "index"));
    List<String> origins = parseOrigins(l.string("origins", "*"), l.source("origins"));
    String token = l.string("admin-token", null);
    if (token != null && token.isBlank()) token = null;
    int rate = l.integer("rate-limit", DEFAULT_RATE_LIMIT, 0, 1_000_000);
    int headerSeconds = l.integer("header-timeout", DEFAULT_HEADER_TIMEOUT_SECONDS, 1, 300);
    int perClient = l.integer("max-connections-per-client", DEFAULT_MAX_CONNECTIONS_PER_CLIENT, 1, 100_000);
    return new ServerConfig(port, bind, corpus, index, origins, token, rate, DEFAULT_MAX_BODY_BYTES,
        headerSeconds * 1000L, perClient);
  }

  /** Whether browsers on any origin may call the read-only API. */
  public boolean anyOrigin() {
    return origins.isEmpty();
  }

  /** Whether a browser on {@code origin} may call the read-only API. */
  public boolean allows(String origin) {
    return origin != null && (origins.isEmpty() || origins.contains(origin.toLowerCase(Locale.ROOT)));
  }

  public boolean adminEnabled() {
    return adminToken != null;
  }

  /** Same settings on another port (tests use 0 for a free one). */
  public ServerConfig withPort(int newPort) {
    return new ServerConfig(newPort, bind, corpus, index, origins, adminToken, rateLimit, maxBodyBytes,
        headerTimeoutMillis, maxConnectionsPerClient);
  }

  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(port, bind, corpus, index, origins, token, rateLimit, maxBodyBytes,
        headerTimeoutMillis, maxConnectionsPerClient);
  }

  public ServerConfig withRateLimit(int perMinute) {
    return new ServerConfig(port, bind, corpus, index, origins, adminToken, perMinute, maxBodyBytes,
        headerTimeoutMillis, maxConnectionsPerClient);
  }

  public ServerConfig withOrigins(List<String> allowed) {
    return new ServerConfig(port, bind, corpus, index, allowed, adminToken, rateLimit, maxBodyBytes,
        headerTimeoutMillis, maxConnectionsPerClient);
  }

  public ServerConfig withMaxBodyBytes(long bytes) {
    return new ServerConfig(port, bind, corpus, index, origins, adminToken, rateLimit, bytes,
        headerTimeoutMillis, maxConnectionsPerClient);
  }

  /** Same settings with other connection limits (tests use short ones). */
  public ServerConfig withConnectionLimits(long headerMillis, int perClient) {
    return new ServerConfig(port, bind, corpus, index, origins, adminToken, rateLimit, maxBodyBytes,
        headerMillis, perClient);
  }

  @Override
  public String toString() { // never print the token
    return "ServerConfig[port=" + port + ", bind=" + bind + ", corpus=" + corpus + ", index=" + index
        + ", origins=" + (origins.isEmpty() ? "*" : String.join(",", origins))
        + ", admin=" + (adminToken == null ? "disabled" : "enabled") + ", rateLimit=" + rateLimit + "/min"
        + ", headerTimeout=" + headerTimeoutMillis + "ms, maxConnectionsPerClient=" + maxConnectionsPerClient + "]";
  }

  private static List<String> parseOrigins(String value, String source) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",")) {
      String o = part.trim();
      if (o.isEmpty()) continue;
      if (o.equals("*")) return List.of();
      if (!o.matches("(?i)https?://[a-z0-9.\\-\\[\\]:]+/?")) {
        throw new IllegalArgumentException(source + ": '" + o + "' is not an origin like https://example.org or *");
      }
      if (o.endsWith("/")) o = o.substring(0, o.length() - 1);
      out.add(o.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private record Lookup(Map<String, String> flags, Map<String, String> env) {
    String source(String flag) {
      return flags.containsKey(flag) ? "--" + flag : ENVIRONMENT.get(flag);
    }

    String string(String flag, String fallback) {
      String v = flags.get(flag);
      if (v == null) v = env.get(ENVIRONMENT.get(flag));
      return v == null ? fallback : v.trim();
    }

    int integer(String flag, int fallback, int min, int max) {
      String v = string(flag, null);
      if (v == null || v.isEmpty()) return fallback;
      try {
        int n = Integer.parseInt(v);
        if (n < min || n > max) throw new IllegalArgumentException(source(flag) + " must be between " + min + " and " + max + ", not " + n);
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source(flag) + " must be a whole number, not '" + v + "'");
      }
    }
  }
}
