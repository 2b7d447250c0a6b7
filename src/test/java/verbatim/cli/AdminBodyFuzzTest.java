package verbatim.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.store.ByteBuffersDirectory;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.fuzz.Invariants;
import verbatim.ingest.CorpusReader;
import verbatim.search.Searcher;
import verbatim.web.ArticleStore;

/**
 * Coverage-guided fuzzing of the admin body reader ({@code POST /api/articles}: {@link ServeCommand.IndexStore#add})
 * in its three content types. Documented outcomes only: an {@link IllegalArgumentException} (a 400: the body as a
 * whole is unusable) or a result whose refused inputs each carry a reason that explains itself.
 */
class AdminBodyFuzzTest {
  private static final String[] TYPES = {"application/json", "application/x-ndjson", "text/plain"};
  private static final Indexer INDEXER;
  private static final ArticleStore STORE;

  static {
    try {
      INDEXER = new Indexer(new ByteBuffersDirectory(), 16); // lives as long as the test JVM
      Searcher searcher = new Searcher(INDEXER);
      STORE = new ServeCommand.IndexStore(INDEXER, searcher, new CorpusReader(), new QuoteExtractor());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void body(FuzzedDataProvider data) throws Exception {
    Invariants.within(() -> bodyOnce(data));
  }

  private static void bodyOnce(FuzzedDataProvider data) throws IOException {
    String type = data.pickValue(TYPES);
    byte[] body = data.consumeRemainingAsBytes();
    ArticleStore.Result r;
    try {
      r = STORE.add(body, type);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("a 400 without a reason", e);
      return;
    }
    for (ArticleStore.Failure f : r.failures()) {
      if (f.reason() == null || f.reason().isBlank() || f.reason().contains("cannot parse: "))
        throw new AssertionError("a reason that is no explanation: " + f.reason());
    }
    for (String id : r.ids()) INDEXER.delete(id); // keeps the index small over millions of runs
  }
}
