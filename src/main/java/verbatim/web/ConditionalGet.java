package verbatim.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ETags and {@code If-None-Match}: a client whose copy is current gets a 304 without a body. Search answers are
 * tagged by index generation and request, pages by their bytes.
 */
final class ConditionalGet {
  private static final String SEARCH_CACHE_CONTROL = "public, max-age=0, must-revalidate";
  private static final String PAGE_CACHE_CONTROL = "public, max-age=300";
  private static final MessageDigest SHA_256;
  static {
    try {
      SHA_256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ConditionalGet() {}

  /**
   * Answers 304 when the client's copy is current. The ETag covers the index generation, the API version and
   * the request (path and parameters in canonical order).
   */
  static boolean notModified(Context ctx, long generation, Map<String, List<String>> params) {
    return notModified(ctx, etag(generation, ctx.path(), params), SEARCH_CACHE_CONTROL);
  }

  /** As {@link #notModified(Context, long, Map)} for a page whose ETag is its content's digest. */
  static boolean notModified(Context ctx, byte[] content) {
    String etag = "\"" + HexFormat.of().formatHex(sha256().digest(content), 0, 12) + "\"";
    return notModified(ctx, etag, PAGE_CACHE_CONTROL);
  }

  private static boolean notModified(Context ctx, String etag, String cacheControl) {
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", cacheControl);
    String inm = ctx.header("If-None-Match");
    if (inm != null && matches(inm, etag)) {
      ctx.status(304);
      return true;
    }
    return false;
  }

  static String etag(long generation, String path, Map<String, List<String>> params) {
    StringBuilder sb = new StringBuilder(ApiServer.API_VERSION).append('\n').append(generation).append('\n').append(path);
    for (Map.Entry<String, List<String>> e : new TreeMap<>(params).entrySet()) {
      for (String v : e.getValue()) sb.append('\n').append(e.getKey()).append('=').append(v);
    }
    byte[] d = sha256().digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    return "\"" + generation + "-" + HexFormat.of().formatHex(d, 0, 12) + "\"";
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
}
