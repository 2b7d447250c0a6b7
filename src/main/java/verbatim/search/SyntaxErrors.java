package verbatim.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * Turns the classic query parser's failures into the API's errors: {@code query_syntax} with the position where
 * reading stopped, or {@code bad_parameter} for a query with too many clauses. Advanced syntax is the classic
 * parser's on both backends, so both report its errors through here.
 */
public final class SyntaxErrors {
  /** Where the tokenizer's message says it stopped ("... at line 1, column 7"). */
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private SyntaxErrors() {}

  /** The error to answer for {@code e}, raised while parsing {@code query}. */
  public static SearchException of(String query, ParseException e) {
    Throwable cause = e.getCause();
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      Token next = pe.currentToken.next;
      if (next == null || next.kind == QueryParserConstants.EOF) {
        return SearchException.syntax("the query ends too early (an operator, a field or a bracket lacks what follows)",
            query.length());
      }
      return SearchException.syntax("unexpected '" + next.image + "' at position " + next.beginColumn, next.beginColumn);
    }
    if (cause instanceof TokenMgrError) {
      Matcher m = COLUMN.matcher(cause.getMessage());
      int pos = m.find() ? Math.min(query.length(), Integer.parseInt(m.group(1))) : query.length();
      return SearchException.syntax("unclosed quote or stray character near position " + pos, pos);
    }
    String msg = e.getMessage() == null ? "invalid query" : e.getMessage();
    if (msg.toLowerCase(Locale.ROOT).contains("too many"))
      return SearchException.badParameter("q", "the query has too many clauses");
    return SearchException.syntax("invalid query", 0);
  }
}
