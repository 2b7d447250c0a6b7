package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import verbatim.extract.Quote;
import verbatim.index.Indexer;
import verbatim.ingest.Article;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchResponse.Hit;

/**
 * Wire copy at scale: every quote repeated in many articles (as a wire story is), some copies deleted, some
 * outside a date filter. A page must still show distinct quotes, in the order the uncollapsed ranking first
 * shows them, each standing for exactly its copies that are live hits.
 */
class CopyCollapseTest {
  private static final int QUOTES = 15;
  private static final int COPIES = 25;
  private static Indexer indexer;
  private static Searcher searcher;

  @BeforeAll
  static void index() throws IOException {
    indexer = new Indexer(new ByteBuffersDirectory(), 16);
    for (int c = 0; c < COPIES; c++) {
      for (int q = 0; q < QUOTES; q++) {
        String words = "The ferry schedule number " + q + " will change " + "soon ".repeat(q % 4) + "this winter";
        // copies 0-4 are older: a date filter from 2024-06-01 leaves them out
        String date = c < 5 ? "2024-05-0" + (1 + c) : "2024-06-" + String.format(java.util.Locale.ROOT, "%02d", 1 + c);
        Article a = Fixtures.article("n" + q + "-c" + c, "en", "Ferry " + q, date, "Wire", List.of(),
            "\u201c" + words + ",\u201d said Lena Quist.");
        indexer.index(a, List.of(Fixtures.quote(a, words, "Lena Quist", null, Quote.Kind.DIRECT)));
      }
    }
    // a deleted copy is no hit and no "also in" article
    indexer.delete("n0-c5");
    indexer.delete("n3-c7");
    searcher = new Searcher(indexer);
    searcher.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    indexer.close();
  }

  private static SearchRequest req(String q, String from, int size, String cursor) {
    return new SearchRequest(q, null, DocType.QUOTE, null, null, null, null, from == null ? null : LocalDate.parse(from),
        null, size, cursor, null, false);
  }

  @Test
  void aPageShowsDistinctQuotesInTheUncollapsedOrder() throws IOException {
    for (String from : new String[] {null, "2024-06-01"}) {
      SearchResponse collapsed = searcher.search(req("ferry schedule winter", from, 10, null));
      Set<String> texts = new LinkedHashSet<>();
      searcher.export(req("ferry schedule winter", from, 100, null).withCollapse(false), h -> texts.add(h.text()));
      List<String> expected = new ArrayList<>(texts).subList(0, 10);
      List<String> shown = new ArrayList<>();
      for (Hit h : collapsed.hits()) shown.add(h.text());
      assertEquals(expected, shown, "from " + from);
      assertEquals((long) QUOTES, collapsed.distinct(), "from " + from);
    }
  }

  @Test
  void eachShownQuoteStandsForItsLiveCopiesThatAreHits() throws IOException {
    SearchResponse all = searcher.search(req("ferry schedule winter", null, QUOTES, null));
    SearchResponse recent = searcher.search(req("ferry schedule winter", "2024-06-01", QUOTES, null));
    assertEquals(QUOTES, all.hits().size());
    for (Hit h : all.hits()) {
      int live = h.text().contains("number 0 ") || h.text().contains("number 3 ") ? COPIES - 1 : COPIES;
      assertEquals(live - 1, h.alsoIn().count(), h.text());
      assertTrue(!h.alsoIn().articles().contains("n0-c5") && !h.alsoIn().articles().contains("n3-c7"), h.text());
    }
    for (Hit h : recent.hits()) {
      int live = h.text().contains("number 0 ") || h.text().contains("number 3 ") ? COPIES - 6 : COPIES - 5;
      assertEquals(live - 1, h.alsoIn().count(), h.text());
    }
  }

  @Test
  void pagingOneAtATimeShowsEveryQuoteOnce() throws IOException {
    Set<String> seen = new LinkedHashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      SearchResponse page = searcher.search(req("ferry schedule winter", null, 2, cursor));
      for (Hit h : page.hits()) assertTrue(seen.add(h.text()), "shown twice: " + h.text());
      cursor = page.cursor();
      pages++;
    } while (cursor != null && pages < 100);
    assertEquals(QUOTES, seen.size());
  }

  @Test
  void furtherFetchesGrowWithTheCopiesSeen() {
    assertEquals(WindowRescorer.WINDOW, RankedPages.nextFetch(1, 20, 19), "few copies: a window more");
    assertEquals(2 * 9 * 20, RankedPages.nextFetch(9, 20, 1), "20 hits seen, 1 kept: 20 per quote still missing");
    assertEquals(2 * 10 * 40, RankedPages.nextFetch(10, 40, 0), "none kept yet: at least as many again per quote");
    assertEquals(RankedPages.MAX_FETCH, RankedPages.nextFetch(1_000, 1_000_000, 1), "capped");
  }
}
