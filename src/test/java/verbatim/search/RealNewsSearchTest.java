package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.index.Schema;
import verbatim.ingest.CorpusReader;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.search.SearchResponse.Hit;
import verbatim.text.Folding;

/**
 * Quote search used as people use it, on a fixed sample of real news: the shipped first article, the Quebec press
 * corpus and the first 3,000 Reuters records from ../shared (copied to a temporary folder, indexed once with the
 * real reader and extractor). Speakers are picked from the sample's own speaker list, so the test follows what
 * the extractor finds. Skipped, with a message, when ../shared is absent.
 */
class RealNewsSearchTest {
  private static final Path SHARED = Path.of(System.getProperty("verbatim.shared", "../shared"));
  private static final Path BASE = Path.of(System.getProperty("verbatim.basedir", "."));
  private static final int REUTERS_LINES = 3000;

  @TempDir
  static Path tmp;
  private static Indexer indexer;
  private static Searcher searcher;

  @BeforeAll
  static void indexSample() throws IOException {
    Path quebec = SHARED.resolve("corpora/quebec-press/quebec-press-fr.jsonl");
    Path reuters = SHARED.resolve("corpora/reuters21578/reuters21578.jsonl");
    if (!Files.isRegularFile(quebec) || !Files.isRegularFile(reuters)) {
      System.err.println("RealNewsSearchTest SKIPPED: " + SHARED.toAbsolutePath() + " has no quebec-press or reuters21578"
          + " corpus (../shared absent)");
      Assumptions.abort("../shared absent: skipping quote search on real news");
    }
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (Stream<Path> shipped = Files.list(BASE.resolve("corpus"))) {
      for (Path p : shipped.toList()) Files.copy(p, corpus.resolve(p.getFileName()));
    }
    Files.copy(quebec, corpus.resolve("quebec-press-fr.jsonl"));
    try (BufferedReader in = Files.newBufferedReader(reuters, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(corpus.resolve("reuters-head.jsonl"), StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null && n < REUTERS_LINES; line = in.readLine(), n++) {
        out.write(line);
        out.newLine();
      }
    }
    indexer = new Indexer(new ByteBuffersDirectory(), 64);
    CorpusIndexer.Report r = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 2).run(corpus, null);
    assertTrue(r.indexed() > 3000, "the sample indexes: " + r);
    searcher = new Searcher(indexer);
    searcher.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    if (searcher != null) searcher.close();
    if (indexer != null) indexer.close();
  }

  private static SearchRequest quotes(String q, List<String> speakers, int size) {
    return new SearchRequest(q, null, DocType.QUOTE, speakers, null, null, null, null, null, size, null, null, false);
  }

  private static SearchResponse search(String q) throws IOException {
    return searcher.search(quotes(q, null, 10));
  }

  /** The most quoted speakers whose name is two capitalised words, most quoted first. */
  private static List<FacetCount> namedSpeakers(int n) throws IOException {
    List<FacetCount> out = new ArrayList<>();
    for (FacetCount c : searcher.speakers("", 500)) {
      String[] words = c.value().split(" ");
      if (words.length == 2 && KnownSpeakers.personLike(c.value()) && c.count() >= 3
          && Character.isUpperCase(words[0].codePointAt(0))) out.add(c);
      if (out.size() == n) break;
    }
    assertEquals(n, out.size(), "the sample has " + n + " named speakers");
    return out;
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /** A name as people type it: no accents, lower case. */
  private static String typed(String name) {
    return Folding.fold(name);
  }

  @Test
  void aNameQueryPutsThatSpeakersQuotesFirst() throws IOException {
    List<FacetCount> speakers = new ArrayList<>(namedSpeakers(3));
    speakers.add(new FacetCount("Éric Caire", 7)); // the shipped article's minister, whose name is also a city's
    for (FacetCount sp : speakers) {
      for (String q : List.of(typed(sp.value()), surname(sp.value()))) {
        SearchResponse r = search(q);
        if (q.equals(surname(sp.value())) && r.speakerMatch() == null) continue; // a surname two people share
        assertNotNull(r.speakerMatch(), q);
        assertEquals(sp.value(), r.speakerMatch().name(), q);
        int first = (int) Math.min(10, Math.min(sp.count(), r.speakerMatch().count()));
        for (int i = 0; i < first; i++) {
          Hit h = r.hits().get(i);
          assertTrue(h.speaker() != null && Folding.key(h.speaker().name()).endsWith(Folding.key(surname(sp.value()))),
              q + ": hit " + i + " is by " + (h.speaker() == null ? null : h.speaker().name()));
        }
      }
    }
    // the words alone on request: no speaker comes first
    SearchResponse words = searcher.search(quotes("eric caire", null, 10).withSpeakerMatch(false));
    assertNull(words.speakerMatch());
  }

  @Test
  void aSurnameFilterMatchesTheSpeaker() throws IOException {
    for (FacetCount sp : namedSpeakers(3)) {
      String surname = typed(surname(sp.value())).toUpperCase(java.util.Locale.ROOT);
      SearchResponse r;
      try {
        r = searcher.search(quotes("", List.of(surname), 10));
      } catch (SearchException e) {
        assertEquals("ambiguous_speaker", e.code(), surname);
        assertTrue(e.details().get("candidates") instanceof List<?> l && l.size() > 1, surname);
        continue;
      }
      assertTrue(r.total() >= sp.count(), surname + ": " + r.total() + " < " + sp.count());
      for (Hit h : r.hits()) assertTrue(Folding.key(h.speaker().name()).endsWith(Folding.key(surname)), surname);
    }
    SearchResponse caire = searcher.search(quotes("", List.of("caire"), 10));
    // 6: the fragment "is a gateway" is found as the English indirect quote that holds it (ClauseFragments).
    assertEquals(6, caire.total());
  }

  @Test
  void theDefaultModeHonoursBooleansExclusionsAndPhrases() throws IOException {
    long any = search("tiktok preventive").total();
    long both = search("tiktok AND preventive").total();
    assertTrue(both >= 1 && both < any, both + " hits with AND, " + any + " with either word");
    assertEquals("advanced", search("tiktok AND preventive").queryMode());
    for (Hit h : search("tiktok -preventive").hits()) assertFalse(Folding.fold(h.text()).contains("preventive"), h.text());
    for (Hit h : search("tiktok NOT preventive").hits()) assertFalse(Folding.fold(h.text()).contains("preventive"), h.text());
    SearchResponse phrase = search("\"gilets jaunes\"");
    assertTrue(phrase.total() > 10);
    for (Hit h : phrase.hits()) assertTrue(Folding.key(h.text()).matches(".*\\bgilets? jaunes?\\b.*"), h.text());
    assertTrue(search("speaker:caire").total() >= 7);
    assertTrue(search("lang:fr").hits().stream().allMatch(h -> h.article().language().equals("fr")));
    SearchException e = assertThrows(SearchException.class, () -> search("tiktok AND ("));
    assertEquals("query_syntax", e.code());
    assertEquals(12, e.details().get("position"));
  }

  @Test
  void noBareLabelInTheTopTenOfALabelQuery() throws IOException {
    for (String q : List.of("gilets jaunes", "Macron démission")) {
      for (Hit h : search(q).hits()) assertTrue(Schema.wordCount(h.text()) > 2, q + ": bare label «" + h.text() + "»");
    }
  }

  @Test
  void aQuoteShowsOnceInTheTopTenWithItsCopiesCounted() throws IOException {
    boolean copies = false;
    for (String q : List.of("dollar", "gilets jaunes", "Macron", "trade", "oil prices", "Trudeau")) {
      SearchResponse r = search(q);
      Set<String> seen = new HashSet<>();
      for (Hit h : r.hits()) {
        String who = h.speaker() == null ? "" : Folding.key(h.speaker().name());
        assertTrue(seen.add(who + "|" + Folding.key(h.text())), q + ": «" + h.text() + "» twice");
        copies |= h.alsoIn() != null && h.alsoIn().count() > 0;
      }
      assertNotNull(r.distinct(), q);
      assertTrue(r.distinct() <= r.total(), q);
    }
    assertTrue(copies, "wire copy is shown as 'also in N articles'");
  }

  @Test
  void pagesAndExportShowEachQuoteOnceInTheSameOrder() throws IOException {
    List<String> paged = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 4; page++) {
      SearchRequest req = new SearchRequest("dollar", null, DocType.QUOTE, null, null, null, null, null, null, 7, cursor,
          null, false);
      SearchResponse r = searcher.search(req);
      for (Hit h : r.hits()) paged.add(h.id());
      cursor = r.cursor();
      if (cursor == null) break;
    }
    List<String> exported = new ArrayList<>();
    searcher.export(quotes("dollar", null, 10), h -> exported.add(h.id()));
    assertEquals(new HashSet<>(paged).size(), paged.size(), "no hit twice across pages");
    assertEquals(exported.subList(0, paged.size()), paged);
  }
}
