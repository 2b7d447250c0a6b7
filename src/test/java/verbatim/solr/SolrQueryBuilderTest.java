package verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import verbatim.index.Schema;
import verbatim.search.SearchRequest;
import verbatim.search.SearchRequest.DocType;

/** The Solr parameters of a request, checked without a cluster. */
class SolrQueryBuilderTest {

  /**
   * Labels (a name or slogan in quote marks) are stored as quote records but are no quotations: the embedded
   * index never returns them from a quote search, exports them or counts their speakers, and the API's schema has
   * no such kind. The API contract on SolrCloud found them in hits.
   */
  @Test
  void quoteSearchesLeaveLabelsOut() {
    for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
      for (String query : List.of("", "budget")) {
        SolrQuery q = SolrQueryBuilder.base(new SearchRequest(query, SearchRequest.Mode.SIMPLE, DocType.QUOTE, List.of(),
            null, null, null, null, null, 10, null, sort, true));
        List<String> fq = Arrays.asList(q.getFilterQueries());
        assertTrue(fq.contains("+" + Schema.TYPE + ":" + Schema.TYPE_QUOTE + " -" + Schema.KIND + ":" + Schema.KIND_LABEL), fq.toString());
      }
    }
    SolrQuery articles = SolrQueryBuilder.base(new SearchRequest("budget", SearchRequest.Mode.SIMPLE, DocType.ARTICLE,
        List.of(), null, null, null, null, null, 10, null, SearchRequest.Sort.RELEVANCE, true));
    assertFalse(Arrays.toString(articles.getFilterQueries()).contains(Schema.KIND_LABEL));
  }

  /**
   * A simple query that uses AND, NOT or a field prefix is read as advanced syntax on SolrCloud as on the embedded
   * index (every word joined by AND must match, fields allowed), with the same notice; plain words stay simple.
   */
  @Test
  void simpleQueriesWithOperatorsAreReadAsAdvancedSyntax() {
    List<String> notices = new ArrayList<>();
    SearchRequest read = SolrQueryBuilder.read(simple("harbour AND dredging"), notices);
    assertEquals(SearchRequest.Mode.ADVANCED, read.mode());
    assertEquals(1, notices.size());
    SolrQuery q = SolrQueryBuilder.base(read);
    assertEquals("AND", q.get("q.op"));
    assertTrue(q.get("uf").contains("speaker"), q.get("uf"));
    assertEquals(SearchRequest.Mode.ADVANCED, SolrQueryBuilder.read(simple("speaker:ostrova bridge"), notices).mode());
    List<String> none = new ArrayList<>();
    SearchRequest plain = simple("harbour dredging");
    assertSame(plain, SolrQueryBuilder.read(plain, none));
    assertEquals(List.of(), none);
    assertEquals("OR", SolrQueryBuilder.base(plain).get("q.op"));
  }

  private static SearchRequest simple(String query) {
    return new SearchRequest(query, SearchRequest.Mode.SIMPLE, DocType.QUOTE, List.of(), null, null, null, null, null,
        10, null, SearchRequest.Sort.RELEVANCE, true);
  }
}
