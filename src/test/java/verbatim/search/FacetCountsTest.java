package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import verbatim.extract.Quote;
import verbatim.index.Indexer;
import verbatim.index.Schema;
import verbatim.ingest.Article;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.text.Folding;

/**
 * Facet counts and totals of quote searches against a brute-force count over the generated records: several
 * segments, deletions and replacements between refreshes, more speakers than a byte holds, more months than
 * the month facet lists, ties, filters on every filterable dimension (drill-sideways).
 */
class FacetCountsTest {
  private static final String[] FILLER = {"council", "budget", "water", "housing", "transit", "harbour"};
  /** Nonsense words no analyser changes into another word of the corpus: their matches are known exactly. */
  private static final String[] MARKERS = {"zorblak", "quintor"};
  private static final String[] OUTLETS = {"North Post", "Le Soleil", "Écho du Sud"};
  private static final Quote.Kind[] KINDS = Quote.Kind.values();

  /** One quote record as indexed, with the facet values the brute force counts. */
  private record Rec(String text, String speaker, String lang, String outlet, String kind, String year, String month) {
    String value(String dim) {
      return switch (dim) {
        case "speaker" -> speaker == null ? null : Folding.key(speaker);
        case "lang" -> lang;
        case "outlet" -> outlet;
        case "kind" -> kind;
        case "year" -> year;
        case "month" -> month;
        default -> throw new IllegalArgumentException(dim);
      };
    }
  }

  private final Random random = new Random(20261128);
  /** The corpus as it should be in the index: article id → its quote records. */
  private final Map<String, List<Rec>> corpus = new LinkedHashMap<>();

  private int quoteCount;

  /** Speaker n ("Élise Person0", "Zoë Person1", "Paul Person2"…): up to 400, some accented. */
  private static String speaker(int n) {
    return (n % 7 == 0 ? "Élise " : n % 7 == 1 ? "Zoë " : "Paul ") + "Person" + n;
  }

  private void index(Indexer indexer, String id) throws IOException {
    String lang = random.nextInt(3) == 0 ? "fr" : "en";
    String outlet = random.nextInt(5) == 0 ? null : OUTLETS[random.nextInt(OUTLETS.length)];
    LocalDate date = random.nextInt(6) == 0 ? null : LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
    int quotes = 1 + random.nextInt(3);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < quotes; i++) {
      StringBuilder t = new StringBuilder("Quote " + i + " of " + id.replace('-', ' ') + " about the "
          + FILLER[random.nextInt(FILLER.length)]);
      for (String m : MARKERS) if (random.nextInt(3) == 0) t.append(' ').append(m);
      texts.add(t.toString());
    }
    Article a = Fixtures.article(id, lang, "Title " + id, date == null ? null : date.toString(), outlet, List.of(),
        texts.stream().map(t -> "\u00ab " + t + " \u00bb, said someone.").toArray(String[]::new));
    List<Quote> qs = new ArrayList<>();
    List<Rec> recs = new ArrayList<>();
    int from = 0;
    for (String t : texts) {
      // every other quote by the next of many speakers (small counts, ties), the others skewed (speaker 0 the
      // most quoted); some quotes have no speaker
      int k = quoteCount++;
      String who = random.nextInt(8) == 0 ? null
          : speaker(k % 2 == 0 ? k / 2 % 400 : (int) Math.min(399, Math.abs(random.nextGaussian()) * 30));
      Quote.Kind kind = KINDS[random.nextInt(KINDS.length)];
      Quote q = Fixtures.quote(a, t, who, null, kind, from);
      from = q.end();
      qs.add(q);
      recs.add(new Rec(t, who, lang, outlet, kind.label(), date == null ? null : date.toString().substring(0, 4),
          date == null ? null : date.toString().substring(0, 7)));
    }
    indexer.index(a, qs);
    corpus.put(id, recs);
  }

  private static SearchRequest request(String q, List<String> speakers, String lang, String outlet, String kind) {
    return new SearchRequest(q, null, SearchRequest.DocType.QUOTE, speakers, lang, outlet, kind, null, null, 10, null,
        null, false);
  }

  /** The requests checked: text matches with and without filters on each filterable dimension. */
  private List<SearchRequest> requests() {
    List<SearchRequest> out = new ArrayList<>();
    for (String q : List.of("", "zorblak", "quintor", "zorblak quintor")) {
      out.add(request(q, null, null, null, null));
      out.add(request(q, List.of(speaker(0)), null, null, null));
      out.add(request(q, List.of(speaker(1), Folding.key(speaker(3))), "fr", null, null));
      out.add(request(q, null, "en", OUTLETS[2], "direct"));
      out.add(request(q, List.of(speaker(2)), null, OUTLETS[0], "partial"));
    }
    return out;
  }

  private static boolean textMatches(String q, Rec r) {
    if (q.isEmpty()) return true;
    for (String word : q.split(" ")) if (r.text().contains(word)) return true;
    return false;
  }

  /** Whether {@code r} passes the request's filter on {@code dim} (true when it has none). */
  private static boolean passes(SearchRequest req, Rec r, String dim) {
    return switch (dim) {
      case "speaker" -> req.speakers().isEmpty()
          || req.speakers().stream().anyMatch(s -> Folding.key(s).equals(r.value("speaker")));
      case "lang" -> req.lang() == null || req.lang().equals(r.lang());
      case "outlet" -> req.outlet() == null || req.outlet().equals(r.outlet());
      case "kind" -> req.kind() == null || req.kind().equals(r.kind());
      default -> true;
    };
  }

  /** Brute force: the total and every facet as the response must show it. */
  private SearchResponse expected(SearchRequest req) {
    // labels (quote-marked names, no speech) are never quote hits
    List<Rec> all = corpus.values().stream().flatMap(List::stream).filter(r -> !r.kind().equals("label")).toList();
    Predicate<Rec> text = r -> textMatches(req.query(), r);
    Function<String, Predicate<Rec>> allBut = skip -> r -> {
      for (String d : List.of("speaker", "lang", "outlet", "kind")) if (!d.equals(skip) && !passes(req, r, d)) return false;
      return true;
    };
    long total = all.stream().filter(text.and(allBut.apply(null))).count();
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String dim : List.of("speaker", "lang", "outlet", "kind", "year", "month")) {
      // a dimension the request filters on is counted without its own filter (drill-sideways)
      Predicate<Rec> counted = text.and(allBut.apply(dim));
      Map<String, Long> counts = new HashMap<>();
      Map<String, String> display = new HashMap<>();
      for (Rec r : all) {
        String v = r.value(dim);
        if (v == null || !counted.test(r)) continue;
        counts.merge(v, 1L, Long::sum);
        display.put(v, dim.equals("speaker") ? r.speaker() : v);
      }
      List<String> order = new ArrayList<>(counts.keySet());
      // Lucene's order: most hits first, ties by label in UTF-8 byte order
      order.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(v -> new BytesRef(v)));
      List<FacetCount> shown = new ArrayList<>();
      for (String v : order.subList(0, Math.min(order.size(), dim.equals("month") ? 36 : 20))) {
        shown.add(new FacetCount(display.get(v), counts.get(v)));
      }
      if (dim.equals("year") || dim.equals("month")) shown.sort(Comparator.comparing(FacetCount::value).reversed());
      facets.put(dim, shown);
    }
    return new SearchResponse(total, true, List.of(), facets, null, null, false);
  }

  private void check(Searcher searcher) throws IOException {
    int nonEmpty = 0;
    for (SearchRequest req : requests()) {
      SearchResponse want = expected(req);
      SearchResponse got = searcher.search(req);
      String what = req.query() + " " + req.speakers() + " " + req.lang() + " " + req.outlet() + " " + req.kind();
      assertEquals(want.total(), got.total(), what);
      assertTrue(got.totalExact(), what);
      assertEquals(want.facets(), got.facets(), what);
      if (want.total() > 0) nonEmpty++;
    }
    assertTrue(nonEmpty >= 15, "most requests must match something, or the check proves little: " + nonEmpty);
    // the speaker directory counts every quote of the index
    Map<String, Long> speakers = new HashMap<>();
    for (List<Rec> recs : corpus.values()) {
      for (Rec r : recs) if (r.speaker() != null && !r.kind().equals("label")) speakers.merge(r.speaker(), 1L, Long::sum);
    }
    Map<String, Long> listed = new HashMap<>();
    for (FacetCount c : searcher.speakers("", 10_000)) listed.put(c.value(), c.count());
    assertEquals(speakers, listed);
  }

  @Test
  void countsAndTotalsMatchABruteForceCountAcrossRefreshes() throws IOException {
    try (Indexer indexer = new Indexer(new ByteBuffersDirectory(), 16); Searcher searcher = new Searcher(indexer)) {
      for (int batch = 0; batch < 3; batch++) {
        for (int i = 0; i < 120; i++) index(indexer, "a-" + batch + "-" + i);
        searcher.refresh(); // each refresh adds a segment; earlier segments' columns are reused
      }
      assertTrue(corpus.values().stream().flatMap(List::stream).map(Rec::speaker).distinct().count() > 256,
          "more speakers than a byte column holds");
      check(searcher);
      // replacements and deletions: old records must no longer count, new speakers and months appear
      for (int i = 0; i < 40; i++) index(indexer, "a-0-" + i);
      for (int i = 40; i < 70; i++) {
        indexer.delete("a-1-" + i);
        corpus.remove("a-1-" + i);
      }
      for (int i = 0; i < 50; i++) index(indexer, "b-" + i);
      searcher.refresh();
      check(searcher);
    }
  }

  @Test
  void slicesSearchedInParallelAddUpToTheSameCounts() throws Exception {
    try (Indexer indexer = new Indexer(new ByteBuffersDirectory(), 16)) {
      for (int batch = 0; batch < 3; batch++) {
        for (int i = 0; i < 60; i++) index(indexer, "p-" + batch + "-" + i);
        indexer.writer().flush();
      }
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try (DirectoryReader reader = DirectoryReader.open(indexer.writer())) {
        assertTrue(reader.leaves().size() >= 3, "one segment per batch");
        FacetCounter.Table table = new FacetCounter().table(reader);
        IndexSearcher one = new IndexSearcher(reader);
        IndexSearcher sliced = new IndexSearcher(reader, pool) {
          @Override
          protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            // each segment in two halves, each half its own slice (and collector)
            List<LeafSlice> out = new ArrayList<>();
            for (LeafReaderContext l : leaves) {
              int half = l.reader().maxDoc() / 2;
              out.add(new LeafSlice(List.of(LeafReaderContextPartition.createFromAndTo(l, 0, half))));
              out.add(new LeafSlice(List.of(LeafReaderContextPartition.createFromAndTo(l, half, l.reader().maxDoc()))));
            }
            return out.toArray(LeafSlice[]::new);
          }
        };
        assertTrue(sliced.getSlices().length >= 6);
        List<String> dims = List.of("speaker", "lang", "outlet", "kind", "year", "month");
        // quotes as search counts them: labels left out
        Query quotes = new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_QUOTE)), Occur.MUST)
            .add(new TermQuery(new Term(Schema.KIND, "label")), Occur.MUST_NOT).build();
        FacetCounter.Tally a = one.search(quotes, table.counting(dims));
        FacetCounter.Tally b = sliced.search(quotes, table.counting(dims));
        assertEquals(corpus.values().stream().flatMap(List::stream).filter(r -> !r.kind().equals("label")).count(),
            a.hits());
        assertEquals(a.hits(), b.hits());
        for (String dim : dims) assertEquals(table.all(a, dim), table.all(b, dim), dim);
        assertEquals(expected(request("", null, null, null, null)).facets().get("speaker"),
            table.top(b, "speaker", 20).stream().map(c -> new FacetCount(display(c.value()), c.count())).toList());
      } finally {
        pool.shutdown();
      }
    }
  }

  /** The display name of a speaker key in the generated corpus. */
  private String display(String key) {
    for (List<Rec> recs : corpus.values())
      for (Rec r : recs) if (r.speaker() != null && Folding.key(r.speaker()).equals(key)) return r.speaker();
    return key;
  }

  @Test
  void labelOrderIsUtf8ByteOrder() {
    List<String> labels = List.of("a", "b", "ab", "é", "e", "\uFB01", "\uD83D\uDE00", "\uFFFD", "z\uD83D\uDE00", "z\uE000",
        "");
    for (String a : labels) {
      for (String b : labels) {
        int want = Integer.signum(new BytesRef(a.getBytes(StandardCharsets.UTF_8)).compareTo(
            new BytesRef(b.getBytes(StandardCharsets.UTF_8))));
        assertEquals(want, Integer.signum(FacetCounter.compareUtf8(a, b)), a + " vs " + b);
      }
    }
  }

  @Test
  void columnsUseTheNarrowestTypeAndCountEveryListedDocument() {
    for (int maxId : new int[] {3, 255, 256, 65_535, 65_536}) {
      FacetCounter.Column c = FacetCounter.Column.of(maxId, 5);
      assertEquals(maxId <= 255 ? 5 : maxId <= 65_535 ? 10 : 20, c.bytes(), "bytes for max id " + maxId);
      c.set(0, maxId);
      c.set(2, maxId);
      c.set(3, 1);
      int[] counts = new int[maxId + 1];
      c.count(new int[] {0, 1, 2, 3, 4, 2}, 5, counts); // the sixth entry is past n: not counted
      assertEquals(2, counts[maxId], "max id " + maxId);
      assertEquals(1, counts[1]);
      assertEquals(2, counts[0], "documents without a value count under id 0");
    }
  }
}
