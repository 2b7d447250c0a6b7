package verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import verbatim.text.LanguageDetector;

/** Ingests the shared corpora in place (never copied): counts, languages, stable unique ids. */
class SharedCorporaTest {
  static final Path SHARED = Path.of(System.getProperty("verbatim.shared", "../shared"));

  private static Path corpus(String relative) {
    Path p = SHARED.resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "../shared absent: skipping the test on " + relative);
    return p;
  }

  /** Counts without keeping the articles. */
  private static final class Tally implements CorpusReader.Sink {
    final LanguageDetector detector = new LanguageDetector();
    final List<String> ids = new ArrayList<>();
    final List<String> failed = new ArrayList<>();
    int articles;
    int givenEnglish;
    int givenFrench;
    int detectedEnglish;
    int detectedFrench;
    int withDate;
    int withOutlet;

    @Override public void article(Article a) {
      articles++;
      ids.add(a.id());
      if (a.language().equals("en")) givenEnglish++;
      if (a.language().equals("fr")) givenFrench++;
      // The detector itself, ignoring the language field of the file.
      if (detector.detect(a.text()).equals("en")) detectedEnglish++;
      else detectedFrench++;
      if (a.date() != null) withDate++;
      if (a.outlet() != null) withOutlet++;
      Collector.assertOffsets(a);
      assertTrue(!a.paragraphs().isEmpty(), "paragraphs in " + a.source());
    }

    @Override public void failed(String source, String reason) {
      failed.add(source + ": " + reason);
    }

    @Override public void skipped(String source, String reason) {
      failed.add("skipped " + source + ": " + reason);
    }
  }

  @Test
  void quebecPressIsAllFrench() throws Exception {
    Path dir = corpus("corpora/quebec-press");
    Tally t = new Tally();
    new CorpusReader().readAll(dir, t);
    assertEquals(List.of(), t.failed);
    assertEquals(432, t.articles);
    assertEquals(432, t.givenFrench);
    assertEquals(432, t.detectedFrench, "every article detected French");
    assertEquals(432, t.withOutlet);
    assertEquals(432, new HashSet<>(t.ids).size(), "no duplicate ids");

    Tally again = new Tally();
    new CorpusReader().readAll(dir, again);
    assertEquals(t.ids, again.ids, "re-reading gives the same ids");
  }

  @Test
  void reutersIsEnglishWithDates() {
    Path file = corpus("corpora/reuters21578/reuters21578.jsonl");
    Tally t = new Tally();
    new CorpusReader().read(file, t);
    assertEquals(List.of(), t.failed);
    assertEquals(19_043, t.articles);
    assertEquals(19_043, t.givenEnglish);
    assertEquals(19_043, t.withDate, "every Reuters date parses, odd ones included");
    // Some Reuters items are tables of figures with hardly a word; allow 1 in 10,000.
    assertTrue(t.detectedEnglish >= 19_041, "detected English: " + t.detectedEnglish + " of 19,043");
    Set<String> unique = new HashSet<>(t.ids);
    assertEquals(19_043, unique.size(), "no duplicate ids");
  }

  @Test
  void seedArticleInTheSharedCorpusParsesLikeTheRepositoryCopy() {
    Path shared = corpus("corpus/tiktok-national-assembly.txt");
    Collector a = new Collector();
    Collector b = new Collector();
    new CorpusReader().read(shared, a);
    new CorpusReader().read(GoldenTextTest.BASE.resolve("corpus/tiktok-national-assembly.txt"), b);
    assertEquals(b.only().id(), a.only().id());
    assertEquals(b.only().paragraphs(), a.only().paragraphs());
  }

  /** Real press urls carry their day: every article whose url path holds one gets it, flagged inferred; all get a title. */
  @Test
  void quebecPressDatesComeFromTheirUrlsAndEveryArticleHasATitle() throws Exception {
    Path dir = corpus("corpora/quebec-press");
    Collector c = new Collector();
    new CorpusReader().readAll(dir, c);
    List<Article> articles = c.articles;
    int withDayInUrl = 0;
    for (Article a : articles) {
      assertTrue(!a.title().isBlank(), "a title for " + a.id());
      assertTrue(a.title().length() <= TitleDrafter.MAX + 1, a.id() + ": " + a.title().length() + " characters");
      if (a.url() != null && a.url().matches(".*/(\\d{4}/\\d{2}|\\d{6})/\\d{2}/.*")) {
        withDayInUrl++;
        assertTrue(a.date() != null && a.dateInferred(), "inferred date for " + a.id());
      }
    }
    assertEquals(432, articles.size());
    assertEquals(259, withDayInUrl, "urls with a day (/2018/11/17/ or /201811/17/)");
    assertEquals(259, articles.stream().filter(Article::dateInferred).count(), "no date inferred from anything else");
  }

  @Test
  void reutersDocumentationIsSkippedNotIndexed() {
    Path readme = corpus("corpora/reuters21578/README-distribution.txt");
    Collector c = new Collector();
    new CorpusReader().read(readme, c);
    assertEquals(List.of(), c.articles);
    assertTrue(c.skipped.get(readme.toString()).contains("documentation"), c.skipped.toString());
  }
}
