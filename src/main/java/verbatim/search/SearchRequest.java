package verbatim.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import verbatim.text.Folding;

/**
 * One search, as the CLI and the HTTP API ask for it. Validation happens at the door ({@link #validate()}).
 *
 * @param query    the user's query ("" matches everything)
 * @param mode     simple (ranked words; a query with AND, NOT or a field: prefix is read as advanced) or advanced
 *                 (field syntax, booleans, ranges)
 * @param type     which records: quotes (the default for /api/quotes), articles, stubs, or articles and stubs
 * @param speakers selected speakers (display names or folded keys); OR-ed, drill-sideways facets
 * @param lang     "en" / "fr" filter or null
 * @param outlet   outlet filter or null
 * @param kind     quote kind filter ("direct", "partial", "indirect") or null
 * @param from     earliest date, inclusive, or null
 * @param to       latest date, inclusive, or null
 * @param size     hits per page, 1..{@link #MAX_SIZE}
 * @param cursor   opaque cursor from the previous page, or null for the first page
 * @param sort     relevance or date (newest first)
 * @param exact    count every hit exactly (Lucene stops counting at 1,000 otherwise)
 * @param facets   compute facet counts (they cost a pass over every match); the 13-argument constructor turns
 *                 them on for quote searches only, {@link #withFacets} chooses explicitly
 * @param highlight mark the query's words in each hit and pick an article's best passage (on unless turned off
 *                 with {@link #withHighlight}: clients that only need ids, counts or whole texts save that work)
 * @param speakerMatch when a simple quote query is a known speaker's name ("Eric Caire", "Macron"), that
 *                 speaker's quotes come first (on unless turned off with {@link #withSpeakerMatch}: the page's
 *                 "search the words instead")
 * @param collapse show a quote repeated word for word by the same speaker in several articles (wire copy) once,
 *                 with the other articles in {@code alsoIn} (on unless turned off with {@link #withCollapse})
 */
public record SearchRequest(
    String query,
    Mode mode,
    DocType type,
    List<String> speakers,
    String lang,
    String outlet,
    String kind,
    LocalDate from,
    LocalDate to,
    int size,
    String cursor,
    Sort sort,
    boolean exact,
    boolean facets,
    boolean highlight,
    boolean speakerMatch,
    boolean collapse) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  public static final int MAX_QUERY_LENGTH = 1000;

  public enum Mode { SIMPLE, ADVANCED }

  public enum Sort { RELEVANCE, DATE }

  public enum DocType { QUOTE, ARTICLE, STUB, ARTICLE_OR_STUB }

  /** The original 13-argument form: facets are computed for quote searches (type null or QUOTE) only. */
  public SearchRequest(String query, Mode mode, DocType type, List<String> speakers, String lang, String outlet,
      String kind, LocalDate from, LocalDate to, int size, String cursor, Sort sort, boolean exact) {
    this(query, mode, type, speakers, lang, outlet, kind, from, to, size, cursor, sort, exact,
        type == null || type == DocType.QUOTE);
  }

  /** The 14-argument form: hits are highlighted. */
  public SearchRequest(String query, Mode mode, DocType type, List<String> speakers, String lang, String outlet,
      String kind, LocalDate from, LocalDate to, int size, String cursor, Sort sort, boolean exact, boolean facets) {
    this(query, mode, type, speakers, lang, outlet, kind, from, to, size, cursor, sort, exact, facets, true);
  }

  /** The 15-argument form: speaker match and copy collapsing on. */
  public SearchRequest(String query, Mode mode, DocType type, List<String> speakers, String lang, String outlet,
      String kind, LocalDate from, LocalDate to, int size, String cursor, Sort sort, boolean exact, boolean facets,
      boolean highlight) {
    this(query, mode, type, speakers, lang, outlet, kind, from, to, size, cursor, sort, exact, facets, highlight, true,
        true);
  }

  /** The same request with facet counting on or off. */
  public SearchRequest withFacets(boolean on) {
    return on == facets ? this
        : new SearchRequest(query, mode, type, speakers, lang, outlet, kind, from, to, size, cursor, sort, exact, on,
            highlight, speakerMatch, collapse);
  }

  /** The same request with highlighting on or off. */
  public SearchRequest withHighlight(boolean on) {
    return on == highlight ? this
        : new SearchRequest(query, mode, type, speakers, lang, outlet, kind, from, to, size, cursor, sort, exact, facets,
            on, speakerMatch, collapse);
  }

  /** The same request with the speaker match on or off. */
  public SearchRequest withSpeakerMatch(boolean on) {
    return on == speakerMatch ? this
        : new SearchRequest(query, mode, type, speakers, lang, outlet, kind, from, to, size, cursor, sort, exact, facets,
            highlight, on, collapse);
  }

  /** The same request with wire copies collapsed or not. */
  public SearchRequest withCollapse(boolean on) {
    return on == collapse ? this
        : new SearchRequest(query, mode, type, speakers, lang, outlet, kind, from, to, size, cursor, sort, exact, facets,
            highlight, speakerMatch, on);
  }

  /** The same request filtering on {@code keys} (resolved speaker keys) instead of the speakers as given. */
  SearchRequest withSpeakers(List<String> keys) {
    return new SearchRequest(query, mode, type, keys, lang, outlet, kind, from, to, size, cursor, sort, exact, facets,
        highlight, speakerMatch, collapse);
  }

  public SearchRequest {
    query = query == null ? "" : query;
    mode = mode == null ? Mode.SIMPLE : mode;
    type = type == null ? DocType.QUOTE : type;
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    size = size == 0 ? DEFAULT_SIZE : size;
    sort = sort == null ? Sort.RELEVANCE : sort;
  }

  /** A simple quote search for {@code query} with every other parameter at its default. */
  public static SearchRequest quotes(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, 0, null, null, false);
  }

  /** Throws {@link SearchException} with code "bad_parameter" when a value is out of range. */
  public SearchRequest validate() {
    if (query.length() > MAX_QUERY_LENGTH)
      throw SearchException.badParameter("q", "query is longer than " + MAX_QUERY_LENGTH + " characters");
    if (size < 1 || size > MAX_SIZE)
      throw SearchException.badParameter("size", "size must be between 1 and " + MAX_SIZE);
    if (from != null && to != null && from.isAfter(to))
      throw SearchException.badParameter("from", "'from' is after 'to'");
    if (lang != null && !lang.equals("en") && !lang.equals("fr"))
      throw SearchException.badParameter("lang", "lang must be 'en' or 'fr'");
    if (kind != null && !kind.equals("direct") && !kind.equals("partial") && !kind.equals("indirect"))
      throw SearchException.badParameter("kind", "kind must be 'direct', 'partial' or 'indirect'");
    return this;
  }

  /**
   * A hash of everything that decides which hits a request has and in what order (not the page size or cursor), so
   * that a cursor issued for one request cannot be replayed on another. Speaker names count by their folded keys.
   */
  public int orderSignature() {
    List<String> keys = new ArrayList<>();
    for (String s : speakers) keys.add(Folding.key(s));
    keys.sort(null);
    return String.join("\u0000", query, mode.name(), type.name(), String.join(",", keys), String.valueOf(lang),
        String.valueOf(outlet), String.valueOf(kind), String.valueOf(from), String.valueOf(to), sort.name(),
        String.valueOf(speakerMatch), String.valueOf(collapse)).hashCode();
  }
}
