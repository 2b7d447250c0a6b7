package verbatim.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's parse errors in words a person sending JSON understands: no parser class names, and a column only
 * when Jackson knows one (its limit errors carry no location).
 */
public final class JsonErrors {
  private JsonErrors() {}

  /** "nested deeper than 1000 levels", "Unexpected character ('x' …) (column 7)", … */
  public static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) return limit(message);
    JsonLocation at = e.getLocation();
    return at == null || at.getColumnNr() < 1 ? message : message + " (column " + at.getColumnNr() + ")";
  }

  /**
   * A parser limit: Jackson words these as "Document nesting depth (1001) exceeds the maximum allowed (1000, from
   * `StreamReadConstraints.getMaxNestingDepth()`)"; the method name means nothing to the sender.
   */
  private static String limit(String message) {
    String allowed = number(message, "maximum allowed (");
    if (message.contains("nesting depth")) return "nested deeper than " + allowed + " levels";
    if (message.startsWith("Number value length")) return "a number longer than " + allowed + " characters";
    if (message.startsWith("String value length")) return "a string longer than " + allowed + " characters";
    if (message.startsWith("Name length")) return "a field name longer than " + allowed + " characters";
    int from = message.indexOf(", from `");
    return from < 0 ? message : message.substring(0, from) + ")";
  }

  private static String number(String message, String after) {
    int at = message.indexOf(after);
    if (at < 0) return "the allowed number of";
    int start = at + after.length();
    int end = start;
    while (end < message.length() && Character.isDigit(message.charAt(end))) end++;
    return end > start ? message.substring(start, end) : "the allowed number of";
  }
}
