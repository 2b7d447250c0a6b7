package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import verbatim.extract.Quote;
import verbatim.index.Indexer;
import verbatim.ingest.Article;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchRequest.Sort;

/**
 * Properties of paging, checked on random requests (seeded: a failure names its seed and request): cursor paging
 * with any page size returns every hit once, in the order of the export, and the export is the concatenation of
 * the pages, with as many hits as the exact total.
 */
class PagingPropertyTest {
  private static final String[] WORDS = {"budget", "council", "harbour", "school", "transit", "housing", "water"};
  private static final String[] PEOPLE = {"Léa Gagnon", "Omar Haddad", "Zoé Roy", "Paul Smith"};
  private static final String[] QUERIES = {"", "council", "budget OR water", "harbour school", "\"remains our priority\"",
      "conseil", "-budget", "Gagnon", "priorité", "transit housing water", "numéro", "nothingmatches"};

  /** Article n: topic words, a date spread over two years (many share one), a quote or two by four people. */
  private static Article article(Random rnd, int n) {
    String w1 = WORDS[rnd.nextInt(WORDS.length)];
    String w2 = WORDS[rnd.nextInt(WORDS.length)];
    String lang = rnd.nextInt(3) == 0 ? "fr" : "en";
    String para = lang.equals("fr")
        ? "Le conseil a discuté du dossier " + w1 + " et " + w2 + " numéro " + n + "."
        : "The council discussed the " + w1 + " and " + w2 + " file number " + n + ".";
    String quoted = lang.equals("fr") ? "Le " + w1 + " reste notre priorité" : "The " + w1 + " remains our priority";
    return Fixtures.article("p-" + n, lang, "Item " + w2, LocalDate.of(2022, 1, 1).plusDays(rnd.nextInt(40)).toString(),
        rnd.nextBoolean() ? "North Post" : "South Post", rnd.nextInt(4) == 0 ? List.of("Read also: " + w1) : List.of(),
        para, quoted + ", said the official.");
  }

  private static List<Quote> quotes(Random rnd, Article a) {
    String text = a.paragraphs().get(1).text();
    String q = text.substring(0, text.indexOf(','));
    return List.of(Fixtures.quote(a, q, PEOPLE[rnd.nextInt(PEOPLE.length)], null, Quote.Kind.DIRECT));
  }

  @Test
  void pagesOfAnySizeVisitEveryHitOnceInExportOrder() throws IOException {
    long seed = 20261207L;
    Random rnd = new Random(seed);
    try (Indexer indexer = new Indexer(new ByteBuffersDirectory(), 16)) {
      for (int i = 0; i < 400; i++) {
        Article a = article(rnd, i);
        indexer.index(a, quotes(rnd, a));
        if (i % 97 == 0) indexer.commit(); // several segments, as an index with admin writes has
      }
      indexer.commit();
      try (Searcher searcher = new Searcher(indexer)) {
        searcher.refresh();
        for (int iteration = 0; iteration < 80; iteration++) {
          SearchRequest r = randomRequest(rnd);
          String what = "seed " + seed + ", iteration " + iteration + ": " + r;
          List<String> exported = new ArrayList<>();
          long n = searcher.export(r, h -> exported.add(h.id()));
          assertEquals(exported.size(), n, what);
          assertEquals(exported.size(), new HashSet<>(exported).size(), "export repeats a hit: " + what);
          List<String> paged = new ArrayList<>();
          long total = -1;
          Long distinct = null;
          String cursor = null;
          for (int page = 0; page < 1000; page++) {
            SearchResponse resp = searcher.search(withCursor(r, cursor));
            if (total < 0) {
              total = resp.total();
              distinct = resp.distinct();
            }
            assertEquals(total, resp.total(), "the total changes between pages: " + what);
            resp.hits().forEach(h -> paged.add(h.id()));
            cursor = resp.cursor();
            if (cursor == null) break;
            assertEquals(r.size(), resp.hits().size(), "a page before the last is full: " + what);
          }
          assertEquals(exported, paged, "pages concatenated = export: " + what);
          // Wire copies collapse into one hit (SearchResponse.distinct); without copies distinct is the total.
          long shown = distinct != null ? distinct : total;
          assertEquals(shown, paged.size(), "every hit once (exact total, or distinct when copies collapse): " + what);
        }
      }
    }
  }

  private static SearchRequest randomRequest(Random rnd) {
    DocType[] types = DocType.values();
    String lang = switch (rnd.nextInt(3)) {
      case 0 -> "en";
      case 1 -> "fr";
      default -> null;
    };
    LocalDate from = rnd.nextInt(4) == 0 ? LocalDate.of(2022, 1, 1).plusDays(rnd.nextInt(20)) : null;
    List<String> speakers = rnd.nextInt(4) == 0 ? List.of(PEOPLE[rnd.nextInt(PEOPLE.length)]) : List.of();
    int size = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(5) : 1 + rnd.nextInt(SearchRequest.MAX_SIZE);
    return new SearchRequest(QUERIES[rnd.nextInt(QUERIES.length)], null, types[rnd.nextInt(types.length)], speakers,
        lang, null, null, from, null, size, null, rnd.nextBoolean() ? Sort.DATE : Sort.RELEVANCE, true);
  }

  private static SearchRequest withCursor(SearchRequest r, String cursor) {
    return new SearchRequest(r.query(), r.mode(), r.type(), r.speakers(), r.lang(), r.outlet(), r.kind(), r.from(),
        r.to(), r.size(), cursor, r.sort(), r.exact(), r.facets(), r.highlight());
  }

}
