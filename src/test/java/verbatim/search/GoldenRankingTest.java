package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchRequest.Mode;

/**
 * Ranked output of fixed queries on the shipped corpus (real reader and extractor) against
 * {@code src/test/resources/search/golden-ranking.txt}. After an intended change to analysis, ranking or
 * extraction, regenerate with {@code -Dverbatim.updateGolden=true} and review the diff.
 */
class GoldenRankingTest {
  private static final List<Object[]> QUERIES = List.of(
      new Object[] {"caire", Mode.SIMPLE, DocType.QUOTE},
      new Object[] {"tiktok", Mode.SIMPLE, DocType.QUOTE},
      new Object[] {"preventive measure", Mode.SIMPLE, DocType.QUOTE},
      new Object[] {"sécurité", Mode.SIMPLE, DocType.ARTICLE},
      new Object[] {"\"national assembly\" tanguay", Mode.SIMPLE, DocType.ARTICLE},
      new Object[] {"tiktok", Mode.SIMPLE, DocType.STUB},
      new Object[] {"speaker:caire AND kind:direct", Mode.ADVANCED, DocType.QUOTE},
      new Object[] {"gatew*", Mode.ADVANCED, DocType.QUOTE});

  @Test
  void shippedCorpusRanksAsRecorded() throws IOException {
    Path base = Path.of(System.getProperty("verbatim.basedir", "."));
    Path corpus = base.resolve("corpus");
    Path golden = base.resolve("src/test/resources/search/golden-ranking.txt");
    StringBuilder out = new StringBuilder();
    try (Indexer indexer = new Indexer(new ByteBuffersDirectory(), 16)) {
      CorpusIndexer.Report r = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 1).run(corpus, null);
      assertEquals(0, r.failed(), r.failures().toString());
      assertTrue(r.indexed() >= 1);
      try (Searcher searcher = new Searcher(indexer)) {
        searcher.refresh();
        for (Object[] q : QUERIES) {
          SearchRequest req = new SearchRequest((String) q[0], (Mode) q[1], (DocType) q[2], null, null, null, null,
              null, null, 5, null, null, true);
          SearchResponse resp = searcher.search(req);
          out.append("## ").append(q[0]).append(" [").append(q[1]).append(' ').append(q[2]).append("] total=")
              .append(resp.total()).append('\n');
          int i = 0;
          for (SearchResponse.Hit h : resp.hits()) {
            String text = mark(h.text(), h.highlights());
            if (text.length() > 120) text = text.substring(0, 120) + "…";
            out.append(++i).append(". ").append(h.id())
                .append(h.speaker() == null ? "" : " — " + h.speaker().name()).append(" | ")
                .append(text.replace('\n', ' ')).append('\n');
          }
        }
      }
    }
    if (Boolean.getBoolean("verbatim.updateGolden") || !Files.exists(golden)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), out.toString());
  }

  /** Highlights as [brackets], like ./verbatim search prints them. */
  private static String mark(String text, List<SearchResponse.Span> spans) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (SearchResponse.Span s : spans) {
      sb.append(text, at, s.start()).append('[').append(text, s.start(), s.end()).append(']');
      at = s.end();
    }
    return sb.append(text, at, text.length()).toString();
  }
}
