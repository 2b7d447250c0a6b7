package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHitCountCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import verbatim.extract.Quote;
import verbatim.index.BilingualAnalyzer;
import verbatim.index.Indexer;
import verbatim.index.Schema;
import verbatim.ingest.Article;

/**
 * A first page of distinct quotes from the counting pass ({@link DistinctTop}, {@link RankedPages#distinct}) is
 * the page a deep first-pass fetch and the collapse give ({@link RankedPages#collapse}), on one slice or several,
 * with or without the rescored window, for every page size; when a group's best hit is not the copy the collapser
 * keeps (its copies do not score alike) it gives no page, and the caller collapses as before.
 */
class DistinctPageTest {
  private static final int QUOTES = 14;
  private static final int COPIES = 9;
  private static Indexer indexer;
  private static DirectoryReader reader;
  private static CopyGroups.Table groups;
  private static ExecutorService pool;
  private static final BilingualAnalyzer analyzer = new BilingualAnalyzer();

  @BeforeAll
  static void index() throws IOException {
    indexer = new Indexer(new ByteBuffersDirectory(), 16);
    for (int c = 0; c < COPIES; c++) {
      for (int q = 0; q < QUOTES; q++) {
        // some quotes are copied less often, some once; texts of equal length tie on score
        if (c > 0 && q % 5 == 4 || c > 3 && q % 3 == 0) continue;
        String words = "The lighthouse keeper " + (char) ('a' + q) + "lan will paint the tower " + "red ".repeat(q % 3)
            + "next spring";
        Article a = Fixtures.article(String.format(Locale.ROOT, "a%02d-c%d", q, c), "en", "Coast " + q,
            "2024-05-" + String.format(Locale.ROOT, "%02d", 1 + c), "Wire", List.of(),
            "\u201c" + words + ",\u201d said Ida Roan.");
        indexer.index(a, List.of(Fixtures.quote(a, words, "Ida Roan", null, Quote.Kind.DIRECT)));
      }
    }
    indexer.delete("a01-c2");
    indexer.writer().commit();
    reader = DirectoryReader.open(indexer.writer());
    groups = new CopyGroups().table(reader);
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void close() throws IOException {
    pool.shutdown();
    reader.close();
    indexer.close();
    analyzer.close();
  }

  /** One slice, or slices of a few documents each (a group's copies spread over them). */
  private static List<IndexSearcher> searchers() {
    IndexSearcher sliced = new IndexSearcher(reader, pool) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return IndexSearcher.slices(leaves, 7, 1, true);
      }
    };
    return List.of(new IndexSearcher(reader), sliced);
  }

  private static Query text(String words) {
    return new QueryTranslator(analyzer).translate(words, SearchRequest.Mode.SIMPLE, SearchRequest.DocType.QUOTE)
        .query();
  }

  /** Counts nothing: the pass's facet counting stands aside. */
  private static final class NoCounts implements CollectorManager<TotalHitCountCollector, Integer> {
    @Override
    public TotalHitCountCollector newCollector() {
      return new TotalHitCountCollector();
    }

    @Override
    public Integer reduce(Collection<TotalHitCountCollector> collectors) {
      return collectors.stream().mapToInt(TotalHitCountCollector::getTotalHits).sum();
    }
  }

  /** The page from the counting pass, or null when it gives none. */
  private static RankedPages.Shown distinct(IndexSearcher s, Query q, Query bonus, int want) throws IOException {
    DistinctTop.Result<Integer> pass = s.search(q, new DistinctTop<>(new NoCounts(), groups, WindowRescorer.WINDOW, want));
    ScoreDoc[] window = bonus == null ? new ScoreDoc[0] : WindowRescorer.rescore(s, bonus, pass.hits());
    return RankedPages.distinct(pass.hits(), window, pass, new CopyCollapser(s, q), want);
  }

  /** The page a deep first fetch and the collapse give. */
  private static RankedPages.Shown collapsed(IndexSearcher s, Query q, Query bonus, int want) throws IOException {
    Sort sort = RequestFilters.sort(SearchRequest.Sort.RELEVANCE);
    TopFieldDocs top = s.search(q, new TopFieldCollectorManager(sort, 1000, null, Integer.MAX_VALUE));
    RankedPages.Ranked ranked = RankedPages.ranked(s, q, bonus, sort, top, bonus != null, null, 1000, want);
    return RankedPages.collapse(s, q, sort, ranked, new CopyCollapser(s, q), want);
  }

  private static void assertSamePage(RankedPages.Shown expected, RankedPages.Shown actual, String what) {
    assertArrayEquals(Arrays.stream(expected.docs()).mapToInt(d -> d.doc).toArray(),
        Arrays.stream(actual.docs()).mapToInt(d -> d.doc).toArray(), what);
    assertEquals(expected.rescored(), actual.rescored(), what);
    assertEquals(Arrays.asList(expected.alsoIn()), Arrays.asList(actual.alsoIn()), what);
    for (int i = 0; i < expected.docs().length; i++) {
      Object[] e = ((org.apache.lucene.search.FieldDoc) expected.docs()[i]).fields;
      assertArrayEquals(e, ((org.apache.lucene.search.FieldDoc) actual.docs()[i]).fields, what + " fields " + i);
    }
  }

  @Test
  void givesThePageTheCollapseGives() throws IOException {
    record Row(String query, String bonus) {}
    List<Row> rows = List.of(
        new Row("lighthouse keeper", null),
        new Row("paint red tower", null),
        new Row("paint red tower", "red"),
        new Row("keeper spring", "\"keeper clan\""),
        new Row("tower", "lighthouse"));
    for (Row row : rows) {
      for (IndexSearcher s : searchers()) {
        for (int want : new int[] {1, 2, 4, 11, 30}) {
          Query q = text(row.query());
          Query bonus = row.bonus() == null ? null : text(row.bonus());
          String what = row + " want " + want + " slices " + s.getSlices().length;
          RankedPages.Shown page = distinct(s, q, bonus, want);
          assertNotNull(page, what);
          assertSamePage(collapsed(s, q, bonus, want), page, what);
        }
      }
    }
  }

  @Test
  void givesNoPageWhenACopyOutscoresTheOneKept() throws IOException {
    // a later copy of the best quote scores higher: the group's best hit is not the copy the collapser keeps
    Query q = new BooleanQuery.Builder().add(text("lighthouse keeper"), Occur.MUST)
        .add(new BoostQuery(new TermQuery(new Term(Schema.ARTICLE_ID, "a02-c3")), 5f), Occur.SHOULD).build();
    for (IndexSearcher s : searchers()) {
      List<Integer> shown = new ArrayList<>();
      for (ScoreDoc d : collapsed(s, q, null, 3).docs()) shown.add(d.doc);
      assertEquals(3, shown.size());
      assertNull(distinct(s, q, null, 3), "slices " + s.getSlices().length);
    }
  }
}
