package verbatim.solr;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import verbatim.search.SearchException;
import verbatim.search.SyntaxErrors;

/**
 * The syntax check of an advanced query, before Solr sees it. Solr's eDisMax never refuses a query: it escapes
 * what it cannot parse and searches the rest, so an unbalanced quote or bracket would silently become words. The
 * API promises a {@code query_syntax} error with its position instead, as the embedded index gives; the advanced
 * syntax is Lucene's classic one on both backends, so Lucene's classic parser (already on the app's classpath)
 * finds the same errors at the same positions.
 */
final class AdvancedSyntax {

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
      throw SyntaxErrors.of(query, e);
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw SearchException.syntax("invalid query", 0);
    }
  }
}
