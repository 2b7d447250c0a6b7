package verbatim.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import verbatim.search.SearchResponse;

/**
 * Server-side results for the search page, for visitors without JavaScript: the page's own HTML with a plain list
 * of quotes put where the page marks it ({@code <!--results-->}, inside {@code <verbatim-search>}, whose shadow
 * root hides it once the widget runs). Every piece of data is HTML-escaped; strings come in English and French.
 */
final class ResultsPageRenderer {
  /** Where the page template takes the server-rendered results. */
  static final String MARKER = "<!--results-->";
  /** The page parameters (the widget's shareable state) this page understands; others are ignored. */
  private static final List<String> PAGE_PARAMETERS = List.of("q", "speaker", "lang", "outlet", "kind", "sort", "cursor");

  private record Strings(String results, String none, String showing, String more, String didYouMean, String error,
                         String unknown, String article) {}

  private static final Strings EN = new Strings("%s quotes for “%s”", "No quote matches “%s”.",
      "Showing %d of %s. Switch JavaScript on for filters, or download everything from /api/export.", "More results",
      "Did you mean", "The search could not run: %s", "unknown speaker", "article");
  // French typography: a no-break space (U+00A0) inside « » and before a colon.
  private static final Strings FR = new Strings("%s citations pour «\u00A0%s\u00A0»", "Aucune citation ne correspond à «\u00A0%s\u00A0».",
      "%d affichées sur %s. Activez JavaScript pour filtrer, ou téléchargez tout depuis /api/export.", "Plus de résultats",
      "Vouliez-vous dire", "La recherche n’a pas pu se faire\u00A0: %s", "auteur inconnu", "article");

  private ResultsPageRenderer() {}

  /**
   * The search API parameters for the page's query string: the page's own names kept, {@code year} turned into a
   * date range, anything else left out (as the widget ignores what it does not know).
   */
  static Map<String, List<String>> searchParameters(Map<String, List<String>> page) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    for (String name : PAGE_PARAMETERS) {
      List<String> v = page.get(name);
      if (v != null && !v.isEmpty()) p.put(name, v);
    }
    String year = year(page.get("year"));
    if (year != null) {
      p.put("from", List.of(year + "-01-01"));
      p.put("to", List.of(year + "-12-31"));
    }
    p.put("size", List.of("20"));
    return p;
  }

  /** The page's year filter ("2024"), null when absent or blank; anything else is a 400 like other bad values. */
  private static String year(List<String> values) {
    if (values == null || values.stream().allMatch(String::isBlank)) return null;
    String y = values.get(0).strip();
    if (values.size() != 1 || !y.matches("[0-9]{4}"))
      throw ApiException.badParameter("year", "'year' must be one four-digit year such as 2024");
    return y;
  }

  /** True when the visitor's Accept-Language puts French first. */
  static boolean french(String acceptLanguage) {
    return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("fr");
  }

  /** The page with the results of {@code query} in place of the marker. */
  static String render(String template, String query, Map<String, List<String>> page, SearchResponse r, boolean french) {
    Strings s = french ? FR : EN;
    StringBuilder b = new StringBuilder(4096).append("<section class=\"results-nojs\" aria-label=\"")
        .append(escape(String.format(Locale.ROOT, s.results(), count(r.total(), french), query))).append("\">\n");
    if (r.hits().isEmpty()) {
      b.append("<p>").append(escape(String.format(Locale.ROOT, s.none(), query))).append("</p>\n");
    } else {
      b.append("<h2>").append(escape(String.format(Locale.ROOT, s.results(), count(r.total(), french), query))).append("</h2>\n<ol>\n");
      for (SearchResponse.Hit h : r.hits()) hit(b, h, s);
      b.append("</ol>\n");
      b.append("<p>").append(escape(String.format(Locale.ROOT, s.showing(), r.hits().size(), count(r.total(), french)))).append("</p>\n");
      if (r.cursor() != null) {
        Map<String, List<String>> next = new LinkedHashMap<>(page);
        next.put("cursor", List.of(r.cursor()));
        b.append("<p><a rel=\"next\" href=\"/?").append(escape(queryString(next))).append("\">").append(escape(s.more())).append("</a></p>\n");
      }
    }
    if (r.didYouMean() != null) {
      Map<String, List<String>> other = new LinkedHashMap<>(page);
      other.put("q", List.of(r.didYouMean()));
      other.remove("cursor");
      b.append("<p>").append(escape(s.didYouMean())).append(" <a href=\"/?").append(escape(queryString(other))).append("\">")
          .append(escape(r.didYouMean())).append("</a>?</p>\n");
    }
    b.append("</section>");
    return insert(template, b.toString(), query, french);
  }

  /** The page with an error message in place of the marker (bad parameter, syntax error). */
  static String renderError(String template, String query, String message, boolean french) {
    Strings s = french ? FR : EN;
    String section = "<section class=\"results-nojs\"><p role=\"alert\">"
        + escape(String.format(Locale.ROOT, s.error(), message)) + "</p></section>";
    return insert(template, section, query, french);
  }

  private static void hit(StringBuilder b, SearchResponse.Hit h, Strings s) {
    b.append("<li><blockquote>").append(escape(h.text())).append("</blockquote><p>— ");
    b.append(escape(h.speaker() != null && h.speaker().name() != null ? h.speaker().name() : s.unknown()));
    if (h.speaker() != null && h.speaker().role() != null) b.append(", ").append(escape(h.speaker().role()));
    SearchResponse.ArticleRef a = h.article();
    if (a != null) {
      b.append(" · <a href=\"/article/").append(escape(encode(a.id()))).append('#').append(escape(encode(h.id()))).append("\">")
          .append(escape(a.title() == null || a.title().isEmpty() ? s.article() : a.title())).append("</a>");
      List<String> meta = new ArrayList<>(2);
      if (a.outlet() != null) meta.add(a.outlet());
      if (a.date() != null) meta.add(a.date());
      if (!meta.isEmpty()) b.append(" (").append(escape(String.join(", ", meta))).append(')');
    }
    b.append("</p></li>\n");
  }

  private static String insert(String template, String section, String query, boolean french) {
    String page = template;
    if (french) page = page.replaceFirst("<html lang=\"en\">", "<html lang=\"fr\">");
    // the plain form keeps the query the visitor typed
    page = page.replace("id=\"q-nojs\" name=\"q\" type=\"search\"", "id=\"q-nojs\" name=\"q\" type=\"search\" value=\"" + escape(query) + "\"");
    int at = page.indexOf(MARKER);
    return at < 0 ? page : page.substring(0, at) + section + page.substring(at + MARKER.length());
  }

  private static String count(long n, boolean french) {
    String digits = String.format(Locale.ROOT, "%,d", n);
    return french ? digits.replace(',', '\u202f') : digits;
  }

  static String queryString(Map<String, List<String>> params) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String v : e.getValue()) {
        if (!b.isEmpty()) b.append('&');
        b.append(encode(e.getKey())).append('=').append(encode(v));
      }
    }
    return b.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Text and attribute escaping for HTML. */
  static String escape(String s) {
    if (s == null) return "";
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (rep != null && b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
      if (b != null) {
        if (rep != null) b.append(rep);
        else b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
