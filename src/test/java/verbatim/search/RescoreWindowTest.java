package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import verbatim.index.Indexer;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchRequest.Mode;

/**
 * Ranked search runs in two passes (the fewest clauses per word first, then the bonus clauses on the best
 * {@link WindowRescorer#WINDOW} hits, added to their scores): paging with cursors across the window's end must still show every
 * record once, in non-increasing score order, and pages inside the window must agree with a bigger page.
 */
class RescoreWindowTest {
  private static final int RECORDS = 3 * WindowRescorer.WINDOW + 5;
  private Indexer indexer;
  private Searcher searcher;

  @BeforeEach
  void setUp() throws IOException {
    indexer = new Indexer(new ByteBuffersDirectory(), 16);
    for (int i = 0; i < RECORDS; i++) {
      // word counts and adjacency vary, so scores differ and the side-by-side bonus reorders the first pass
      StringBuilder p = new StringBuilder();
      for (int k = 0; k <= i % 7; k++) p.append("harbour tide ");
      for (int k = 0; k <= i % 4; k++) p.append(i % 3 == 0 ? "harbour ferry " : "ferry gulls ");
      p.append("filler words about the weather number ").append(i);
      indexer.index(Fixtures.article("a" + i, "en", i % 5 == 0 ? "Harbour ferry notes" : "Coastal notes",
          "2024-01-" + String.format(Locale.ROOT, "%02d", 1 + i % 28), "Gazette", List.of(), p.toString()), List.of());
    }
    indexer.commit();
    searcher = new Searcher(indexer);
    searcher.refresh();
  }

  @AfterEach
  void tearDown() throws IOException {
    searcher.close();
    indexer.close();
  }

  private static SearchRequest req(String q, int size, String cursor, SearchRequest.Sort sort) {
    return new SearchRequest(q, Mode.SIMPLE, DocType.ARTICLE, null, null, null, null, null, null, size, cursor, sort,
        true);
  }

  private List<SearchResponse.Hit> all(String q, int size, SearchRequest.Sort sort) throws IOException {
    List<SearchResponse.Hit> hits = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      assertTrue(++pages <= RECORDS + 1, q + " size " + size + ": the cursor never ends");
      SearchResponse r = searcher.search(req(q, size, cursor, sort));
      assertEquals(RECORDS, r.total(), q);
      assertTrue(r.totalExact());
      hits.addAll(r.hits());
      cursor = r.cursor();
    } while (cursor != null);
    return hits;
  }

  @Test
  void pagingAcrossTheWindowShowsEveryRecordOnceBestFirst() throws IOException {
    for (String q : List.of("harbour ferry", "+harbour +ferry", "ferry")) {
      List<String> first = null;
      for (int size : List.of(1, 3, 7, WindowRescorer.WINDOW, WindowRescorer.WINDOW + 1, 100)) {
        List<SearchResponse.Hit> hits = all(q, size, SearchRequest.Sort.RELEVANCE);
        List<String> ids = hits.stream().map(SearchResponse.Hit::id).toList();
        // the order does not depend on the page size (the window is the same for every size)
        if (first == null) first = ids;
        assertEquals(first, ids, q + " size " + size);
        assertEquals(RECORDS, ids.size(), q + " size " + size);
        assertEquals(RECORDS, new HashSet<>(ids).size(), q + " size " + size + ": a record shown twice");
        for (int i = 1; i < hits.size(); i++)
          assertFalse(hits.get(i).score() > hits.get(i - 1).score(), q + " size " + size + ": score rises at " + i);
      }
    }
  }

  @Test
  void pagesInsideTheWindowAgreeWithOneBiggerPage() throws IOException {
    for (String q : List.of("harbour ferry", "+harbour +ferry")) {
      List<String> big = searcher.search(req(q, WindowRescorer.WINDOW - 1, null, SearchRequest.Sort.RELEVANCE))
          .hits().stream().map(SearchResponse.Hit::id).toList();
      List<String> paged = all(q, 3, SearchRequest.Sort.RELEVANCE).stream().map(SearchResponse.Hit::id).toList();
      assertEquals(big, paged.subList(0, big.size()), q);
    }
  }

  @Test
  void exportStreamsHitsInThePagesOrder() throws IOException {
    for (String q : List.of("harbour ferry", "+harbour +ferry")) {
      List<String> paged = all(q, 100, SearchRequest.Sort.RELEVANCE).stream().map(SearchResponse.Hit::id).toList();
      List<String> exported = new ArrayList<>();
      assertEquals(RECORDS, searcher.export(req(q, 10, null, SearchRequest.Sort.RELEVANCE), h -> exported.add(h.id())));
      assertEquals(paged, exported, q);
    }
  }

  @Test
  void theWordsSideBySideLiftARecordInsideTheWindow() throws IOException {
    // the same words as often, in records as long: only "side" has "harbour ferry" side by side, so only the
    // rescoring bonus can put it above "apart" (the first pass ties them; their id keys decide the tie)
    try (Indexer small = new Indexer(new ByteBuffersDirectory(), 16)) {
      small.index(Fixtures.article("side", "en", "Notes", "2024-01-01", "Gazette", List.of(),
          "harbour ferry tide harbour ferry tide harbour ferry"), List.of());
      small.index(Fixtures.article("apart", "en", "Notes", "2024-01-01", "Gazette", List.of(),
          "ferry ferry ferry tide tide harbour harbour harbour"), List.of());
      small.commit();
      try (Searcher s = new Searcher(small)) {
        s.refresh();
        for (String q : List.of("harbour ferry", "+harbour +ferry")) {
          List<SearchResponse.Hit> hits = s.search(req(q, 10, null, SearchRequest.Sort.RELEVANCE)).hits();
          assertEquals(List.of("side", "apart"), hits.stream().map(SearchResponse.Hit::id).toList(), q);
          assertTrue(hits.get(0).score() > hits.get(1).score(), q);
        }
      }
    }
  }

  @Test
  void oneScoringPassCountsOnlyWhatEveryMatchMustHave() {
    QueryTranslator t = new QueryTranslator(new verbatim.index.BilingualAnalyzer());
    for (String q : List.of("+harbour +ferry", "\"harbour ferry\"", "+harbour +ferry -gulls"))
      assertTrue(t.translate(q, Mode.SIMPLE, DocType.ARTICLE).counting().stream().allMatch(QueryRunner::conjunctive), q);
    for (String q : List.of("harbour", "harbour ferry", "harbour OR ferry", ""))
      assertFalse(t.translate(q, Mode.SIMPLE, DocType.ARTICLE).counting().stream().allMatch(QueryRunner::conjunctive), q);
  }

  @Test
  void dateOrderPagesShowEveryRecordOnce() throws IOException {
    List<String> ids = all("harbour ferry", 6, SearchRequest.Sort.DATE).stream().map(SearchResponse.Hit::id).toList();
    assertEquals(RECORDS, new HashSet<>(ids).size());
  }
}
