package verbatim.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import verbatim.extract.Quote;
import verbatim.index.QuoteExtractor;
import verbatim.index.Schema;
import verbatim.ingest.Article;
import verbatim.ingest.CorpusReader;

/**
 * Incremental corpus indexing into a SolrCloud collection, as the embedded index does it: a file whose stored
 * fingerprint (size, modification time, content hash) is unchanged is skipped, a changed file's records are
 * replaced, a removed file's deleted. Ingest and quote extraction are Verbatim's own (in read order, so speakers
 * come out canonical as in the embedded index); Solr only stores. Records go in batches.
 */
public final class SolrCorpusIndexer {
  private static final int BATCH_RECORDS = 1000;

  /** What a run did. */
  public record Report(long files, long unchanged, long removed, long articles, long quotes, List<String> failures,
      double seconds) {
    public double articlesPerSecond() {
      return seconds > 0 ? articles / seconds : 0;
    }
  }

  private final SolrBackend backend;
  private final SolrWriter writer;
  private final CorpusReader reader = new CorpusReader();

  public SolrCorpusIndexer(SolrBackend backend, SolrWriter writer) {
    this.backend = backend;
    this.writer = writer;
  }

  /** Brings the collection in line with {@code corpus} and commits. */
  public Report run(Path corpus) throws IOException {
    long t0 = System.nanoTime();
    Map<String, String> stored = fingerprints();
    QuoteExtractor extractor = new QuoteExtractor(backend.speakerNames());
    Set<String> seen = new HashSet<>();
    long unchanged = 0;
    long removed = 0;
    long[] counts = new long[2]; // articles, quotes
    List<String> failures = new ArrayList<>();
    List<Path> files = reader.list(corpus);
    for (Path f : files) {
      String key = key(corpus, f);
      seen.add(key);
      String fp = fingerprint(f);
      String old = stored.get(key);
      if (fp.equals(old)) {
        unchanged++;
        continue;
      }
      if (old != null) writer.deleteFile(key);
      indexFile(f, key, extractor, counts, failures);
      writer.putFingerprint(key, fp);
    }
    for (String key : stored.keySet()) {
      if (!seen.contains(key)) {
        writer.deleteFile(key);
        removed++;
      }
    }
    writer.commit();
    return new Report(files.size(), unchanged, removed, counts[0], counts[1], failures, (System.nanoTime() - t0) / 1e9);
  }

  private void indexFile(Path f, String key, QuoteExtractor extractor, long[] counts, List<String> failures)
      throws IOException {
    List<SolrInputDocument> batch = new ArrayList<>();
    IOException[] error = {null};
    reader.read(f, new CorpusReader.Sink() {
      @Override public void article(Article a) {
        if (error[0] != null) return;
        List<Quote> quotes = extractor.apply(a);
        batch.addAll(SolrDocuments.of(a, quotes, key));
        counts[0]++;
        counts[1] += quotes.size();
        if (batch.size() >= BATCH_RECORDS) {
          try {
            writer.add(batch);
          } catch (IOException e) {
            error[0] = e;
          }
          batch.clear();
        }
      }

      @Override public void failed(String source, String reason) {
        failures.add(source + ": " + reason);
      }

      @Override public void skipped(String source, String reason) {
        // deliberately left out (empty, unsupported)
      }
    });
    if (error[0] != null) throw error[0];
    writer.add(batch);
  }

  /** Stored fingerprints: file key → "size:mtime:hash". */
  private Map<String, String> fingerprints() throws IOException {
    Map<String, String> out = new HashMap<>();
    SolrQuery q = new SolrQuery(Schema.TYPE + ":" + Schema.TYPE_FILE);
    q.setFields(Schema.SOURCE_FILE, Schema.FINGERPRINT);
    q.setRows(1000);
    q.set("sort", Schema.ID + " asc");
    String mark = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      QueryResponse r = backend.query(q);
      for (SolrDocument d : r.getResults()) {
        out.put(String.valueOf(d.getFirstValue(Schema.SOURCE_FILE)), String.valueOf(d.getFirstValue(Schema.FINGERPRINT)));
      }
      if (r.getNextCursorMark() == null || r.getNextCursorMark().equals(mark)) return out;
      mark = r.getNextCursorMark();
    }
  }

  static String key(Path corpusDir, Path file) {
    Path rel = corpusDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    return rel.toString().replace('\\', '/');
  }

  private static String fingerprint(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) md.update(buf, 0, n);
      return a.size() + ":" + a.lastModifiedTime().toMillis() + ":" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
