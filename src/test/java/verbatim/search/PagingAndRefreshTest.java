package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import verbatim.extract.Quote;
import verbatim.index.Indexer;
import verbatim.ingest.Article;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchRequest.Sort;

class PagingAndRefreshTest {
  private static final String[] WORDS = {"budget", "council", "harbour", "school", "transit", "housing", "water"};
  private static final String[] PEOPLE = {"Léa Gagnon", "Omar Haddad", "Zoé Roy", "Paul Smith"};

  /** Article n: two or three topic words, a date spread over two years, one quote by one of four people. */
  private static Article generated(int n) {
    String w1 = WORDS[n % WORDS.length];
    String w2 = WORDS[(n / 7) % WORDS.length];
    String lang = n % 3 == 0 ? "fr" : "en";
    String para = lang.equals("fr")
        ? "Le conseil a discuté du dossier " + w1 + " et " + w2 + " numéro " + n + "."
        : "The council discussed the " + w1 + " and " + w2 + " file number " + n + ".";
    String quoted = lang.equals("fr") ? "Le " + w1 + " reste notre priorité" : "The " + w1 + " remains our priority";
    return Fixtures.article("g-" + n, lang, "Item " + n + " " + w1, LocalDate.of(2022, 1, 1).plusDays(n % 700).toString(),
        n % 2 == 0 ? "North Post" : "South Post", List.of(), para, quoted + ", said the official.");
  }

  private static List<Quote> quotes(Article a, int n) {
    String text = a.paragraphs().get(1).text();
    String q = text.substring(0, text.indexOf(','));
    return List.of(Fixtures.quote(a, q, PEOPLE[n % PEOPLE.length], null, Quote.Kind.DIRECT));
  }

  private static SearchRequest req(String q, DocType type, Sort sort, int size, String cursor) {
    return new SearchRequest(q, null, type, null, null, null, null, null, null, size, cursor, sort, false);
  }

  @Test
  void cursorPagingVisitsEveryHitExactlyOnceAndExportStreamsAll() throws IOException {
    int n = 450;
    try (Indexer indexer = new Indexer(new ByteBuffersDirectory(), 16)) {
      for (int i = 0; i < n; i++) {
        Article a = generated(i);
        indexer.index(a, quotes(a, i));
      }
      try (Searcher searcher = new Searcher(indexer)) {
        searcher.refresh();
        for (Sort sort : Sort.values()) {
          for (String q : List.of("", "council", "budget OR water")) {
            SearchRequest first = new SearchRequest(q, null, DocType.ARTICLE, null, null, null, null, null, null, 37,
                null, sort, true);
            SearchResponse r = searcher.search(first);
            long total = r.total();
            assertTrue(r.totalExact());
            List<String> seen = new ArrayList<>();
            r.hits().forEach(h -> seen.add(h.id()));
            String cursor = r.cursor();
            LocalDate previous = null;
            while (cursor != null) {
              SearchResponse next = searcher.search(req(q, DocType.ARTICLE, sort, 37, cursor));
              for (SearchResponse.Hit h : next.hits()) {
                seen.add(h.id());
                if (sort == Sort.DATE && h.article().date() != null) {
                  LocalDate d = LocalDate.parse(h.article().date());
                  if (previous != null) assertTrue(!d.isAfter(previous), "newest first");
                  previous = d;
                }
              }
              cursor = next.cursor();
            }
            assertEquals(total, seen.size(), q + " " + sort);
            assertEquals(seen.size(), new HashSet<>(seen).size(), "no hit twice: " + q + " " + sort);
            List<String> exported = new ArrayList<>();
            long count = searcher.export(req(q, DocType.ARTICLE, sort, 10, null), h -> exported.add(h.id()));
            assertEquals(total, count);
            assertEquals(new HashSet<>(seen), new HashSet<>(exported));
          }
        }
        SearchResponse all = searcher.search(new SearchRequest("", null, DocType.ARTICLE, null, null, null, null, null,
            null, 10, null, null, true));
        assertEquals(n, all.total());
        // speaker facet sideways: selecting one speaker still lists all four
        SearchResponse one = searcher.search(new SearchRequest("", null, DocType.QUOTE, List.of("lea gagnon"), null,
            null, null, null, null, 10, null, null, true));
        assertEquals((n + 3) / 4, one.total());
        assertEquals(4, one.facets().get("speaker").size());
        assertEquals(Set.of("Léa Gagnon", "Omar Haddad", "Zoé Roy", "Paul Smith"),
            new HashSet<>(one.facets().get("speaker").stream().map(SearchResponse.FacetCount::value).toList()));
        long yearSum = one.facets().get("year").stream().mapToLong(SearchResponse.FacetCount::count).sum();
        assertEquals(one.total(), yearSum);
      }
    }
  }

  /** Polls until the condition holds or 5 s pass (behaviour, not timing, is asserted). */
  private static boolean eventually(BooleanSupplier c) throws InterruptedException {
    long end = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < end) {
      if (c.getAsBoolean()) return true;
      Thread.sleep(20);
    }
    return c.getAsBoolean();
  }

  private static long hits(Searcher s, String q) {
    try {
      return s.search(req(q, DocType.ARTICLE, null, 10, null)).total();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void addReplaceDeleteBecomeVisibleWithoutRestart() throws Exception {
    try (Indexer indexer = new Indexer(new ByteBuffersDirectory(), 16); Searcher searcher = new Searcher(indexer)) {
      long g0 = searcher.generation();
      Article a = Fixtures.article("live-1", "en", "Ferry timetable changes", "2024-05-01", "North Post", List.of(),
          "The ferry will leave earlier from June onwards.");
      indexer.index(a, List.of());
      assertTrue(eventually(() -> hits(searcher, "ferry") == 1), "added article becomes searchable");
      assertTrue(searcher.generation() != g0);
      Article replaced = Fixtures.article("live-1", "en", "Ferry timetable unchanged", "2024-05-02", "North Post",
          List.of(), "The schedule stays as it is, officials confirmed.");
      indexer.index(replaced, List.of());
      assertTrue(eventually(() -> hits(searcher, "schedule") == 1 && hits(searcher, "earlier") == 0),
          "replacement visible");
      assertEquals(1, hits(searcher, "ferry"));
      indexer.delete("live-1");
      assertTrue(eventually(() -> hits(searcher, "ferry") == 0), "deletion visible");
    }
  }
}
