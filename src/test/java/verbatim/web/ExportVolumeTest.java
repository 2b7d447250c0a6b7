package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.extract.Quote;
import verbatim.index.Indexer;
import verbatim.ingest.Article;
import verbatim.search.SearchRequest;
import verbatim.search.Searcher;

/**
 * A large export streams every row in one response (no paging by hand). The row count is a system property
 * so the same test measures 100,000 rows: {@code -Dverbatim.exportRows=100000}.
 */
class ExportVolumeTest {
  static final int QUOTES_PER_ARTICLE = 50;

  @Test
  void everyRowOfALargeExportArrivesOnce(@TempDir Path dir) throws Exception {
    int rows = Integer.getInteger("verbatim.exportRows", 12_000);
    int articles = (rows + QUOTES_PER_ARTICLE - 1) / QUOTES_PER_ARTICLE;
    try (Indexer indexer = Indexer.open(dir.resolve("index"))) {
      long t0 = System.nanoTime();
      int made = 0;
      for (int a = 0; a < articles; a++) {
        List<String> paragraphs = new ArrayList<>();
        int n = Math.min(QUOTES_PER_ARTICLE, rows - made);
        for (int q = 0; q < n; q++) paragraphs.add("\"Harbour note " + a + "-" + q + ", kept \"as is\"\" said Jane Doe.");
        Article art = TestIndex.article("vol-" + a, "en", "Harbour notes " + a, "2022-0" + (1 + a % 9) + "-01",
            "The Lantern", List.of(), paragraphs.toArray(String[]::new));
        List<Quote> qs = new ArrayList<>();
        for (int q = 0; q < n; q++) {
          qs.add(TestIndex.quote(art, "Harbour note " + a + "-" + q + ", kept \"as is\"", "Jane Doe", null, Quote.Kind.DIRECT));
        }
        indexer.index(art, qs);
        made += n;
      }
      indexer.commit();
      long t1;
      long indexNanos = System.nanoTime() - t0;
      try (Searcher searcher = new Searcher(indexer);
           ApiServer server = new ApiServer(ServerConfig.defaults().withPort(0).withRateLimit(0), searcher, null).start()) {
        long total = searcher.search(new SearchRequest("harbour", null, null, null, null, null, null, null, null, 1,
            null, null, true)).total();
        assertEquals(rows, total);
        long[] direct = {0};
        long td = System.nanoTime();
        searcher.export(new SearchRequest("harbour", null, null, null, null, null, null, null, null, 1, null, null, false),
            h -> direct[0]++);
        long directNanos = System.nanoTime() - td;
        assertEquals(total, direct[0]);
        t1 = System.nanoTime();
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/export?format=csv&q=harbour")).build(),
            HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Transfer-Encoding").orElse("").contains("chunked"),
            "streamed, not buffered to compute a Content-Length");
        long lines = 0;
        long quotedFields = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
          String header = in.readLine();
          assertTrue(header.startsWith("quote_id,article_id"), header);
          for (String line; (line = in.readLine()) != null; ) {
            lines++;
            if (line.endsWith("\"\"as is\"\"\",")) quotedFields++; // then the empty also_in column
          }
        }
        long t2 = System.nanoTime();
        assertEquals(total, lines);
        assertEquals(total, quotedFields);
        System.out.printf(java.util.Locale.ROOT,
            "export volume: %d rows; indexing %.1f s, Searcher.export alone %.1f s, export over HTTP %.1f s%n",
            rows, indexNanos / 1e9, directNanos / 1e9, (t2 - t1) / 1e9);
      }
    }
  }
}
