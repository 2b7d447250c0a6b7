package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.index.Schema;
import verbatim.ingest.CorpusReader;
import verbatim.search.SearchRequest;
import verbatim.search.Searcher;
import verbatim.web.ApiServer;
import verbatim.web.ServerConfig;

/**
 * {@code ./verbatim snapshot} against a serving index taking admin writes, then {@code ./verbatim restore}: the copy
 * holds every write acknowledged before the snapshot was asked for, each article whole (its quotes with it), and
 * the restored index serves it.
 */
class SnapshotRestoreTest {
  private static final String TOKEN = "snapshot-test-token";
  @TempDir Path tmp;

  @Test
  void aSnapshotTakenDuringAdminWritesIsConsistentAndRestores() throws Exception {
    Path index = tmp.resolve("index");
    Path snap = tmp.resolve("snap");
    Set<String> ackedBeforeSnapshot;
    Map<String, Integer> quotesPerArticle;
    try (Indexer indexer = Indexer.open(index); Searcher searcher = new Searcher(indexer)) {
      ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminToken(TOKEN).withRateLimit(0);
      try (ApiServer server = new ApiServer(cfg, searcher,
          new ServeCommand.IndexStore(indexer, searcher, new CorpusReader(), new QuoteExtractor())).start()) {
        String base = "http://127.0.0.1:" + server.port();
        Set<String> acked = ConcurrentHashMap.newKeySet();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread writer = new Thread(() -> write(base, acked, failed), "admin-writes");
        writer.start();
        while (acked.size() < 8 && writer.isAlive()) Thread.sleep(10);
        ackedBeforeSnapshot = Set.copyOf(acked);
        assertEquals(0, Main.run(List.of("snapshot", snap.toString(), "--index", index.toString(), "--server", base,
            "--admin-token", TOKEN)));
        writer.join();
        assertEquals(null, failed.get());
        assertTrue(acked.size() > ackedBeforeSnapshot.size(), "writes went on around the snapshot");
      }
      indexer.commit();
      quotesPerArticle = quotesPerArticle(index);
    }
    Map<String, Integer> copied = quotesPerArticle(snap);
    assertTrue(copied.keySet().containsAll(ackedBeforeSnapshot), "every acknowledged write is in the snapshot");
    for (Map.Entry<String, Integer> e : copied.entrySet()) {
      assertEquals(quotesPerArticle.get(e.getKey()), e.getValue(), "article " + e.getKey() + " has all its quotes");
    }

    assertEquals(0, Main.run(List.of("restore", snap.toString(), "--index", index.toString())));
    assertTrue(Files.isDirectory(tmp.resolve("index.before-restore-1")), "the previous index is kept");
    try (Searcher restored = Searcher.open(index)) {
      long articles = restored.search(new SearchRequest("", null, SearchRequest.DocType.ARTICLE, null, null, null, null,
          null, null, 10, null, null, true)).total();
      assertEquals(copied.size(), articles);
    }
    // with no server holding the index, the command copies it itself
    Path offline = tmp.resolve("offline");
    assertEquals(0, Main.run(List.of("snapshot", offline.toString(), "--index", index.toString())));
    assertEquals(copied, quotesPerArticle(offline));
  }

  private static void write(String base, Set<String> acked, AtomicReference<Throwable> failed) {
    try (HttpClient client = HttpClient.newHttpClient()) {
      for (int i = 0; i < 25; i++) {
        String body = "{\"id\":\"w" + i + "\",\"language\":\"en\",\"text\":\"The council met on day " + i
            + ". “We will open the footbridge in spring,” said Mayor Dana Wu. “Not before the audit,” said Sam Reyes.\"}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 201) throw new AssertionError(resp.statusCode() + " " + resp.body());
        acked.add("w" + i);
      }
    } catch (Throwable t) {
      failed.set(t);
    }
  }

  /** Article id → its quote records in the index's last commit. */
  private static Map<String, Integer> quotesPerArticle(Path dir) throws Exception {
    Map<String, Integer> out = new HashMap<>();
    try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      StoredFields stored = r.storedFields();
      for (ScoreDoc sd : new IndexSearcher(r).search(new MatchAllDocsQuery(), Math.max(1, r.maxDoc())).scoreDocs) {
        Document doc = stored.document(sd.doc);
        String type = doc.get(Schema.TYPE);
        String id = doc.get(Schema.ID);
        if (Schema.TYPE_ARTICLE.equals(type)) out.merge(id, 0, Integer::sum);
        else if (Schema.TYPE_QUOTE.equals(type)) out.merge(id.substring(0, id.indexOf('#')), 1, Integer::sum);
      }
    }
    return out;
  }
}
