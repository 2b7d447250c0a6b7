package verbatim.index.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;

/**
 * The child JVM of {@link IndexCrashTest}: one {@code ./verbatim index} run that, when asked, stops at a phase,
 * prints {@code PAUSED phase} and waits to be killed, so the test kills it at a known point rather than after a
 * guessed delay. Phases: {@code flush} (the first segment written while indexing: nothing of the run committed),
 * {@code commit} (the run's commit point about to be written), {@code merging} (committed, the final merge about
 * to start) and {@code merge} (a file of the final merge being written). Without a phase it prints
 * {@code DONE indexed=N merged=M segments=S}.
 *
 * <p>Usage: {@code CrashingIndexRun CORPUS INDEX [PHASE]}
 */
public final class CrashingIndexRun {
  private CrashingIndexRun() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path index = Path.of(args[1]);
    String phase = args.length > 2 ? args[2] : "none";
    PausingDirectory dir = new PausingDirectory(FSDirectory.open(index), phase);
    // a small RAM buffer and two threads: the build flushes several segments, as a large corpus does
    try (Indexer indexer = new Indexer(dir, Double.parseDouble(System.getProperty("ramBufferMb", "1")))) {
      dir.armed.set(true); // the constructor's own commit (the cursor key) is not the run's
      CorpusIndexer ci = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(indexer.speakerNames()), 2);
      CorpusIndexer.Report r = ci.run(corpus, new CorpusIndexer.Progress() {
        @Override
        public void update(long articles, long bytesDone, long bytesTotal) {}

        @Override
        public void merging(int segments) {
          if (phase.equals("merging")) pause(phase);
          dir.finalMerge.set(true);
        }
      });
      System.out.printf(Locale.ROOT, "DONE indexed=%d merged=%d segments=%d failed=%d%n", r.indexed(),
          r.mergedSegments(), indexer.committedSegments(), r.failed());
    }
  }

  static void pause(String phase) {
    System.out.println("PAUSED " + phase);
    System.out.flush();
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // only the kill ends this
      }
    }
  }

  /** Pauses the thread that is about to write the first file of the chosen phase. */
  private static final class PausingDirectory extends FilterDirectory {
    final AtomicBoolean armed = new AtomicBoolean();
    final AtomicBoolean finalMerge = new AtomicBoolean();
    private final String phase;

    PausingDirectory(Directory in, String phase) {
      super(in);
      this.phase = phase;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      if (armed.get() && reached(name, context)) pause(phase);
      return super.createOutput(name, context);
    }

    private boolean reached(String name, IOContext context) {
      return switch (phase) {
        case "flush" -> context.context() == IOContext.Context.FLUSH;
        case "commit" -> name.startsWith("pending_segments");
        case "merge" -> finalMerge.get() && context.context() == IOContext.Context.MERGE;
        default -> false;
      };
    }
  }
}
