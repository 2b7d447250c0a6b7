package verbatim.web;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;

/**
 * The headers every response carries, whoever writes it (our routes, static files, Jetty's own errors).
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}: browsers take the declared type (a JSON error is never run as
 *       script or rendered as HTML).
 *   <li>{@code Referrer-Policy: strict-origin-when-cross-origin}: a click from a result to an outlet tells it only
 *       this site's origin, never the search in the query string.
 *   <li>{@code Content-Security-Policy} on the pages ({@code /}, {@code /article/…}, {@code *.html}): scripts,
 *       styles, images, fonts and API calls from this origin only, no inline script (the pages have none), no
 *       plugins, no {@code <base>}, forms submit here. Inline styles are allowed: the widget puts its
 *       stylesheet in its shadow root as a {@code <style>} element. The pages may be framed by this origin and
 *       by the configured origins (a list of sites trusted with the API may also frame its pages); the widget
 *       itself is embedded by script, which framing rules do not touch.
 *   <li>{@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'} on everything else (JSON,
 *       CSV, scripts, errors): nothing a browser might render from them may load anything or be framed.
 * </ul>
 */
final class SecurityHeaders {
  static final String NOSNIFF = "nosniff";
  static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private final String pagePolicy;

  SecurityHeaders(List<String> frameOrigins) {
    StringBuilder ancestors = new StringBuilder("'self'");
    for (String o : frameOrigins) ancestors.append(' ').append(o);
    this.pagePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        + "frame-ancestors " + ancestors;
  }

  /** Sets the headers for a response to {@code path} (the decoded path, or null when it could not be read). */
  void apply(String path, HttpFields.Mutable headers) {
    headers.put("X-Content-Type-Options", NOSNIFF);
    headers.put("Referrer-Policy", REFERRER_POLICY);
    headers.put("Content-Security-Policy", isPage(path) ? pagePolicy : API_POLICY);
  }

  String pagePolicy() {
    return pagePolicy;
  }

  static boolean isPage(String path) {
    return path != null && (path.equals("/") || path.startsWith("/article/") || path.endsWith(".html"));
  }
}
