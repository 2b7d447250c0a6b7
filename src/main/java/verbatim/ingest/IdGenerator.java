package verbatim.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Article ids when the source gives none: {@code "u" + 16 hex digits} of the SHA-1 of the normalised url,
 * else {@code "h" + 16 hex digits} of the SHA-1 of the text.
 */
public final class IdGenerator {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private IdGenerator() {}

  public static String fromUrl(String url) {
    return "u" + sha1Prefix(normalizeUrl(url));
  }

  public static String fromContent(String text) {
    return "h" + sha1Prefix(text);
  }

  /**
   * The url without what does not change the page: scheme, "www.", default port, fragment, tracking
   * parameters (utm_*), trailing slash; host lower-cased ("http://WWW.Example.com/a/?utm_source=x#top" →
   * "example.com/a").
   */
  public static String normalizeUrl(String url) {
    String u = url.strip();
    try {
      URI uri = new URI(u);
      if (uri.getHost() == null) return stripSlash(u);
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) host = host.substring(4);
      StringBuilder sb = new StringBuilder(host);
      int port = uri.getPort();
      if (port != -1 && port != 80 && port != 443) sb.append(':').append(port);
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      sb.append(stripSlash(path));
      String query = uri.getRawQuery();
      if (query != null) {
        StringBuilder q = new StringBuilder();
        for (String part : query.split("&")) {
          if (part.isEmpty() || part.toLowerCase(Locale.ROOT).startsWith("utm_")) continue;
          q.append(q.isEmpty() ? '?' : '&').append(part);
        }
        sb.append(q);
      }
      return sb.toString();
    } catch (URISyntaxException e) {
      return stripSlash(u);
    }
  }

  private static String stripSlash(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '/') end--;
    return s.substring(0, end);
  }

  private static String sha1Prefix(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
      char[] out = new char[16];
      for (int i = 0; i < 8; i++) {
        out[2 * i] = HEX[(d[i] >> 4) & 0xf];
        out[2 * i + 1] = HEX[d[i] & 0xf];
      }
      return new String(out);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JVM", e);
    }
  }
}
