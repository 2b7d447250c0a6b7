package verbatim.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import verbatim.extract.Quote;
import verbatim.ingest.Article;
import verbatim.ingest.CorpusReader;

/**
 * Incremental corpus indexing: files whose fingerprint (size, modification time, content hash) is stored and
 * unchanged are skipped; changed files have their records replaced; files gone from the corpus are deleted.
 * One bad file never stops the run. Parsing happens on the calling thread; extraction and indexing on one worker
 * per core, each with a bounded queue so memory stays flat. Articles new to the index are added without a delete
 * term (the bulk-load path); ids the index already holds, or met twice in a run, are replaced. The corpus-wide
 * step of a {@link QuoteExtractor} (canonical speakers) sees the articles in read order, so the index is the same
 * on any number of threads.
 */
public final class CorpusIndexer {

  /** A source that could not be read, and why. */
  public record Failure(String source, String reason) {}

  /**
   * What a run did.
   *
   * @param files     corpus files seen
   * @param read      articles read from new or changed files
   * @param indexed   articles indexed
   * @param unchanged files skipped because their fingerprint is unchanged
   * @param removed   files gone from the corpus whose records were deleted
   * @param skipped   sources the reader deliberately left out
   * @param failed    sources that failed (listed in {@code failures})
   * @param seconds   wall time of the run, merging included
   * @param mergedSegments segments merged into one at the end of the run (0: none, see {@link #run})
   * @param mergeSeconds   wall time of that merge
   */
  public record Report(long files, long read, long indexed, long unchanged, long removed, long skipped,
      long failed, List<Failure> failures, double seconds, int mergedSegments, double mergeSeconds) {
    public double articlesPerSecond() {
      return seconds <= 0 ? 0 : indexed / seconds;
    }
  }

  /** Progress callback: articles indexed so far, bytes of changed files done out of total. */
  public interface Progress {
    void update(long articles, long bytesDone, long bytesTotal);

    /** Called when every article is indexed and {@code segments} segments are being merged into one. */
    default void merging(int segments) {}
  }

  private final Indexer indexer;
  private final CorpusReader reader;
  private final Function<Article, List<Quote>> finder;
  private final UnaryOperator<List<Quote>> canonical;
  private final int threads;

  /**
   * @param indexer   where records go
   * @param reader    turns files into articles
   * @param extractor finds an article's quotes (called from several threads); a {@link QuoteExtractor} has its
   *                  speakers made canonical in read order
   */
  public CorpusIndexer(Indexer indexer, CorpusReader reader, Function<Article, List<Quote>> extractor) {
    this(indexer, reader, extractor, Runtime.getRuntime().availableProcessors());
  }

  public CorpusIndexer(Indexer indexer, CorpusReader reader, Function<Article, List<Quote>> extractor, int threads) {
    this.indexer = Objects.requireNonNull(indexer, "indexer");
    this.reader = Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(extractor, "extractor");
    // Only the directory step must follow read order; finding, the expensive part, stays parallel.
    this.finder = extractor instanceof QuoteExtractor q ? q::find : extractor;
    this.canonical = extractor instanceof QuoteExtractor q ? q::canonical : UnaryOperator.identity();
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    this.threads = threads;
  }

  /** The file's key in the index: its path relative to the corpus, with '/' separators. */
  static String key(Path corpusDir, Path file) {
    Path rel = corpusDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    return rel.toString().replace('\\', '/');
  }

  /** "size:mtimeMillis" — the cheap part of a fingerprint. */
  private static String quick(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return a.size() + ":" + a.lastModifiedTime().toMillis();
  }

  private static String hash(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stored fingerprints of the last committed or flushed state: file key → "size:mtime:hash". */
  Map<String, String> fingerprints() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(indexer.writer())) {
      IndexSearcher s = new IndexSearcher(r);
      TopDocs top = s.search(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_FILE)), Math.max(1, r.maxDoc()));
      StoredFields stored = r.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc);
        out.put(d.get(Schema.SOURCE_FILE), d.get(Schema.FINGERPRINT));
      }
    }
    return out;
  }

  /** Whether any corpus file is new, changed (size or mtime) or gone since the last run. */
  public boolean isStale(Path corpusDir) throws IOException {
    Map<String, String> stored = fingerprints();
    List<Path> files = reader.list(corpusDir);
    if (files.size() != stored.size()) return true;
    for (Path f : files) {
      String fp = stored.get(key(corpusDir, f));
      if (fp == null || !fp.startsWith(quick(f) + ":")) return true;
    }
    return false;
  }

  /**
   * Writes the in-memory segments out on several threads at once (each thread flushes the largest pending
   * one), so the final commit does not flush them all on one thread.
   */
  private void flushInParallel() throws IOException {
    int n = Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors()));
    if (n == 1) return;
    List<Thread> flushers = new ArrayList<>(n);
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < n; i++) {
      Thread t = new Thread(() -> {
        try {
          while (indexer.writer().flushNextBuffer()) {
            // keep flushing until nothing is buffered
          }
        } catch (IOException | RuntimeException e) {
          errors.add(e);
        }
      }, "verbatim-flush-" + i);
      flushers.add(t);
      t.start();
    }
    for (Thread t : flushers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    if (!errors.isEmpty()) {
      Throwable e = errors.get(0);
      if (e instanceof IOException io) throw io;
      throw (RuntimeException) e;
    }
  }

  /** An article on its way to a worker: the key of the file it came from, its id's hash and its place in read order. */
  private record Job(Article article, String fileKey, AtomicLong fileFailures, long idHash, long number) {}

  /** Tells a worker that no more jobs come. */
  private static final Job END = new Job(null, null, null, 0, -1);

  /** A job whose quotes were found (or whose finding failed), on its way through the {@link Sequencer}. */
  private static final class Found {
    final Job job;
    List<Quote> quotes;
    Throwable failure;
    volatile boolean settled; // written last, under the sequencer's lock: quotes and failure are visible once it is set

    Found(Job job, List<Quote> quotes, Throwable failure) {
      this.job = job;
      this.quotes = quotes;
      this.failure = failure;
    }
  }

  /** Thrown to a worker waiting for an article that will never be settled because another worker died. */
  private static final class Abandoned extends RuntimeException {
    Abandoned(Throwable cause) {
      super("another worker stopped", cause, false, false);
    }
  }

  /**
   * Puts found articles through the canonical step one at a time in read order, whichever worker found them:
   * article n is settled as soon as articles 0..n-1 are, by the worker that found the last of them. Every numbered
   * article comes through exactly once, found or failed, so none waits for a number that never comes; a worker
   * that dies calls {@link #stop} so that none waits forever.
   */
  private final class Sequencer {
    private final Map<Long, Found> early = new HashMap<>(); // found before their turn; at most LOOKAHEAD per worker
    private long next;
    private Throwable stopped;

    synchronized void found(Found f) {
      early.put(f.job.number(), f);
      boolean any = false;
      for (Found g = early.remove(next); g != null; g = early.remove(next)) {
        next++;
        if (g.failure == null) {
          try {
            g.quotes = canonical.apply(g.quotes);
          } catch (Exception | StackOverflowError e) {
            g.failure = e;
          }
        }
        g.settled = true;
        any = true;
      }
      if (any) notifyAll();
    }

    /** Waits until {@code f} is settled; throws {@link Abandoned} if a worker died. */
    synchronized void await(Found f) throws InterruptedException {
      while (!f.settled) {
        if (stopped != null) throw new Abandoned(stopped);
        wait();
      }
    }

    synchronized void stop(Throwable cause) {
      if (stopped == null) stopped = cause;
      notifyAll();
    }
  }

  /**
   * How many found articles a worker keeps while earlier ones (on other workers) are not yet found. Measured on a
   * 19k-article build with 2 workers: with 1 (a plain turnstile) they waited 10-14 s in all; with 64, 5 s, about
   * what they spend waiting for work (4 s) when nothing is ordered.
   */
  private static final int LOOKAHEAD = 64;

  /**
   * Extracts and indexes the articles whose id hashes to it, in the order they were read: two articles with one
   * id always meet the same worker, so the later one replaces the earlier. An id it has not met and the index did
   * not hold before the run is added without a delete term. While an article waits for earlier ones to be
   * settled, the worker goes on finding the next ones (up to {@link #LOOKAHEAD}). No wait lasts for ever: queues are
   * in read order, so the lowest number not yet found is the next job of its worker, which is never the one waiting.
   */
  private final class Worker implements Runnable {
    final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(256);
    final AtomicLong indexed = new AtomicLong();
    final Thread thread;
    volatile Throwable died;
    private final Predicate<String> known;
    private final List<Failure> failures;
    private final Sequencer sequencer;
    private final IdSet seen = new IdSet();
    private final ArrayDeque<Found> pending = new ArrayDeque<>(); // found, in read order, not yet indexed

    Worker(int n, Predicate<String> known, List<Failure> failures, Sequencer sequencer) {
      this.known = known;
      this.failures = failures;
      this.sequencer = sequencer;
      this.thread = new Thread(this, "verbatim-index-" + n);
    }

    @Override
    public void run() {
      try {
        for (Job j = queue.take(); j != END; j = queue.take()) {
          Found f = find(j);
          pending.add(f);
          sequencer.found(f);
          indexSettled(pending.size() >= LOOKAHEAD);
        }
        while (!pending.isEmpty()) indexSettled(true);
      } catch (Throwable t) { // an Error or interrupt: the run stops and reports it
        died = t;
        sequencer.stop(t);
      }
    }

    private Found find(Job j) {
      try {
        return new Found(j, finder.apply(j.article()), null);
      } catch (Exception | StackOverflowError e) {
        return new Found(j, null, e);
      }
    }

    /** Indexes the settled articles at the head of {@code pending}; with {@code wait}, at least one. */
    private void indexSettled(boolean wait) throws InterruptedException {
      if (wait) sequencer.await(pending.peek());
      while (!pending.isEmpty() && pending.peek().settled) index(pending.poll());
    }

    private void index(Found f) {
      Job j = f.job;
      Article a = j.article();
      Throwable failure = f.failure;
      if (failure == null) {
        try {
          if (seen.add(j.idHash()) && !known.test(a.id())) indexer.add(a, f.quotes, j.fileKey());
          else indexer.index(a, f.quotes, j.fileKey());
          indexed.incrementAndGet();
        } catch (Exception | StackOverflowError e) {
          failure = e;
        }
      }
      if (failure != null) {
        j.fileFailures().incrementAndGet();
        failures.add(new Failure(a.source() == null ? j.fileKey() : a.source(), failure.getClass().getSimpleName() + ": " + failure.getMessage()));
      }
    }
  }

  /** Queues an article for the worker its id hashes to, waiting while that worker is busy. */
  private static void hand(Worker[] workers, Article a, String fileKey, AtomicLong fileFailures, long number) {
    long h = IdSet.hash(a.id());
    Worker w = workers[(int) Long.remainderUnsigned(h, workers.length)];
    Job job = new Job(a, fileKey, fileFailures, h, number);
    try {
      while (!w.queue.offer(job, 100, TimeUnit.MILLISECONDS)) {
        if (w.died != null) throw new UncheckedIOException(stopped(w));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted"));
    }
  }

  private static IOException stopped(Worker w) {
    return new IOException(w.thread.getName() + " stopped: " + w.died, w.died);
  }

  /** Lets every worker finish its queue, then waits for them. */
  private static void finish(Worker[] workers) throws IOException {
    try {
      for (Worker w : workers) {
        while (w.died == null && !w.queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
          // the worker is still busy with its queue
        }
      }
      for (Worker w : workers) w.thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      for (Worker w : workers) w.thread.interrupt();
      throw new InterruptedIOException("interrupted");
    }
    Worker first = null; // the worker that died first, not one that gave up waiting for it
    for (Worker w : workers) {
      if (w.died != null && (first == null || first.died instanceof Abandoned)) first = w;
    }
    if (first != null) throw stopped(first);
  }

  private static long indexed(Worker[] workers) {
    long n = 0;
    for (Worker w : workers) n += w.indexed.get();
    return n;
  }

  /** Whether the index held a record of article {@code id} (deleted ones count: replacing is always safe). */
  private static boolean holds(DirectoryReader r, String id) {
    try {
      return r.docFreq(new Term(Schema.ARTICLE_ID, id)) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean hasArticles(DirectoryReader r) throws IOException {
    return r.docFreq(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)) > 0;
  }

  /** Brings the index in line with {@code corpusDir} and commits. */
  public Report run(Path corpusDir, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    if (!Files.isDirectory(corpusDir)) throw new IOException("no corpus directory at " + corpusDir);
    List<Path> files = reader.list(corpusDir);
    List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    Plan plan = plan(corpusDir, files, failures);
    Fed fed = feed(corpusDir, plan, failures, progress);
    flushInParallel();
    // A file whose articles failed to index keeps no fingerprint, so the next run retries it
    // (reader failures such as a bad JSON line are deterministic and do not count).
    for (Path f : plan.changed()) {
      if (fed.failuresByFile().get(f).get() == 0) indexer.putFingerprint(key(corpusDir, f), plan.prints().get(f));
    }
    Merged merged = commitAndMerge(fed.indexed(), plan.bytesTotal(), progress);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Failure> fs = List.copyOf(failures);
    return new Report(files.size(), fed.read(), fed.indexed(), plan.unchanged(), plan.removed(), fed.skipped(),
        fs.size(), fs, seconds, merged.segments(), merged.seconds());
  }

  /**
   * What a run has to do: the changed files (with their new fingerprints and total size), how many are unchanged,
   * and how many files gone from the corpus had their records deleted.
   */
  private record Plan(List<Path> changed, Map<Path, String> prints, long bytesTotal, long unchanged, long removed) {}

  /** Compares {@code files} with the stored fingerprints and deletes the records of files no longer there. */
  private Plan plan(Path corpusDir, List<Path> files, List<Failure> failures) throws IOException {
    Map<String, String> stored = fingerprints();
    Set<String> seen = new HashSet<>();
    List<Path> changed = new ArrayList<>();
    Map<Path, String> prints = new HashMap<>();
    long unchanged = 0;
    long bytesTotal = 0;
    for (Path f : files) {
      String k = key(corpusDir, f);
      seen.add(k);
      try {
        String q = quick(f);
        String old = stored.get(k);
        if (old != null && old.startsWith(q + ":")) {
          unchanged++;
          continue;
        }
        String fp = q + ":" + hash(f);
        if (old != null && old.endsWith(fp.substring(fp.lastIndexOf(':')))) {
          indexer.putFingerprint(k, fp); // touched but same content
          unchanged++;
          continue;
        }
        prints.put(f, fp);
        changed.add(f);
        bytesTotal += Files.size(f);
      } catch (IOException e) {
        failures.add(new Failure(f.toString(), "cannot read: " + e.getMessage()));
      }
    }
    long removed = 0;
    for (String k : stored.keySet()) {
      if (!seen.contains(k)) {
        indexer.deleteFile(k);
        removed++;
      }
    }
    return new Plan(changed, prints, bytesTotal, unchanged, removed);
  }

  /** What feeding the changed files to the workers did; per file, how many of its articles failed to index. */
  private record Fed(long read, long skipped, long indexed, Map<Path, AtomicLong> failuresByFile) {}

  /** Reads every changed file in turn and hands its articles to the workers, which extract and index them. */
  private Fed feed(Path corpusDir, Plan plan, List<Failure> failures, Progress progress) throws IOException {
    AtomicLong read = new AtomicLong();
    AtomicLong skipped = new AtomicLong();
    Map<Path, AtomicLong> failuresByFile = new HashMap<>();
    try (DirectoryReader before = DirectoryReader.open(indexer.writer())) {
      // Article ids already in the index must go through replace; on a fresh build none are, and nothing is looked up.
      Predicate<String> known = hasArticles(before) ? id -> holds(before, id) : id -> false;
      Worker[] workers = new Worker[threads];
      Sequencer sequencer = new Sequencer();
      for (int i = 0; i < threads; i++) workers[i] = new Worker(i, known, failures, sequencer);
      for (Worker w : workers) w.thread.start();
      try {
        FeedProgress shown = new FeedProgress(progress, workers, plan.bytesTotal());
        for (Path f : plan.changed()) {
          String k = key(corpusDir, f);
          AtomicLong fileFailures = new AtomicLong();
          failuresByFile.put(f, fileFailures);
          indexer.deleteFile(k);
          long fileSize = Files.size(f);
          reader.read(f, new CorpusReader.Sink() {
            @Override
            public void article(Article a) {
              // numbered from 0 in read order, with no gaps: the sequencer waits for each number in turn
              hand(workers, a, k, fileFailures, read.getAndIncrement());
              shown.article(a, fileSize);
            }

            @Override
            public void failed(String source, String reason) {
              failures.add(new Failure(source, reason));
            }

            @Override
            public void skipped(String source, String reason) {
              skipped.incrementAndGet();
            }
          });
          shown.fileDone(fileSize);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } finally {
        finish(workers);
      }
      return new Fed(read.get(), skipped.get(), indexed(workers), failuresByFile);
    }
  }

  /** Progress while feeding: at most two updates a second, bytes done estimated within a file. */
  private static final class FeedProgress {
    private final Progress progress;
    private final Worker[] workers;
    private final long bytesTotal;
    private long bytesDone;
    private long fileChars;
    private long articles;
    private long last = System.nanoTime();

    FeedProgress(Progress progress, Worker[] workers, long bytesTotal) {
      this.progress = progress;
      this.workers = workers;
      this.bytesTotal = bytesTotal;
    }

    void article(Article a, long fileSize) {
      fileChars += a.text().length();
      if (progress == null || (++articles & 255) != 0) return;
      // within a file, the characters read so far stand in for its bytes (close for mostly ASCII text)
      report(bytesDone + Math.min(fileSize, fileChars));
    }

    void fileDone(long fileSize) {
      bytesDone += fileSize;
      fileChars = 0;
      if (progress != null) report(bytesDone);
    }

    private void report(long done) {
      long now = System.nanoTime();
      if (now - last <= 500_000_000L) return;
      progress.update(indexed(workers), done, bytesTotal);
      last = now;
    }
  }

  /** Segments merged into one at the end of a run, and the merge's wall time. */
  private record Merged(int segments, double seconds) {}

  /**
   * Commits; then, after a run that wrote most of the index (or one that a kill stopped while merging), merges
   * the index into one segment: every search pays per segment, and later runs that change a few files leave the
   * big segment alone (Lucene's merge policy handles their small ones). The intent is committed with the records,
   * so a run after a kill during the merge finishes it even when it has nothing to index.
   */
  private Merged commitAndMerge(long indexed, long bytesTotal, Progress progress) throws IOException {
    boolean merge = indexer.mergePending() || indexed > 0 && wroteMostOfTheIndex(indexed);
    if (merge) indexer.markMergePending();
    indexer.commit();
    if (progress != null) progress.update(indexed, bytesTotal, bytesTotal);
    if (!merge) return new Merged(0, 0);
    int segments = indexer.committedSegments();
    if (segments > 1 && progress != null) progress.merging(segments);
    long m0 = System.nanoTime();
    indexer.mergeIntoOne(); // also when one segment is left: its commit clears the intent
    return segments > 1 ? new Merged(segments, (System.nanoTime() - m0) / 1e9) : new Merged(0, 0);
  }

  /** Whether the {@code indexed} articles of this run are at least half of the articles now in the index. */
  private boolean wroteMostOfTheIndex(long indexed) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(indexer.writer())) {
      return indexed * 2 >= new IndexSearcher(r).count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)));
    }
  }
}
