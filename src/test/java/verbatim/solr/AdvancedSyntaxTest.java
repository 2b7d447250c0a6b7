package verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.search.SearchException;
import verbatim.search.SearchRequest;

/**
 * What the SolrCloud backend refuses before Solr sees it (eDisMax would quietly search a broken query as words):
 * advanced-syntax errors with their position and forged cursors, with the API's error codes. No cluster needed.
 */
class AdvancedSyntaxTest {

  @Test
  void brokenAdvancedQueriesAreSyntaxErrorsWithAPosition() {
    for (String broken : List.of("\"unbalanced quote", "(open", "budget AND", "title:[a TO", "speaker:")) {
      SearchException e = assertThrows(SearchException.class, () -> AdvancedSyntax.checked(broken), broken);
      assertEquals("query_syntax", e.code(), broken);
      int position = ((Number) e.details().get("position")).intValue();
      assertEquals(true, position >= 0 && position <= broken.length(), broken + " at " + position);
    }
  }

  @Test
  void validQueriesPassWithFrenchQuotesAsPhrases() {
    assertEquals("speaker:\"Jane Doe\" AND budget", AdvancedSyntax.checked(" speaker:\"Jane Doe\" AND budget "));
    assertEquals("\" le pont \" OR bridge", AdvancedSyntax.checked("« le pont » OR bridge"));
    assertEquals("", AdvancedSyntax.checked("  "));
  }

  @Test
  void theQueryBuilderChecksAdvancedModeOnly() {
    SearchRequest advanced = new SearchRequest("(open", SearchRequest.Mode.ADVANCED, SearchRequest.DocType.QUOTE, List.of(),
        null, null, null, null, null, 10, null, SearchRequest.Sort.RELEVANCE, true);
    assertEquals("query_syntax", assertThrows(SearchException.class, () -> SolrQueryBuilder.base(advanced)).code());
    SearchRequest simple = new SearchRequest("(open", SearchRequest.Mode.SIMPLE, SearchRequest.DocType.QUOTE, List.of(),
        null, null, null, null, null, 10, null, SearchRequest.Sort.RELEVANCE, true);
    SolrQueryBuilder.base(simple);
  }

  @Test
  void forgedCursorsAreBadCursors() {
    SearchRequest r = new SearchRequest("budget", SearchRequest.Mode.SIMPLE, SearchRequest.DocType.QUOTE, List.of(),
        null, null, null, null, null, 10, null, SearchRequest.Sort.RELEVANCE, true);
    for (String forged : List.of("forged-cursor-AAAA", "eyJhIjoxfQ.eyJhIjoxfQ", "AAAA")) {
      SearchException e = assertThrows(SearchException.class, () -> SolrBackend.Cursor.decode(forged, r), forged);
      assertEquals("bad_cursor", e.code(), forged);
    }
    SolrBackend.Cursor c = new SolrBackend.Cursor(10, "AoE/mark");
    assertEquals(c, SolrBackend.Cursor.decode(c.encode(r), r));
  }
}
