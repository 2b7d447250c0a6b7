package verbatim.solr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import verbatim.search.SearchException;

/**
 * The syntax check of an advanced query, before Solr sees it. Solr's eDisMax never refuses a query: it escapes
 * what it cannot parse and searches the rest, so an unbalanced quote or bracket would silently become words. The
 * API promises a {@code query_syntax} error with its position instead, as the embedded index gives; the advanced
 * syntax is Lucene's classic one on both backends, so Lucene's classic parser (already on the app's classpath)
 * finds the same errors at the same positions.
 */
final class AdvancedSyntax {
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private AdvancedSyntax() {}

  /**
   * {@code query} as Solr should read it, French and typographic quotation marks made the phrase quote (as the
   * embedded index reads advanced syntax); a {@link SearchException} when it is not valid advanced syntax.
   */
  static String checked(String query) {
    StringBuilder sb = new StringBuilder(query.length());
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      sb.append(c == '“' || c == '”' || c == '«' || c == '»' ? '"' : c);
    }
    String text = sb.toString().strip();
    check(text);
    return text;
  }

  private static void check(String query) {
    if (query.isBlank()) return;
    QueryParser parser = new QueryParser("_text", new WhitespaceAnalyzer());
    parser.setAllowLeadingWildcard(true); // Solr decides about wildcards; only the syntax is checked here
    parser.setSplitOnWhitespace(true);
    try {
      parser.parse(query);
    } catch (ParseException e) {
      throw error(query, e);
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw SearchException.syntax("invalid query", 0);
    }
  }

  private static SearchException error(String query, ParseException e) {
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
    String msg = e.getMessage() == null ? "" : e.getMessage();
    if (msg.contains("too many boolean clauses")) return SearchException.badParameter("q", "the query has too many clauses");
    return SearchException.syntax("invalid query", 0);
  }
}
