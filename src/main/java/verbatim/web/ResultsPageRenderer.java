package verbatim.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import verbatim.search.SearchException;
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
  private static final List<String> PAGE_PARAMETERS = List.of("q", "speaker", "lang", "outlet", "kind", "sort", "cursor",
      "mode", "from", "to", "speakerMatch", "collapse");

  private record Strings(String results, String none, String showing, String more, String didYouMean, String error,
                         String unknown, String article, Answers answers) {}

  /** What the page says about how the service answered (speaker first, copies, the query's reading). */
  private record Answers(String distinct, String speakerFirst, String wordsInstead, String wordsOnly, String speakerBack,
                         String alsoInOne, String alsoInOther, String everyCopy, String everyCopyOn, String onceEach,
                         String advanced, String ambiguous) {}

  private static final Strings EN = new Strings("%s quotes for “%s”", "No quote matches “%s”.",
      "Showing %d of %s. Switch JavaScript on for filters, or download everything from /api/export.", "More results",
      "Did you mean", "The search could not run: %s", "unknown speaker", "article",
      new Answers("%s distinct", "Quotes by %s first (%s)", "Search the words instead", "Searching the words only",
          "Put the speaker named first", "also in %s article:", "also in %s articles:", "Show every copy",
          "Every copy of each quote is shown.", "Show each quote once", "advanced syntax",
          "“%s” could be several speakers. Which one?"));
  // French typography: a no-break space (U+00A0) inside « » and before a colon, a narrow one (U+202F) before ?.
  private static final Strings FR = new Strings("%s citations pour «\u00A0%s\u00A0»", "Aucune citation ne correspond à «\u00A0%s\u00A0».",
      "%d affichées sur %s. Activez JavaScript pour filtrer, ou téléchargez tout depuis /api/export.", "Plus de résultats",
      "Vouliez-vous dire", "La recherche n’a pas pu se faire\u00A0: %s", "auteur inconnu", "article",
      new Answers("%s distinctes", "Citations de %s d’abord (%s)", "Chercher plutôt les mots", "Recherche des mots seulement",
          "Mettre d’abord la personne nommée", "aussi dans %s\u00A0article\u00A0:", "aussi dans %s\u00A0articles\u00A0:",
          "Montrer chaque copie", "Toutes les copies de chaque citation sont affichées.", "Montrer chaque citation une fois",
          "syntaxe avancée", "«\u00A0%s\u00A0» peut désigner plusieurs personnes. Laquelle\u202F?"));

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
    String heading = String.format(Locale.ROOT, s.results(), count(r.total(), french), query);
    if (r.distinct() != null && r.distinct() != r.total())
      heading += " · " + String.format(Locale.ROOT, s.answers().distinct(), count(r.distinct(), french));
    StringBuilder b = new StringBuilder(4096).append("<section class=\"results-nojs\" aria-label=\"")
        .append(escape(heading)).append("\">\n");
    answers(b, page, r, s.answers(), french);
    if (r.hits().isEmpty()) {
      b.append("<p>").append(escape(String.format(Locale.ROOT, s.none(), query))).append("</p>\n");
    } else {
      b.append("<h2>").append(escape(heading)).append("</h2>\n<ol>\n");
      for (SearchResponse.Hit h : r.hits()) hit(b, h, s, page, french);
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

  /**
   * What the service made of the request, each with the link that undoes it: a named speaker's quotes first (or the
   * words only), every copy shown, the advanced reading and the service's notices. Scores are never shown.
   */
  private static void answers(StringBuilder b, Map<String, List<String>> page, SearchResponse r, Answers a, boolean french) {
    if (r.speakerMatch() != null) {
      line(b, String.format(Locale.ROOT, a.speakerFirst(), r.speakerMatch().name(), count(r.speakerMatch().count(), french)),
          with(page, "speakerMatch", "false"), a.wordsInstead());
    } else if (isFalse(page.get("speakerMatch"))) {
      line(b, a.wordsOnly(), with(page, "speakerMatch", null), a.speakerBack());
    }
    if (isFalse(page.get("collapse"))) line(b, a.everyCopyOn(), with(page, "collapse", null), a.onceEach());
    if ("advanced".equals(r.queryMode())) b.append("<p class=\"badge\">").append(escape(a.advanced())).append("</p>\n");
    for (String n : r.notices()) b.append("<p class=\"notice\">").append(escape(n)).append("</p>\n");
  }

  private static void line(StringBuilder b, String text, Map<String, List<String>> target, String linkText) {
    b.append("<p class=\"answer\">").append(escape(text)).append(" · <a href=\"/?").append(escape(queryString(target)))
        .append("\">").append(escape(linkText)).append("</a></p>\n");
  }

  private static boolean isFalse(List<String> values) {
    return values != null && values.contains("false");
  }

  /** The page's parameters with one set (null: removed), back on the first page. */
  private static Map<String, List<String>> with(Map<String, List<String>> page, String name, String value) {
    Map<String, List<String>> p = new LinkedHashMap<>(page);
    p.remove("cursor");
    if (value == null) p.remove(name);
    else p.put(name, List.of(value));
    return p;
  }

  /**
   * The page with a search error in place of the marker; an ambiguous speaker lists its candidates, each a link
   * to the same page with that speaker instead.
   */
  static String renderError(String template, String query, Map<String, List<String>> page, SearchException e, boolean french) {
    Object candidates = e.details().get("candidates");
    Object value = e.details().get("value");
    if (!"ambiguous_speaker".equals(e.code()) || !(candidates instanceof List<?> list) || value == null)
      return renderError(template, query, e.getMessage(), french);
    Strings s = french ? FR : EN;
    StringBuilder b = new StringBuilder(1024).append("<section class=\"results-nojs\"><p role=\"alert\">")
        .append(escape(String.format(Locale.ROOT, s.answers().ambiguous(), value))).append("</p>\n<ul>\n");
    for (Object c : list) {
      if (!(c instanceof Map<?, ?> m) || m.get("name") == null) continue;
      String name = String.valueOf(m.get("name"));
      Map<String, List<String>> p = with(page, "speaker", null);
      List<String> speakers = new ArrayList<>();
      for (String v : page.getOrDefault("speaker", List.of())) if (!v.equals(value) && !v.equals(name)) speakers.add(v);
      speakers.add(name);
      p.put("speaker", speakers);
      b.append("<li><a href=\"/?").append(escape(queryString(p))).append("\">").append(escape(name)).append("</a> (")
          .append(escape(String.valueOf(m.get("count")))).append(")</li>\n");
    }
    b.append("</ul></section>");
    return insert(template, b.toString(), query, french);
  }

  /** The page with an error message in place of the marker (bad parameter, syntax error). */
  static String renderError(String template, String query, String message, boolean french) {
    Strings s = french ? FR : EN;
    String section = "<section class=\"results-nojs\"><p role=\"alert\">"
        + escape(String.format(Locale.ROOT, s.error(), message)) + "</p></section>";
    return insert(template, section, query, french);
  }

  private static void hit(StringBuilder b, SearchResponse.Hit h, Strings s, Map<String, List<String>> page, boolean french) {
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
    b.append("</p>");
    if (h.alsoIn() != null && h.alsoIn().count() > 0) copies(b, h.alsoIn(), s.answers(), page, french);
    b.append("</li>\n");
  }

  /** "also in N articles:" with a link to each, and the link that shows every copy. */
  private static void copies(StringBuilder b, SearchResponse.AlsoIn also, Answers a, Map<String, List<String>> page, boolean french) {
    b.append("<p class=\"also\">").append(escape(String.format(Locale.ROOT, also.count() == 1 ? a.alsoInOne() : a.alsoInOther(),
        count(also.count(), french))));
    String sep = " ";
    for (String id : also.articles()) {
      b.append(sep).append("<a href=\"/article/").append(escape(encode(id))).append("\">").append(escape(id)).append("</a>");
      sep = ", ";
    }
    b.append(" · <a href=\"/?").append(escape(queryString(with(page, "collapse", "false")))).append("\">")
        .append(escape(a.everyCopy())).append("</a></p>");
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
