package verbatim.index.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.index.Schema;
import verbatim.ingest.CorpusReader;

/**
 * Kills a child JVM running the corpus indexer ({@link CrashingIndexRun}) at known phases of a bulk build and of an
 * incremental run, and checks after each kill that the index opens and holds exactly its last commit (every record
 * of it, an article with all its quotes, or none of the run), and that a rerun completes with no duplicate and
 * ends merged into one segment.
 */
class IndexCrashTest {
  @TempDir Path tmp;

  @Test
  void aKillAtAnyPhaseLosesOnlyTheUncommittedRunAndTheRerunFinishesTheMerge() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (int f = 0; f < 6; f++) Files.writeString(corpus.resolve("part-" + f + ".jsonl"), part(f, "Monday"));
    List<String> built = reference(corpus, tmp.resolve("ref"));
    Path index = tmp.resolve("index");

    for (String phase : List.of("flush", "commit")) {
      runChild(corpus, index, phase);
      assertEquals(List.of(), records(index), "a kill at " + phase + " leaves the empty index");
    }
    for (String phase : List.of("merging", "merge")) {
      runChild(corpus, index, phase);
      assertEquals(built, records(index), "a kill at " + phase + " keeps the whole commit");
      assertTrue(segments(index) > 1, "the merge did not finish before the kill at " + phase);
      assertTrue(commitData(index).containsKey(Indexer.MERGE_PENDING_KEY), "the intent to merge is committed");
    }
    String done = runChild(corpus, index, null);
    assertTrue(done.startsWith("DONE indexed=0 merged="), done);
    assertFalse(done.contains("merged=0 "), "the rerun merges the interrupted build's segments: " + done);
    assertEquals(built, records(index));
    assertEquals(1, segments(index));
    assertFalse(commitData(index).containsKey(Indexer.MERGE_PENDING_KEY));

    // an incremental run (one file changed) killed before its commit keeps the old file whole
    Files.writeString(corpus.resolve("part-3.jsonl"), part(3, "Friday"));
    List<String> changed = reference(corpus, tmp.resolve("ref2"));
    runChild(corpus, index, "commit");
    assertEquals(built, records(index), "a kill at the commit of an incremental run keeps the last commit");
    done = runChild(corpus, index, null);
    assertTrue(done.startsWith("DONE indexed=40 merged=0 "), done);
    assertEquals(changed, records(index));
  }

  /** 40 invented articles, each with a quote or two; {@code day} changes every text (and so the quotes). */
  private static String part(int file, String day) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String text = "The council voted item " + i + " of file " + file + " on " + day + ". “We will build the "
          + "footbridge before winter,” said Mayor Dana Wu." + (i % 3 == 0 ? " “Nobody asked us,” said Sam Reyes"
          + ", a resident." : "");
      sb.append("{\"id\":\"f").append(file).append('-').append(i).append("\",\"title\":\"Item ").append(i)
          .append("\",\"text\":\"").append(text).append("\",\"language\":\"en\"}\n");
    }
    return sb.toString();
  }

  /** Builds {@code corpus} in this JVM, uninterrupted: the records a finished run leaves. */
  private static List<String> reference(Path corpus, Path dir) throws IOException {
    try (Indexer indexer = Indexer.open(dir)) {
      CorpusIndexer.Report r = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 2).run(corpus, null);
      assertEquals(0, r.failed(), r.failures().toString());
    }
    List<String> ids = records(dir);
    assertTrue(ids.size() > 240 * 2, "articles, quotes and fingerprints: " + ids.size());
    return ids;
  }

  /** The sorted ids of every live record (articles, quotes, file fingerprints); fails on a duplicate. */
  private static List<String> records(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      StoredFields stored = r.storedFields();
      List<String> ids = new ArrayList<>();
      for (ScoreDoc sd : new IndexSearcher(r).search(new MatchAllDocsQuery(), Math.max(1, r.maxDoc())).scoreDocs) {
        ids.add(stored.document(sd.doc).get(Schema.ID));
      }
      ids.sort(null);
      assertEquals(ids.size(), new HashSet<>(ids).size(), "no duplicate records");
      return ids;
    }
  }

  private static int segments(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index)) {
      return SegmentInfos.readLatestCommit(d).size();
    }
  }

  private static java.util.Map<String, String> commitData(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index)) {
      return SegmentInfos.readLatestCommit(d).getUserData();
    }
  }

  /**
   * Runs {@link CrashingIndexRun}; with a phase, kills it (as {@code kill -9} does) once it says it reached the
   * phase. Returns its last line.
   */
  private String runChild(Path corpus, Path index, String phase) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), CrashingIndexRun.class.getName(),
        corpus.toString(), index.toString()));
    if (phase != null) cmd.add(phase);
    Path err = tmp.resolve("child-" + (phase == null ? "done" : phase) + ".err");
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l = in.readLine(); l != null; l = in.readLine()) lines.add(l);
      } catch (IOException e) {
        // the child was killed
      }
      lines.add("EOF");
    });
    pump.setDaemon(true);
    pump.start();
    try {
      String expect = phase == null ? "DONE" : "PAUSED " + phase;
      for (String l = lines.poll(180, TimeUnit.SECONDS); ; l = lines.poll(180, TimeUnit.SECONDS)) {
        assertNotNull(l, "the child said nothing for 3 minutes");
        if (l.startsWith(expect)) return l;
        assertFalse(l.equals("EOF"), "the child ended before " + expect + ": " + Files.readString(err));
      }
    } finally {
      p.destroyForcibly();
      p.waitFor(60, TimeUnit.SECONDS);
    }
  }
}
