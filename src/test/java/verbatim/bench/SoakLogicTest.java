package verbatim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import verbatim.extract.Quote;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.Article;
import verbatim.ingest.CorpusReader;
import verbatim.ingest.JsonLinesReader;
import verbatim.text.LanguageDetector;

/** The soak's own logic: its invented articles, the fixed-size pool its writes keep, its trend verdict. No timing. */
class SoakLogicTest {

  @Test
  void soakArticlesAreDistinctReadableAndQuotedWithSmallCopyGroups() throws IOException {
    List<Article> articles = read(0, 400);
    assertEquals(400, articles.size(), "every line is an article");
    assertEquals(400, articles.stream().map(Article::text).distinct().count(), "texts are distinct");
    assertTrue(articles.stream().anyMatch(a -> "fr".equals(a.language())), "some are French");
    assertTrue(articles.stream().anyMatch(a -> "en".equals(a.language())), "some are English");
    QuoteExtractor extractor = new QuoteExtractor();
    Map<String, Integer> groups = new HashMap<>();
    for (Article a : articles) {
      List<Quote> quotes = extractor.apply(a);
      SoakArticles.Said said = firstSaid(a);
      assertTrue(quotes.stream().anyMatch(q -> q.text().contains(said.words()) && q.speaker() != null
          && q.speaker().name().equals(said.speaker())), "the first quote and its speaker are found in " + a.text());
      for (Quote q : quotes) {
        groups.merge((q.speaker() == null ? "" : q.speaker().name()) + "|" + q.text(), 1, Integer::sum);
      }
    }
    int largest = groups.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    assertTrue(largest > 1, "some quotes are repeated as wire copy");
    assertTrue(largest <= 6, "copy groups stay small, not one group for every article: " + largest + " "
        + groups.entrySet().stream().filter(e -> e.getValue() > 6).toList());
  }

  @Test
  void theSameNumberGivesTheSameArticle() {
    assertEquals(SoakArticles.jsonLine(1234), SoakArticles.jsonLine(1234));
    assertFalse(SoakArticles.jsonLine(1234).equals(SoakArticles.jsonLine(1235)));
  }

  @Test
  void writesKeepThePoolAtItsSizeOneInOneOut() {
    SoakWrites writes = new SoakWrites("http://127.0.0.1:1", "t", 5);
    Set<String> pool = new TreeSet<>();
    writes.seed().forEach(r -> assertEquals("POST", r.method()));
    for (int n = 0; n < 5; n++) pool.add(SoakArticles.id(n));
    for (long k = 0; k < 40; k++) {
      var req = writes.write(k);
      String path = req.uri().getPath();
      if (req.method().equals("POST")) {
        String id = SoakArticles.id(5 + k / 2);
        assertTrue(pool.add(id), "a new article each time: " + id);
      } else {
        assertEquals("DELETE", req.method());
        String id = path.substring(path.lastIndexOf('/') + 1);
        assertEquals(oldest(pool), id, "the oldest goes");
        assertTrue(pool.remove(id), "deletes an article that is there: " + id);
      }
      assertEquals(writes.poolAfter(k), pool.size(), "after write " + k);
    }
  }

  @Test
  void seedingPostsThePoolInBatches() {
    SoakWrites writes = new SoakWrites("http://127.0.0.1:1", "t", 250);
    assertEquals(3, writes.seed().size());
  }

  @Test
  void aFlatOrNoisySeriesHasNoUpwardTrend() {
    double[] flat = {90, 40, 42, 38, 41, 39, 43, 40, 38, 44, 41, 39, 40, 42};
    assertFalse(SoakTrend.of("flat", flat).upward());
    double[] spikeAtEnd = {50, 40, 42, 38, 41, 39, 43, 40, 38, 44, 41, 39, 40, 160};
    assertFalse(SoakTrend.of("one slow last minute", spikeAtEnd).upward());
    double[] falling = {80, 70, 60, 50, 45, 40, 38, 36, 34, 32};
    assertFalse(SoakTrend.of("falling", falling).upward());
  }

  @Test
  void aSteadyRiseIsAnUpwardTrend() {
    double[] rising = new double[30];
    for (int m = 0; m < 30; m++) rising[m] = 40 + 25 * m + (m % 3) * 10;
    SoakTrend t = SoakTrend.of("rising", rising);
    assertTrue(t.upward());
    assertEquals(5, t.from(), "the first four minutes are warm-up in a long run");
    assertTrue(t.describe().endsWith("UPWARD TREND"), t.describe());
  }

  @Test
  void shortRunsSkipOnlyTheFirstMinuteAndTooShortOnesGiveNoVerdict() {
    assertEquals(2, SoakTrend.of("short", new double[] {1, 2, 3, 4}).from());
    assertNull(SoakTrend.of("too short", new double[] {1, 2, 3}));
  }

  @Test
  void deletedRecordsMustBeReclaimedInTheSecondHalf() {
    double[] sawtooth = {195, 408, 653, 901, 1172, 83, 306, 536, 790, 60};
    assertTrue(SoakTrend.reclaimed(sawtooth).endsWith("no upward trend"), SoakTrend.reclaimed(sawtooth));
    double[] piling = {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000};
    assertTrue(SoakTrend.reclaimed(piling).endsWith("UPWARD TREND"), SoakTrend.reclaimed(piling));
    assertNull(SoakTrend.reclaimed(new double[] {1, 2, 3}));
  }

  @Test
  void aFewSegmentsMoreIsNoTrendButSegmentsPilingUpAre() {
    double[] merging = {3, 3, 6, 6, 4, 4, 4, 3, 5, 7};
    assertTrue(SoakTrend.of("segments", merging).upward(), "by the relative rule alone it would be");
    assertFalse(SoakTrend.of("segments", merging, 5).upward());
    double[] piling = {3, 4, 6, 8, 10, 12, 14, 16, 18, 20};
    assertTrue(SoakTrend.of("segments", piling, 5).upward());
  }

  @Test
  void slopeAndMedianAreTheTextbookOnes() {
    assertEquals(2.0, SoakTrend.slope(new double[] {1, 3, 5, 7}), 1e-9);
    assertEquals(2.5, SoakTrend.median(new double[] {4, 1, 3, 2}), 1e-9);
    assertEquals(2.0, KindTally.nearestRank(new double[] {1, 2, 3, 4}, 0.5), 1e-9);
    assertEquals(4.0, KindTally.nearestRank(new double[] {1, 2, 3, 4}, 0.99), 1e-9);
  }

  private static String oldest(Set<String> pool) {
    return pool.stream().min((a, b) -> Long.compare(number(a), number(b))).orElseThrow();
  }

  private static long number(String id) {
    return Long.parseLong(id.substring(id.indexOf('-') + 1));
  }

  /** The quote the article says first: its own, or the one it copies (found by trying the articles before it). */
  private static SoakArticles.Said firstSaid(Article a) {
    long n = number(a.id());
    for (long m = n; m >= Math.max(0, n - SoakArticles.COPY_WINDOW); m--) {
      SoakArticles.Said s = SoakArticles.said(m);
      if (a.text().contains(s.words()) && a.text().contains(s.speaker())) return s;
    }
    throw new AssertionError("no first quote in " + a.text());
  }

  private static List<Article> read(int from, int to) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int n = from; n < to; n++) lines.append(SoakArticles.jsonLine(n)).append('\n');
    List<Article> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    new JsonLinesReader(new LanguageDetector()).read(new ByteArrayInputStream(lines.toString().getBytes(
        StandardCharsets.UTF_8)), "soak", new CorpusReader.Sink() {
          @Override public void article(Article article) {
            out.add(article);
          }

          @Override public void failed(String source, String reason) {
            problems.add(source + ": " + reason);
          }

          @Override public void skipped(String source, String reason) {
            problems.add(source + ": " + reason);
          }

          @Override public void warned(String source, String warning) {
            problems.add(source + ": " + warning);
          }
        });
    assertEquals(List.of(), problems);
    return out;
  }
}
