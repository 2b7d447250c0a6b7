package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import verbatim.extract.Quote;
import verbatim.extract.QuoteFinder;
import verbatim.index.Indexer;
import verbatim.index.Schema;
import verbatim.ingest.Article;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.search.SearchResponse.Hit;

/**
 * Labels found by the real extractor on an invented article («les «gilets verts»») are indexed as kind label, shown on
 * the article page, and never hit in quote search nor counted in its facets.
 */
class LabelSearchTest {

  private static final String TEXT = "Les «gilets verts» ont bloqué le pont samedi. "
      + "« Nous resterons sur le pont jusqu’à lundi », a déclaré la porte-parole Julie Caron. "
      + "Plusieurs «gilets verts» ont été interpellés en soirée.";

  private static Indexer indexer;
  private static Searcher searcher;
  private static List<Quote> quotes;

  @BeforeAll
  static void index() throws IOException {
    Article a = Fixtures.article("g1", "fr", "Le pont bloqué", "2024-06-01", "Quotidien", List.of(), TEXT);
    quotes = new QuoteFinder().find(a.text(), "fr");
    indexer = new Indexer(new ByteBuffersDirectory(), 16);
    indexer.index(a, quotes);
    searcher = new Searcher(indexer);
    searcher.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    indexer.close();
  }

  private static SearchResponse search(String q, String kind) throws IOException {
    return searcher.search(new SearchRequest(q, null, DocType.QUOTE, null, null, null, kind, null, null, 10, null,
        null, false));
  }

  @Test
  void theExtractorFindsTwoLabelsAndOneQuote() {
    assertEquals(2, quotes.stream().filter(q -> q.kind() == Quote.Kind.LABEL).count(), quotes.toString());
    assertTrue(quotes.stream().anyMatch(q -> q.kind() == Quote.Kind.DIRECT && q.speaker() != null
        && q.speaker().name().equals("Julie Caron")), quotes.toString());
  }

  @Test
  void labelsNeverHitAndFacetsNeverCountThem() throws IOException {
    SearchResponse r = search("gilets verts", null);
    for (Hit h : r.hits()) assertFalse(h.kind().equals(Schema.KIND_LABEL), h.text());
    SearchResponse all = search("pont", null);
    assertEquals(1, all.total(), "only the quotation: " + all.hits());
    for (FacetCount c : all.facets().getOrDefault("kind", List.of())) {
      assertFalse(c.value().equals(Schema.KIND_LABEL), "kind facet counts a label: " + all.facets());
    }
    long spoken = all.facets().getOrDefault("speaker", List.of()).stream().mapToLong(FacetCount::count).sum();
    assertEquals(1, spoken, "speaker facet: " + all.facets());
    assertTrue(searcher.speakers("", 100).stream().allMatch(c -> c.count() == 1), "speakers: labels have none");
  }

  @Test
  void aLabelKindFilterIsABadParameter() {
    // Labels are no quotations to search: kind=label is refused (400 in the API) rather than silently empty.
    SearchException e = assertThrows(SearchException.class, () -> search("gilets", Schema.KIND_LABEL));
    assertTrue(e.getMessage().contains("kind"), e.getMessage());
  }

  @Test
  void theArticlePageShowsLabelsWithTheirKind() throws IOException {
    ArticleView v = searcher.article("g1").orElseThrow();
    assertEquals(2, v.quotes().stream().filter(q -> q.kind().equals(Schema.KIND_LABEL)).count(), v.quotes().toString());
  }
}
