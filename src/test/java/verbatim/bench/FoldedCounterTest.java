package verbatim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.extract.Quote;
import verbatim.index.Indexer;
import verbatim.ingest.Article;
import verbatim.search.Fixtures;

/** The like-for-like count reads the index's current text fields (a renamed field once made it count 0). */
class FoldedCounterTest {
  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void countsArticlesWithEveryTermInTheirLanguage() throws IOException {
    try (Indexer indexer = Indexer.open(dir)) {
      for (Object[] aq : Fixtures.bilingual()) indexer.index((Article) aq[0], (List<Quote>) aq[1]);
      indexer.commit();
    }
    try (FoldedCounter counter = new FoldedCounter(dir)) {
      // English stemming: "phones" is in en-1's title and body only
      assertEquals(1, counter.count(query("single", "phones")));
      // French records only (the English reading of an accented word is not an English word here)
      assertEquals(2, counter.count(query("single", "sécurité")));
      assertEquals(1, counter.count(query("phrase", "video", "app")));
      assertEquals(1, counter.count(query("and", "government", "phones")));
      // a word no record holds
      assertEquals(0, counter.count(query("single", "nonexistentword")));
    }
  }

  private static BenchQuery query(String type, String... terms) {
    return new BenchQuery("q", "en", type, List.of(terms), String.join(" ", terms));
  }
}
