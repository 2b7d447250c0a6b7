package verbatim.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import verbatim.search.SearchException;
import verbatim.search.SearchRequest;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchRequest.Mode;
import verbatim.search.SearchRequest.Sort;

/**
 * Turns decoded query parameters into a checked {@link SearchRequest}. Unknown parameters, repeated single
 * parameters and malformed values are refused with a 400 naming the parameter.
 */
public final class SearchRequestReader {
  public static final int MAX_SPEAKERS = 20;
  public static final int MAX_VALUE_LENGTH = 200;
  public static final int MAX_CURSOR_LENGTH = 4096;

  /** Parameters of /api/quotes (and of the other searches, which add their own). */
  public static final Set<String> SEARCH_PARAMETERS = Set.of(
      "q", "mode", "speaker", "lang", "outlet", "kind", "from", "to", "size", "cursor", "sort", "exact", "highlight",
      "speakerMatch", "collapse");

  private SearchRequestReader() {}

  /**
   * @param params decoded query parameters
   * @param type   which records the endpoint searches (articles may narrow it with {@code type})
   * @param extra  further parameters the endpoint accepts and reads itself (e.g. "format", "type")
   */
  public static SearchRequest read(Map<String, List<String>> params, DocType type, Set<String> extra) {
    for (String name : params.keySet()) {
      if (!SEARCH_PARAMETERS.contains(name) && !extra.contains(name)) {
        Set<String> known = new TreeSet<>(SEARCH_PARAMETERS);
        known.addAll(extra);
        throw new ApiException(400, "bad_parameter", "unknown parameter '" + clip(name) + "'",
            Map.of("parameter", clip(name), "allowed", List.copyOf(known)));
      }
    }
    String q = single(params, "q");
    if (q != null && q.length() > SearchRequest.MAX_QUERY_LENGTH)
      throw SearchException.badParameter("q", "query is longer than " + SearchRequest.MAX_QUERY_LENGTH + " characters");
    Mode mode = choice(params, "mode", Mode.class);
    Sort sort = choice(params, "sort", Sort.class);
    List<String> speakers = new ArrayList<>();
    for (String s : params.getOrDefault("speaker", List.of())) {
      String v = s.strip();
      if (v.isEmpty()) throw ApiException.badParameter("speaker", "speaker is empty");
      if (v.length() > MAX_VALUE_LENGTH) throw ApiException.badParameter("speaker", "speaker is too long");
      if (!speakers.contains(v)) speakers.add(v);
    }
    if (speakers.size() > MAX_SPEAKERS)
      throw ApiException.badParameter("speaker", "at most " + MAX_SPEAKERS + " speakers");
    String lang = lower(text(params, "lang"));
    String outlet = text(params, "outlet");
    String kind = lower(text(params, "kind"));
    LocalDate from = date(params, "from");
    LocalDate to = date(params, "to");
    int size = integer(params, "size", SearchRequest.DEFAULT_SIZE);
    String cursor = single(params, "cursor");
    if (cursor != null && cursor.isEmpty()) cursor = null;
    if (cursor != null && cursor.length() > MAX_CURSOR_LENGTH) throw SearchException.badCursor("cursor is too long");
    boolean exact = bool(params, "exact");
    boolean highlight = bool(params, "highlight", true);
    boolean speakerMatch = bool(params, "speakerMatch", true);
    boolean collapse = bool(params, "collapse", true);
    if (size < 1 || size > SearchRequest.MAX_SIZE)
      throw ApiException.badParameter("size", "size must be between 1 and " + SearchRequest.MAX_SIZE + ", not " + size);
    return new SearchRequest(q, mode, type, speakers, lang, outlet, kind, from, to, size, cursor, sort, exact)
        .withHighlight(highlight).withSpeakerMatch(speakerMatch).withCollapse(collapse).validate();
  }

  /** The single value of {@code name}, or null; a repeated single parameter is an error. */
  public static String single(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty()) return null;
    if (v.size() > 1) throw ApiException.badParameter(name, "'" + name + "' is given " + v.size() + " times");
    return v.get(0);
  }

  /** A short value (trimmed, empty = absent, at most {@link #MAX_VALUE_LENGTH} characters). */
  public static String text(Map<String, List<String>> params, String name) {
    String v = single(params, name);
    if (v == null) return null;
    v = v.strip();
    if (v.isEmpty()) return null;
    if (v.length() > MAX_VALUE_LENGTH) throw ApiException.badParameter(name, "'" + name + "' is too long");
    return v;
  }

  public static int integer(Map<String, List<String>> params, String name, int fallback) {
    String v = text(params, name);
    if (v == null) return fallback;
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "'" + name + "' must be a whole number, not '" + clip(v) + "'");
    }
  }

  static boolean bool(Map<String, List<String>> params, String name) {
    return bool(params, name, false);
  }

  /** A true/false (or 1/0) parameter; {@code fallback} when it is absent. */
  static boolean bool(Map<String, List<String>> params, String name, boolean fallback) {
    String v = lower(text(params, name));
    if (v == null) return fallback;
    if (v.equals("false") || v.equals("0")) return false;
    if (v.equals("true") || v.equals("1")) return true;
    throw ApiException.badParameter(name, "'" + name + "' must be true or false, not '" + clip(v) + "'");
  }

  static <E extends Enum<E>> E choice(Map<String, List<String>> params, String name, Class<E> type) {
    String v = text(params, name);
    if (v == null) return null;
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) return e;
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) allowed.add(e.name().toLowerCase(Locale.ROOT));
    throw ApiException.badParameter(name, "'" + name + "' must be one of " + String.join(", ", allowed)
        + ", not '" + clip(v) + "'");
  }

  static LocalDate date(Map<String, List<String>> params, String name) {
    String v = text(params, name);
    if (v == null) return null;
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, "'" + name + "' must be an ISO date like 2023-03-01, not '" + clip(v) + "'");
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  /** Echoes user input in messages only in short. */
  static String clip(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
