package verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import verbatim.extract.Quote;
import verbatim.extract.QuoteFinder;
import verbatim.ingest.Article;
import verbatim.ingest.CorpusReader;

/**
 * Canonical speakers depend on the articles read before ("Caire" is "Éric Caire" only once that name was seen), so
 * the corpus indexer must apply the speaker directory in read order whatever the number of threads and however
 * they are scheduled.
 */
class SpeakerOrderTest {
  @TempDir Path tmp;

  /** Someone quoted under a bare surname, an unaccented and an accented name, and who has a namesake. */
  private record Person(String first, String plainFirst, String surname, String namesake) {}

  private static final List<Person> PEOPLE = List.of(
      new Person("Éric", "Eric", "Caire", "Paul"),
      new Person("Hélène", "Helene", "Vallin", "Marc"),
      new Person("Gérard", "Gerard", "Morel", "Anne"),
      new Person("Stéphane", "Stephane", "Berthe", "Luc"),
      new Person("Rémi", "Remi", "Dufort", "Julie"),
      new Person("Mélanie", "Melanie", "Lacasse", "Simon"),
      new Person("Frédéric", "Frederic", "Pichet", "Claire"),
      new Person("Jérôme", "Jerome", "Sorel", "Nadia"),
      new Person("Andrée", "Andree", "Tardif", "Louis"),
      new Person("Cécile", "Cecile", "Brisson", "Yves"),
      new Person("Josée", "Josee", "Lemay", "Denis"),
      new Person("Valérie", "Valerie", "Gosselin", "Karim"));

  /** One person's eight articles in read order; each quotes one line under the name the article gives. */
  private static List<String> story(Person p) {
    String s = p.surname();
    String plain = p.plainFirst() + " " + s;
    String full = p.first() + " " + s;
    return List.of(
        "The ferry plan drew questions at the hearing. “We are still counting the costs,” Mr. " + s + " said on Monday.",
        "“The ferry work starts in May,” said " + plain + ", the transport minister.",
        "“Nothing has been decided yet,” " + s + " told reporters.",
        "“We listened to the residents,” said " + full + ", the transport minister.",
        "“The money is already there,” " + plain + " said on Thursday.",
        "“I will answer every letter,” " + s + " said.",
        "“I disagree with the minister,” said " + p.namesake() + " " + s + ", a city councillor.",
        "“We need another vote,” " + s + " said on Friday.");
  }

  /** The speaker of each story's article when read in order: the directory's rules, one step at a time. */
  private static List<String> expectedSpeakers(Person p) {
    String s = p.surname();
    String plain = p.plainFirst() + " " + s;
    String full = p.first() + " " + s;
    return List.of(
        s, // no full name seen yet
        plain,
        plain, // the surname's only full name so far
        full, // same person, accented form wins
        full, // unaccented, shown in the accented form
        full,
        p.namesake() + " " + s,
        s); // two full names share the surname: left as given
  }

  private static String line(String id, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"Ferry " + id + "\",\"text\":\"" + text + "\",\"language\":\"en\"}\n";
  }

  /** Three people per file, their stories one after another (neighbours in read order are one story's steps). */
  private static Path writeCorpus(Path dir, String extraLines) throws IOException {
    Files.createDirectories(dir);
    for (int f = 0; f < PEOPLE.size() / 3; f++) {
      StringBuilder lines = new StringBuilder();
      for (Person p : PEOPLE.subList(f * 3, f * 3 + 3)) {
        List<String> texts = story(p);
        for (int i = 0; i < texts.size(); i++) {
          lines.append(line(p.surname().toLowerCase(Locale.ROOT) + "-" + i, texts.get(i)));
          if (i == 1 && p == PEOPLE.get(4)) lines.append(extraLines); // in the middle of a story, mid-file
        }
      }
      Files.writeString(dir.resolve("part-" + f + ".jsonl"), lines);
    }
    Files.writeString(dir.resolve("part-1-notes.txt"), "\n"); // skipped by the reader (blank): never numbered
    return dir;
  }

  /** The real finder, after a random pause of 0 to 2 ms, so that workers finish in a different order each run. */
  private static final BiFunction<String, String, List<Quote>> SLOW_FINDER = slow(new QuoteFinder()::find);

  private static BiFunction<String, String, List<Quote>> slow(BiFunction<String, String, List<Quote>> finder) {
    return (text, lang) -> {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return finder.apply(text, lang);
    };
  }

  /** Quote id → stored speaker name ("" when none) of every quote in the index. */
  private static Map<String, String> speakers(Indexer indexer) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (DirectoryReader r = DirectoryReader.open(indexer.writer())) {
      StoredFields stored = r.storedFields();
      for (ScoreDoc sd : new IndexSearcher(r).search(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_QUOTE)),
          Math.max(1, r.maxDoc())).scoreDocs) {
        Document d = stored.document(sd.doc);
        String name = d.get(Schema.SPEAKER);
        out.put(d.get(Schema.ID), name == null ? "" : name);
      }
    }
    return out;
  }

  /** What one extractor applied to the corpus's articles one by one, in read order, gives. */
  private static Map<String, String> sequential(Path corpus) throws IOException {
    List<Article> articles = new ArrayList<>();
    new CorpusReader().readAll(corpus, new CorpusReader.Sink() {
      @Override
      public void article(Article a) {
        articles.add(a);
      }

      @Override
      public void failed(String source, String reason) {}

      @Override
      public void skipped(String source, String reason) {}
    });
    QuoteExtractor extractor = new QuoteExtractor();
    Map<String, String> out = new TreeMap<>();
    for (Article a : articles) {
      List<Quote> quotes = extractor.apply(a);
      for (int i = 0; i < quotes.size(); i++) {
        out.put(a.id() + "#q-" + i, quotes.get(i).speaker() == null ? "" : quotes.get(i).speaker().name());
      }
    }
    return out;
  }

  private CorpusIndexer.Report build(Path corpus, String name, BiFunction<String, String, List<Quote>> finder,
      int threads, Map<String, String> speakers) throws IOException {
    try (Indexer indexer = Indexer.open(tmp.resolve(name))) {
      CorpusIndexer.Report r =
          new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(finder, List.of()), threads).run(corpus, null);
      speakers.putAll(speakers(indexer));
      return r;
    }
  }

  @Test
  void speakersAreTheSameOnAnyNumberOfThreadsAndAsInReadOrder() throws IOException {
    Path corpus = writeCorpus(tmp.resolve("corpus"), "");
    Map<String, String> expected = sequential(corpus);
    for (Person p : PEOPLE) {
      List<String> want = expectedSpeakers(p);
      for (int i = 0; i < want.size(); i++) {
        assertEquals(want.get(i), expected.get(p.surname().toLowerCase(Locale.ROOT) + "-" + i + "#q-0"),
            p + " step " + i);
      }
    }
    assertEquals(PEOPLE.size() * 8, expected.size());

    int[] threads = {1, 2, 4, 2, 4, 2, 4, 3};
    for (int run = 0; run < threads.length; run++) {
      Map<String, String> got = new HashMap<>();
      CorpusIndexer.Report r = build(corpus, "index-" + run, SLOW_FINDER, threads[run], got);
      assertEquals(PEOPLE.size() * 8, r.indexed(), r.failures().toString());
      assertEquals(expected, new TreeMap<>(got), threads[run] + " threads, run " + run);
    }
  }

  @Test
  @Timeout(60)
  void anArticleWhoseFindingFailsLetsTheLaterOnesThrough() throws IOException {
    // two articles the finder chokes on and one line the reader cannot parse, in the middle of a story
    String extra = line("broken-1", "The minister (withdrawn) said nothing.") + "{not json\n"
        + line("broken-2", "“A quote,” said Zoé " + PEOPLE.get(4).surname() + ", (withdrawn).");
    Path corpus = writeCorpus(tmp.resolve("corpus"), extra);
    Map<String, String> expected = sequential(writeCorpus(tmp.resolve("plain"), ""));
    BiFunction<String, String, List<Quote>> choking = slow((text, lang) -> {
      if (text.contains("(withdrawn)")) throw new IllegalStateException("finder choked");
      return new QuoteFinder().find(text, lang);
    });
    for (int threads : new int[] {1, 2, 4}) {
      Map<String, String> got = new HashMap<>();
      CorpusIndexer.Report r = build(corpus, "index-" + threads, choking, threads, got);
      assertEquals(PEOPLE.size() * 8, r.indexed(), r.failures().toString());
      assertEquals(3, r.failed(), r.failures().toString());
      assertEquals(1, r.skipped());
      assertEquals(2, r.failures().stream().filter(f -> f.reason().contains("finder choked")).count(), r.failures().toString());
      // the failed articles taught the directory nothing ("Zoé Dufort" would leave the next bare "Dufort" as is)
      assertEquals(expected, new TreeMap<>(got), threads + " threads");
    }
  }

  @Test
  @Timeout(60)
  void aWorkerThatDiesStopsTheRunInsteadOfLeavingTheOthersWaiting() throws IOException {
    Path corpus = writeCorpus(tmp.resolve("corpus"), line("fatal", "The ferry (fatal) sank."));
    BiFunction<String, String, List<Quote>> dying = slow((text, lang) -> {
      if (text.contains("(fatal)")) throw new Error("finder died");
      return new QuoteFinder().find(text, lang);
    });
    for (int threads : new int[] {1, 2, 4}) {
      IOException e = assertThrows(IOException.class, () -> build(corpus, "index-" + threads, dying, threads, new HashMap<>()));
      assertTrue(e.getMessage().contains("finder died"), e.toString());
    }
  }
}
