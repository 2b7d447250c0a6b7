package verbatim.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import verbatim.extract.Quote;
import verbatim.ingest.Article;

/**
 * Owns the one {@link IndexWriter} on an index directory. Thread-safe: {@link #index} may be called from many
 * threads. Re-indexing an article replaces all its records (article, stubs, quotes) atomically.
 * Changes become visible to a {@code verbatim.search.Searcher} built on this indexer within a second, and
 * durable on {@link #commit()}.
 */
public final class Indexer implements Closeable, ArticleWriter {
  /** Commit user-data key of the secret that signs search cursors (so they survive restarts). */
  public static final String CURSOR_KEY = "verbatim.cursorKey";
  /** Commit user-data key of the {@link Schema#LAYOUT} the index was written with. */
  public static final String LAYOUT_KEY = "verbatim.layout";
  /**
   * Commit user-data key present while a bulk build's segments wait to be merged into one: committed with the
   * build's records and removed by the merge's commit, so a run that finds it knows a kill interrupted that merge.
   */
  public static final String MERGE_PENDING_KEY = "verbatim.mergePending";

  private final Directory directory;
  private final IndexWriter writer;
  private final BilingualAnalyzer analyzer;
  /** Keeps a commit's files on disk while {@link #snapshotTo} copies them, whatever the writer does meanwhile. */
  private final SnapshotDeletionPolicy snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());

  /** Opens (creating if needed) the index in {@code dir} with a large RAM buffer for bulk indexing. */
  public static Indexer open(Path dir) throws IOException {
    Files.createDirectories(dir);
    FSDirectory fs = FSDirectory.open(dir);
    try {
      return new Indexer(fs, 256);
    } catch (LockObtainFailedException e) {
      fs.close();
      throw new IOException("the index at " + dir + " is in use by another process (is ./verbatim serve running?)", e);
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw e;
    }
  }

  /**
   * @param directory   where the index lives; this indexer closes it
   * @param ramBufferMb IndexWriter RAM buffer in MB (flushes less often when larger)
   */
  public Indexer(Directory directory, double ramBufferMb) throws IOException {
    this.directory = Objects.requireNonNull(directory, "directory");
    checkLayout(directory, directory instanceof FSDirectory fs ? fs.getDirectory().toString() : directory.toString());
    this.analyzer = new BilingualAnalyzer();
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb)
        .setUseCompoundFile(false)
        .setCodec(new VerbatimCodec())
        .setIndexDeletionPolicy(snapshots)
        .setMergePolicy(mergePolicy())
        .setCommitOnClose(true);
    this.writer = new IndexWriter(directory, config);
    ensureCursorKey();
  }

  /** Share of deleted records (%) a segment may hold before merges reclaim them. */
  static final double DELETES_PCT_ALLOWED = 10;

  /**
   * Lucene's tiered policy with deleted records reclaimed sooner than its default 20%: a served index is updated
   * in place (re-ingest, admin writes replace records by id), deleted records stay in the postings until a merge
   * drops them, and every search pays for walking them; on a small index under steady churn they were a fifth of
   * the postings. The extra merging is small next to the updates that cause it.
   */
  static TieredMergePolicy mergePolicy() {
    return new TieredMergePolicy().setDeletesPctAllowed(DELETES_PCT_ALLOWED);
  }

  /**
   * Refuses an index whose records were written with another field layout: its words would not be found, and
   * the corpus indexer would skip its unchanged files. An index without records is simply re-stamped.
   */
  public static void checkLayout(Directory directory, String where) throws IOException {
    if (!DirectoryReader.indexExists(directory)) return;
    // the commit point alone (no segment is opened): its user data and record count
    SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
    String layout = commit.getUserData().get(LAYOUT_KEY);
    if (commit.totalMaxDoc() > 0 && !Schema.LAYOUT.equals(layout)) {
      throw new IOException("the index at " + where + " was written by another version of Verbatim (index layout "
          + (layout == null ? "1" : layout) + "; this version reads layout " + Schema.LAYOUT + "): delete that"
          + " directory and run ./verbatim index again (articles added through POST /api/articles must be added"
          + " again)");
    }
  }

  private void ensureCursorKey() throws IOException {
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    if (!Schema.LAYOUT.equals(data.get(LAYOUT_KEY))) {
      data.put(LAYOUT_KEY, Schema.LAYOUT);
      writer.setLiveCommitData(data.entrySet());
    }
    if (data.containsKey(CURSOR_KEY)) return;
    if (DirectoryReader.indexExists(directory)) {
      // an older commit may still hold it
      try (DirectoryReader r = DirectoryReader.open(directory)) {
        String k = r.getIndexCommit().getUserData().get(CURSOR_KEY);
        if (k != null) {
          data.put(CURSOR_KEY, k);
          writer.setLiveCommitData(data.entrySet());
          return;
        }
      }
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    data.put(CURSOR_KEY, HexFormat.of().formatHex(key));
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
  }

  /** Adds or replaces an article with its stubs and quotes; the source file is taken from {@link Article#source()}. */
  @Override
  public void index(Article article, List<Quote> quotes) throws IOException {
    index(article, quotes, Schema.sourceFile(article.source()));
  }

  /** Adds or replaces an article, recording {@code sourceFile} so the corpus indexer can replace it by file. */
  public void index(Article article, List<Quote> quotes, String sourceFile) throws IOException {
    Objects.requireNonNull(article, "article");
    List<Quote> qs = quotes == null ? List.of() : quotes;
    writer.updateDocuments(new Term(Schema.ARTICLE_ID, article.id()), Schema.documents(article, qs, sourceFile));
  }

  /**
   * Adds an article the caller knows is new: no record in the index or added since shares its id. Skips the
   * per-article delete term of {@link #index}, which Lucene must otherwise look up in every segment at each flush
   * and merge (the bulk-load path of a fresh build).
   */
  public void add(Article article, List<Quote> quotes, String sourceFile) throws IOException {
    Objects.requireNonNull(article, "article");
    writer.addDocuments(Schema.documents(article, quotes == null ? List.of() : quotes, sourceFile));
  }

  /** Deletes an article and all its records. */
  @Override
  public void delete(String articleId) throws IOException {
    writer.deleteDocuments(new Term(Schema.ARTICLE_ID, Objects.requireNonNull(articleId, "articleId")));
  }

  /** Deletes every record that came from one corpus file, and its fingerprint. */
  public void deleteFile(String sourceFile) throws IOException {
    writer.deleteDocuments(new Term(Schema.SOURCE_FILE, sourceFile));
  }

  /** Stores (replacing) a corpus file's fingerprint record. */
  public void putFingerprint(String sourceFile, String fingerprint) throws IOException {
    writer.updateDocument(new Term(Schema.ID, "file:" + sourceFile), Schema.fileDocument(sourceFile, fingerprint));
  }

  /**
   * Display names of every speaker in the index (committed or not), read from the {@link Schema#SPEAKER_NAME} terms:
   * what a new run's {@link QuoteExtractor} needs to keep speakers canonical across runs.
   */
  public List<String> speakerNames() throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      Terms terms = MultiTerms.getTerms(reader, Schema.SPEAKER_NAME);
      if (terms == null) return names;
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String v = t.utf8ToString();
        int sep = v.indexOf('\u001f');
        if (sep >= 0 && sep + 1 < v.length()) names.add(v.substring(sep + 1));
      }
    }
    return names;
  }

  /** Makes every change so far durable. */
  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  /** Segments in the last commit. */
  public int committedSegments() throws IOException {
    return SegmentInfos.readLatestCommit(directory).size();
  }

  /** Merges every segment into one (rewriting the whole index) and commits, clearing {@link #MERGE_PENDING_KEY}. */
  public void mergeIntoOne() throws IOException {
    writer.forceMerge(1);
    putCommitData(MERGE_PENDING_KEY, null);
    writer.commit();
  }

  /** Records, with the next commit, that the index is to be merged into one (see {@link #MERGE_PENDING_KEY}). */
  public void markMergePending() {
    putCommitData(MERGE_PENDING_KEY, "true");
  }

  /** Whether a merge into one was recorded as pending and has not completed since. */
  public boolean mergePending() {
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (e.getKey().equals(MERGE_PENDING_KEY)) return true;
    }
    return false;
  }

  /** Sets ({@code value} non-null) or removes one commit user-data entry, keeping the others. */
  private synchronized void putCommitData(String key, String value) {
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    if (value == null) data.remove(key);
    else data.put(key, value);
    writer.setLiveCommitData(data.entrySet());
  }

  /**
   * Commits, then copies that commit into the empty or missing directory {@code target} while this writer goes on
   * indexing and committing: the commit's files are held by the snapshot deletion policy until the copy is done.
   * The commit point ({@code segments_N}) is copied last, so an interrupted copy is never mistaken for an index.
   *
   * @return the number of records in the copy
   */
  @Override
  public long snapshotTo(Path target) throws IOException {
    if (Files.exists(target)) {
      try (var entries = Files.list(target)) {
        if (entries.findAny().isPresent()) throw new IOException("the snapshot directory " + target + " is not empty");
      }
    }
    Files.createDirectories(target);
    writer.commit();
    IndexCommit commit = snapshots.snapshot();
    try (Directory out = FSDirectory.open(target)) {
      List<String> files = new ArrayList<>(commit.getFileNames());
      files.remove(commit.getSegmentsFileName());
      for (String f : files) out.copyFrom(directory, f, f, IOContext.DEFAULT);
      out.sync(files);
      out.copyFrom(directory, commit.getSegmentsFileName(), commit.getSegmentsFileName(), IOContext.DEFAULT);
      out.sync(List.of(commit.getSegmentsFileName()));
      out.syncMetaData();
      try (DirectoryReader copy = DirectoryReader.open(out)) {
        return copy.numDocs();
      }
    } finally {
      snapshots.release(commit);
      writer.deleteUnusedFiles();
    }
  }

  /** The underlying writer (for near-real-time readers). */
  public IndexWriter writer() {
    return writer;
  }

  public BilingualAnalyzer analyzer() {
    return analyzer;
  }

  public Directory directory() {
    return directory;
  }

  /** Commits and closes the writer and the directory. */
  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
      analyzer.close();
    }
  }
}
