package verbatim.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
 * One bad file never stops the run. Parsing happens on the calling thread; extraction and indexing on a pool
 * of one worker per core, with a bounded queue so memory stays flat.
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
   * @param seconds   wall time of the run
   */
  public record Report(long files, long read, long indexed, long unchanged, long removed, long skipped,
      long failed, List<Failure> failures, double seconds) {
    public double articlesPerSecond() {
      return seconds <= 0 ? 0 : indexed / seconds;
    }
  }

  /** Progress callback: articles indexed so far, bytes of changed files done out of total. */
  public interface Progress {
    void update(long articles, long bytesDone, long bytesTotal);
  }

  private final Indexer indexer;
  private final CorpusReader reader;
  private final Function<Article, List<Quote>> extractor;
  private final int threads;

  /**
   * @param indexer   where records go
   * @param reader    turns files into articles
   * @param extractor finds an article's quotes (called from several threads)
   */
  public CorpusIndexer(Indexer indexer, CorpusReader reader, Function<Article, List<Quote>> extractor) {
    this(indexer, reader, extractor, Runtime.getRuntime().availableProcessors());
  }

  public CorpusIndexer(Indexer indexer, CorpusReader reader, Function<Article, List<Quote>> extractor, int threads) {
    this.indexer = Objects.requireNonNull(indexer, "indexer");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
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

  /** Brings the index in line with {@code corpusDir} and commits. */
  public Report run(Path corpusDir, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    if (!Files.isDirectory(corpusDir)) throw new IOException("no corpus directory at " + corpusDir);
    List<Path> files = reader.list(corpusDir);
    Map<String, String> stored = fingerprints();
    Set<String> seen = new HashSet<>();
    List<Path> changed = new ArrayList<>();
    Map<Path, String> newPrints = new HashMap<>();
    long unchanged = 0;
    long bytesTotal = 0;
    List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
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
        newPrints.put(f, fp);
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

    AtomicLong read = new AtomicLong();
    AtomicLong indexed = new AtomicLong();
    AtomicLong skipped = new AtomicLong();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 256), new ThreadPoolExecutor.CallerRunsPolicy());
    long bytesDone = 0;
    long lastReport = 0;
    Map<Path, AtomicLong> failuresByFile = new HashMap<>();
    try {
      for (Path f : changed) {
        String k = key(corpusDir, f);
        AtomicLong fileFailures = new AtomicLong();
        failuresByFile.put(f, fileFailures);
        indexer.deleteFile(k);
        reader.read(f, new CorpusReader.Sink() {
          @Override
          public void article(Article a) {
            read.incrementAndGet();
            pool.execute(() -> {
              try {
                List<Quote> quotes = extractor.apply(a);
                indexer.index(a, quotes, k);
                indexed.incrementAndGet();
              } catch (Exception | StackOverflowError e) {
                fileFailures.incrementAndGet();
                failures.add(new Failure(a.source() == null ? k : a.source(),
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
              }
            });
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
        bytesDone += Files.size(f);
        long now = System.nanoTime();
        if (progress != null && now - lastReport > 500_000_000L) {
          progress.update(indexed.get(), bytesDone, bytesTotal);
          lastReport = now;
        }
      }
    } finally {
      pool.shutdown();
      try {
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) throw new IOException("indexing did not finish");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    flushInParallel();
    // A file whose articles failed to index keeps no fingerprint, so the next run retries it
    // (reader failures such as a bad JSON line are deterministic and do not count).
    for (Path f : changed) {
      if (failuresByFile.get(f).get() == 0) indexer.putFingerprint(key(corpusDir, f), newPrints.get(f));
    }
    indexer.commit();
    if (progress != null) progress.update(indexed.get(), bytesTotal, bytesTotal);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Failure> fs = List.copyOf(failures);
    return new Report(files.size(), read.get(), indexed.get(), unchanged, removed, skipped.get(), fs.size(), fs,
        seconds);
  }
}
