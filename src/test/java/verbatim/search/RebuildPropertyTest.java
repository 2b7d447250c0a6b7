package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchRequest.Mode;
import verbatim.search.SearchRequest.Sort;

/**
 * An index rebuilt from the same corpus answers identically, whatever the number of indexing threads: the same
 * totals, hits in the same order with the same highlights and scores, the same facets, on random requests.
 */
class RebuildPropertyTest {
  @TempDir Path tmp;

  private static final String[] NAMES = {"Dana Wu", "Sam Reyes", "Léa Gagnon", "Omar Haddad"};
  private static final String[] TOPICS = {"footbridge", "ferry", "budget", "library", "tramway", "parc"};
  private static final String[] QUERIES = {"", "footbridge", "ferry OR budget", "\"before winter\"", "Wu", "Gagnon",
      "bibliothèque", "tramway -budget", "vote*", "speaker:\"Dana Wu\"", "lang:fr AND parc", "hiver"};

  @Test
  void twoBuildsOfOneCorpusAnswerEveryRequestTheSame() throws IOException {
    long seed = 7L;
    Random rnd = new Random(seed);
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (int f = 0; f < 4; f++) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 50; i++) lines.append(line(rnd, f + "-" + i));
      Files.writeString(corpus.resolve("part-" + f + ".jsonl"), lines);
    }
    Path one = build(corpus, tmp.resolve("one"), 1);
    Path two = build(corpus, tmp.resolve("two"), 2);
    try (Searcher a = Searcher.open(one); Searcher b = Searcher.open(two)) {
      for (int iteration = 0; iteration < 120; iteration++) {
        SearchRequest r = request(rnd);
        String what = "seed " + seed + ", iteration " + iteration + ": " + r;
        SearchResponse ra = a.search(r);
        SearchResponse rb = b.search(r);
        assertEquals(ra.total(), rb.total(), what);
        assertEquals(ra.hits(), rb.hits(), what);
        assertEquals(ra.facets(), rb.facets(), what);
        assertEquals(ra.cursor() == null, rb.cursor() == null, what);
      }
    }
  }

  private static String line(Random rnd, String id) {
    boolean fr = rnd.nextInt(3) == 0;
    String topic = TOPICS[rnd.nextInt(TOPICS.length)];
    String name = NAMES[rnd.nextInt(NAMES.length)];
    String text = fr
        ? "Le conseil a voté sur le dossier " + topic + " " + id + ". « Nous finirons avant l’hiver », a déclaré "
            + name + ". La bibliothèque attendra."
        : "The council voted on the " + topic + " item " + id + ". “We will finish before winter,” said " + name
            + ". The library will wait.";
    return "{\"id\":\"r" + id + "\",\"title\":\"" + topic + " " + id + "\",\"date\":\"2024-0" + (1 + rnd.nextInt(9))
        + "-1" + rnd.nextInt(10) + "\",\"text\":\"" + text + "\"}\n";
  }

  private static Path build(Path corpus, Path dir, int threads) throws IOException {
    try (Indexer indexer = Indexer.open(dir)) {
      CorpusIndexer.Report r = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), threads)
          .run(corpus, null);
      assertEquals(200, r.indexed(), r.failures().toString());
      assertTrue(indexer.committedSegments() == 1);
    }
    return dir;
  }

  private static SearchRequest request(Random rnd) {
    DocType[] types = DocType.values();
    String q = QUERIES[rnd.nextInt(QUERIES.length)];
    Mode mode = q.contains(":") || rnd.nextBoolean() ? Mode.ADVANCED : Mode.SIMPLE;
    return new SearchRequest(q, mode, types[rnd.nextInt(types.length)], List.of(), null, null, null, null, null,
        1 + rnd.nextInt(30), null, rnd.nextBoolean() ? Sort.DATE : Sort.RELEVANCE, true);
  }
}
