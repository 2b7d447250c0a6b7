package verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.ingest.CorpusReader;

class CorpusIndexerTest {
  @TempDir Path tmp;

  private static final String EN = """
      Harbour bridge reopens after repairs

      The harbour bridge reopened on Friday after three months of repairs.

      “Traffic will flow normally again by Monday,” said Lena Ortiz, the city engineer.
      """;
  private static final String FR = """
      Le pont du port rouvre après des travaux

      Le pont du port a rouvert vendredi après trois mois de travaux.

      « La circulation reprendra normalement lundi », a déclaré Léna Ortiz, ingénieure de la Ville.
      """;
  private static final String FR_CHANGED = """
      Le pont du port restera fermé

      Le pont du port restera fermé une semaine de plus.

      « Les inspecteurs ont trouvé des fissures », a déclaré Léna Ortiz, ingénieure de la Ville.
      """;

  /** Every record id in the index (articles, stubs, quotes, file fingerprints). */
  private static List<String> ids(Indexer indexer) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(indexer.writer())) {
      IndexSearcher s = new IndexSearcher(r);
      StoredFields stored = r.storedFields();
      List<String> out = new java.util.ArrayList<>();
      for (ScoreDoc sd : s.search(new MatchAllDocsQuery(), Math.max(1, r.maxDoc())).scoreDocs) {
        out.add(stored.document(sd.doc).get(Schema.ID));
      }
      return out;
    }
  }

  private static long count(Indexer indexer, String field, String value) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(indexer.writer())) {
      return new IndexSearcher(r).count(new TermQuery(new Term(field, value)));
    }
  }

  @Test
  void aLaterRunResolvesABareSurnameToTheFullNameIndexedEarlier() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("bridge-en.txt"), EN);
    Path index = tmp.resolve("index");
    try (Indexer indexer = Indexer.open(index)) {
      new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 1).run(corpus, null);
    }
    Files.writeString(corpus.resolve("bridge-later.txt"), """
        Bridge tolls stay

        The tolls on the harbour bridge will not change this year.

        “Nobody will pay more to cross,” Ortiz said on Tuesday.
        """);
    try (Indexer indexer = Indexer.open(index)) {
      assertEquals(List.of("Lena Ortiz"), indexer.speakerNames());
      new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(indexer.speakerNames()), 1).run(corpus, null);
      assertEquals(2, count(indexer, Schema.SPEAKER_KEY, "lena ortiz"), "both quotes under one speaker");
      assertEquals(List.of("Lena Ortiz"), indexer.speakerNames());
    }
    // without what the index knows, the surname stays as given (never guessed)
    Path fresh = tmp.resolve("fresh");
    Files.delete(corpus.resolve("bridge-en.txt"));
    try (Indexer indexer = Indexer.open(fresh)) {
      new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(indexer.speakerNames()), 1).run(corpus, null);
      assertEquals(1, count(indexer, Schema.SPEAKER_KEY, "ortiz"));
    }
  }

  @Test
  void unchangedSkippedChangedReplacedRemovedDeleted() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("bridge-en.txt"), EN);
    Files.writeString(corpus.resolve("bridge-fr.txt"), FR);
    Files.writeString(corpus.resolve("notes.bin"), "not a corpus file");
    try (Indexer indexer = new Indexer(org.apache.lucene.store.FSDirectory.open(tmp.resolve("index")), 16)) {
      CorpusIndexer ci = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 2);
      assertTrue(ci.isStale(corpus));
      CorpusIndexer.Report first = ci.run(corpus, null);
      assertEquals(2, first.files());
      assertEquals(2, first.indexed());
      assertEquals(0, first.failed(), first.failures().toString());
      assertFalse(ci.isStale(corpus));
      assertEquals(2, count(indexer, Schema.TYPE, Schema.TYPE_ARTICLE));
      long quotes = count(indexer, Schema.TYPE, Schema.TYPE_QUOTE);
      assertTrue(quotes >= 2, "quotes found: " + quotes);
      // one canonical speaker key across both languages
      assertEquals(quotes, count(indexer, Schema.SPEAKER_KEY, "lena ortiz"));

      CorpusIndexer.Report second = ci.run(corpus, null);
      assertEquals(2, second.unchanged());
      assertEquals(0, second.read());

      // touched but same content: unchanged, and not stale afterwards
      Files.setLastModifiedTime(corpus.resolve("bridge-en.txt"), FileTime.fromMillis(1_000_000_000_000L));
      assertTrue(ci.isStale(corpus));
      CorpusIndexer.Report touched = ci.run(corpus, null);
      assertEquals(2, touched.unchanged());
      assertFalse(ci.isStale(corpus));

      Files.writeString(corpus.resolve("bridge-fr.txt"), FR_CHANGED);
      Files.setLastModifiedTime(corpus.resolve("bridge-fr.txt"), FileTime.fromMillis(1_100_000_000_000L));
      CorpusIndexer.Report third = ci.run(corpus, null);
      assertEquals(1, third.unchanged());
      assertEquals(1, third.indexed());
      List<String> after = ids(indexer);
      assertEquals(after.size(), new HashSet<>(after).size(), "no duplicate records: " + after);
      assertEquals(2, count(indexer, Schema.TYPE, Schema.TYPE_ARTICLE));
      assertTrue(count(indexer, Schema.inLanguage(Schema.ARTICLE_TEXT, "fr"), "fisur") >= 1); // article and its quote
      assertEquals(0, count(indexer, Schema.inLanguage(Schema.ARTICLE_TEXT, "fr"), "circul"));

      Files.delete(corpus.resolve("bridge-en.txt"));
      assertTrue(ci.isStale(corpus));
      CorpusIndexer.Report fourth = ci.run(corpus, null);
      assertEquals(1, fourth.removed());
      assertEquals(1, count(indexer, Schema.TYPE, Schema.TYPE_ARTICLE));
      assertEquals(0, count(indexer, Schema.inLanguage(Schema.ARTICLE_TEXT, "en"), "harbour"));
      assertEquals(1, count(indexer, Schema.TYPE, Schema.TYPE_FILE));
      Set<String> left = new HashSet<>(ids(indexer));
      assertEquals(left.size(), ids(indexer).size());
    }
  }

  private static String line(String id, String title, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\",\"language\":\"en\"}\n";
  }

  /** The stored titles of the article records with {@code id}. */
  private static List<String> titles(Indexer indexer, String id) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(indexer.writer())) {
      IndexSearcher s = new IndexSearcher(r);
      List<String> out = new java.util.ArrayList<>();
      for (ScoreDoc sd : s.search(new TermQuery(new Term(Schema.ID, id)), 10).scoreDocs) {
        out.add(r.storedFields().document(sd.doc).get(Schema.TITLE));
      }
      return out;
    }
  }

  @Test
  void anIdMetTwiceOrAlreadyIndexedIsReplacedNotDuplicated() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus3"));
    StringBuilder lines = new StringBuilder();
    // many articles so both workers get some; "dup" comes back later in the same file with a new title
    lines.append(line("dup", "First version", "The council met on Monday."));
    for (int i = 0; i < 50; i++) lines.append(line("a" + i, "Story " + i, "The council voted item " + i + " on Monday."));
    lines.append(line("dup", "Second version", "The council met again on Tuesday."));
    Files.writeString(corpus.resolve("a.jsonl"), lines);
    try (Indexer indexer = new Indexer(org.apache.lucene.store.FSDirectory.open(tmp.resolve("index3")), 16)) {
      CorpusIndexer ci = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 2);
      CorpusIndexer.Report first = ci.run(corpus, null);
      assertEquals(52, first.indexed(), first.failures().toString());
      assertEquals(51, count(indexer, Schema.TYPE, Schema.TYPE_ARTICLE));
      assertEquals(List.of("Second version"), titles(indexer, "dup"));

      // a new file holding an id an unchanged file already put in the index replaces that record
      Files.writeString(corpus.resolve("b.jsonl"), line("a7", "Story 7 corrected", "The council voted item 7 on Friday."));
      CorpusIndexer.Report second = ci.run(corpus, null);
      assertEquals(1, second.unchanged());
      assertEquals(1, second.indexed());
      assertEquals(51, count(indexer, Schema.TYPE, Schema.TYPE_ARTICLE));
      assertEquals(List.of("Story 7 corrected"), titles(indexer, "a7"));
      List<String> all = ids(indexer);
      assertEquals(all.size(), new HashSet<>(all).size(), "no duplicate records: " + all);
    }
  }

  @Test
  void aRunThatWroteMostOfTheIndexLeavesOneSegmentAndASmallUpdateLeavesItAlone() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus4"));
    for (int f = 0; f < 6; f++) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        lines.append(line("f" + f + "-" + i, "Story " + i, "The council voted item " + i + " of file " + f
            + " on Monday, “and we will vote again,” said Mayor Dana Wu."));
      }
      Files.writeString(corpus.resolve("part-" + f + ".jsonl"), lines);
    }
    // a tiny RAM buffer and two threads: the build flushes many segments, as a large corpus does
    try (Indexer indexer = new Indexer(org.apache.lucene.store.FSDirectory.open(tmp.resolve("index4")), 0.05)) {
      CorpusIndexer ci = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 2);
      CorpusIndexer.Report first = ci.run(corpus, null);
      assertEquals(240, first.indexed(), first.failures().toString());
      assertTrue(first.mergedSegments() > 1, "segments merged: " + first.mergedSegments());
      assertEquals(1, indexer.committedSegments());
      assertEquals(240, count(indexer, Schema.TYPE, Schema.TYPE_ARTICLE));

      // one file of six changed: its records are replaced, the big segment is not rewritten
      Files.writeString(corpus.resolve("part-3.jsonl"), line("f3-0", "Story 0 corrected", "The council met on Friday."));
      Files.setLastModifiedTime(corpus.resolve("part-3.jsonl"), FileTime.fromMillis(1_100_000_000_000L));
      CorpusIndexer.Report second = ci.run(corpus, null);
      assertEquals(1, second.indexed());
      assertEquals(0, second.mergedSegments());
      assertEquals(201, count(indexer, Schema.TYPE, Schema.TYPE_ARTICLE));
      assertEquals(List.of("Story 0 corrected"), titles(indexer, "f3-0"));
    }
  }

  @Test
  void idSetRemembersWhatItWasGiven() {
    IdSet set = new IdSet();
    for (int i = 0; i < 10_000; i++) assertTrue(set.add(IdSet.hash("article-" + i)));
    for (int i = 0; i < 10_000; i++) assertFalse(set.add(IdSet.hash("article-" + i)));
    assertEquals(10_000, set.size());
    assertTrue(IdSet.hash("a") != IdSet.hash("b"));
  }

  @Test
  void oneBadFileDoesNotStopTheRun() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus2"));
    Files.writeString(corpus.resolve("good.txt"), EN);
    Files.write(corpus.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 1, 2, 3, (byte) 0xc3});
    Files.writeString(corpus.resolve("lines.jsonl"), "{\"id\":\"j1\",\"title\":\"Budget vote\",\"text\":\"The council voted the budget on Monday.\",\"language\":\"en\"}\n{not json\n");
    try (Indexer indexer = new Indexer(org.apache.lucene.store.FSDirectory.open(tmp.resolve("index2")), 16)) {
      CorpusIndexer.Report r = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 2).run(corpus, null);
      assertEquals(3, r.files());
      assertEquals(2, r.indexed(), r.toString());
      assertTrue(r.failed() >= 2, r.failures().toString());
      assertTrue(r.failures().stream().anyMatch(f -> f.source().contains("bad.txt")), r.failures().toString());
      assertTrue(r.failures().stream().anyMatch(f -> f.source().contains("lines.jsonl#2")), r.failures().toString());
    }
  }
}
