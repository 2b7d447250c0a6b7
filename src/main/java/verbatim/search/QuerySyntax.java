package verbatim.search;

import java.util.List;
import java.util.Locale;

/**
 * Reads what a simple query's text asks for. People type the operators they know from other search engines
 * (AND, NOT, {@code speaker:}); a simple query that uses them is read as advanced syntax, as typed (brackets
 * included), rather than as words to rank, and its syntax errors are reported with their position. Simple
 * syntax itself ("phrases", -word, +word, OR) keeps its ranked reading, and so do questions and descriptions
 * in prose, whose brackets and question marks are punctuation: brackets alone do not make a query advanced.
 */
public final class QuerySyntax {
  private QuerySyntax() {}

  /** Operators only advanced syntax knows, as whole words. */
  private static final List<String> OPERATORS = List.of("AND", "NOT", "&&", "||");

  /** The mode {@code r}'s query is read in; a notice says when a simple query was read as advanced syntax. */
  public static SearchRequest.Mode mode(SearchRequest r, List<String> notices) {
    if (r.mode() != SearchRequest.Mode.SIMPLE || !usesOperators(r.query())) return r.mode();
    notices.add("read as advanced syntax (AND, OR, NOT, brackets, field: prefixes): words not joined by OR must all"
        + " match");
    return SearchRequest.Mode.ADVANCED;
  }

  /**
   * The text to parse in {@code mode} for a request asked in {@code asked}: in advanced syntax French and
   * typographic quotation marks are the phrase quote; a simple query read as advanced keeps a question mark
   * that ends a word as punctuation (a space: positions are kept), not a wildcard.
   */
  public static String text(String query, SearchRequest.Mode asked, SearchRequest.Mode mode) {
    if (mode != SearchRequest.Mode.ADVANCED) return query;
    StringBuilder sb = new StringBuilder(query.length());
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      boolean endsWord = i + 1 == query.length() || Character.isWhitespace(query.charAt(i + 1));
      if (isQuote(c)) sb.append('"');
      else if (c == '?' && endsWord && asked == SearchRequest.Mode.SIMPLE) sb.append(' ');
      else sb.append(c);
    }
    return sb.toString();
  }

  /** True when, outside phrases, the query has AND, NOT, &&, || or a known field prefix. */
  static boolean usesOperators(String query) {
    boolean phrase = false;
    int start = -1;
    for (int i = 0; i <= query.length(); i++) {
      char c = i < query.length() ? query.charAt(i) : ' ';
      if (isQuote(c)) phrase = !phrase;
      if (phrase) continue;
      if (Character.isWhitespace(c)) {
        if (start >= 0 && isOperator(query.substring(start, i))) return true;
        start = -1;
      } else if (start < 0) {
        start = i;
      }
    }
    return false;
  }

  private static boolean isOperator(String token) {
    if (OPERATORS.contains(token)) return true;
    String t = token.startsWith("-") || token.startsWith("+") ? token.substring(1) : token;
    int colon = t.indexOf(':');
    return colon > 0 && QueryFields.FIELDS.contains(t.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
  }

  /**
   * True when the query could be a person's name: one to five words, no quotation marks, exclusions,
   * requirements or operators.
   */
  static boolean isName(String query) {
    String q = query.strip();
    if (q.isEmpty() || usesOperators(q)) return false;
    String[] words = q.split("\\s+");
    if (words.length > 5) return false;
    for (String w : words) {
      if (w.equals("OR") || w.startsWith("-") || w.startsWith("+")) return false;
      for (int i = 0; i < w.length(); i++) if (isQuote(w.charAt(i))) return false;
    }
    return q.codePoints().anyMatch(Character::isLetter);
  }
}
