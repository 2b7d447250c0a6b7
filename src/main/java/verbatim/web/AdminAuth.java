package verbatim.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/** The admin endpoints' check (writes, snapshots): 403 when disabled, 401 without the configured bearer token. */
final class AdminAuth {
  private AdminAuth() {}

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
}
