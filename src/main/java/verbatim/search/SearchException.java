package verbatim.search;

import java.util.Map;

/**
 * A search the user asked for wrongly: bad parameter, query syntax error, forged cursor.
 * Carries a stable machine code, a readable message and details (e.g. the position of a syntax error).
 * Callers map it to HTTP 400 / a CLI usage error; it is never a server fault.
 */
public final class SearchException extends RuntimeException {
  private final String code;
  private final Map<String, Object> details;

  public SearchException(String code, String message, Map<String, Object> details) {
    super(message);
    this.code = code;
    this.details = details == null ? Map.of() : Map.copyOf(details);
  }

  public static SearchException badParameter(String parameter, String message) {
    return new SearchException("bad_parameter", message, Map.of("parameter", parameter));
  }

  public static SearchException syntax(String message, int position) {
    return new SearchException("query_syntax", message, Map.of("position", position));
  }

  public static SearchException badCursor(String message) {
    return new SearchException("bad_cursor", message, Map.of("parameter", "cursor"));
  }

  public String code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }
}
