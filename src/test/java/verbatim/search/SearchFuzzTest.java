package verbatim.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import verbatim.extract.Quote;
import verbatim.fuzz.Invariants;
import verbatim.index.Indexer;
import verbatim.ingest.Article;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchRequest.Mode;
import verbatim.search.SearchRequest.Sort;

/**
 * Coverage-guided fuzzing of both query parsers and the cursor decoder, through {@link Searcher#search} on a small
 * bilingual index. Documented outcomes only: a simple query never fails; an advanced one may fail with a
 * {@link SearchException} (syntax, or a parameter at the door); a cursor may be refused with code
 * {@code bad_cursor}. Every hit's highlights lie inside its text, in order.
 */
class SearchFuzzTest {
  private static final DocType[] TYPES = {DocType.QUOTE, DocType.ARTICLE, DocType.STUB, DocType.ARTICLE_OR_STUB};
  private static final Searcher SEARCHER = searcher();

  @SuppressWarnings("unchecked")
  private static Searcher searcher() {
    try {
      Indexer indexer = new Indexer(new ByteBuffersDirectory(), 16); // lives as long as the test JVM
      for (Object[] aq : Fixtures.bilingual()) indexer.index((Article) aq[0], (List<Quote>) aq[1]);
      indexer.commit();
      Searcher s = new Searcher(indexer);
      s.refresh();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SearchRequest request(FuzzedDataProvider data, String q, Mode mode, String cursor) {
    DocType type = data.pickValue(TYPES);
    Sort sort = data.consumeBoolean() ? Sort.DATE : Sort.RELEVANCE;
    return new SearchRequest(q, mode, type, List.of(), null, null, null, null, null, data.consumeInt(1, 5), cursor,
        sort, data.consumeBoolean());
  }

  @FuzzTest(maxDuration = "2m")
  void simpleQuery(FuzzedDataProvider data) throws Exception {
    Invariants.within(() -> simpleQueryOnce(data));
  }

  private static void simpleQueryOnce(FuzzedDataProvider data) throws IOException {
    SearchRequest r = request(data, "", Mode.SIMPLE, null);
    String q = data.consumeRemainingAsString();
    if (q.length() > SearchRequest.MAX_QUERY_LENGTH) return; // refused at the door
    check(SEARCHER.search(withQuery(r, q)));
  }

  @FuzzTest(maxDuration = "2m")
  void advancedQuery(FuzzedDataProvider data) throws Exception {
    Invariants.within(() -> advancedQueryOnce(data));
  }

  private static void advancedQueryOnce(FuzzedDataProvider data) throws IOException {
    SearchRequest r = request(data, "", Mode.ADVANCED, null);
    String q = data.consumeRemainingAsString();
    if (q.length() > SearchRequest.MAX_QUERY_LENGTH) return;
    try {
      check(SEARCHER.search(withQuery(r, q)));
    } catch (SearchException e) {
      expect(e, Set.of("query_syntax", "bad_parameter"));
    }
  }

  /** A forged cursor, or one the server issued with bytes changed: refused as bad_cursor, never a failure. */
  @FuzzTest(maxDuration = "2m")
  void cursor(FuzzedDataProvider data) throws Exception {
    Invariants.within(() -> cursorOnce(data));
  }

  private static void cursorOnce(FuzzedDataProvider data) throws IOException {
    SearchRequest first = request(data, data.pickValue(new String[] {"", "caire", "sécurité", "data"}), Mode.SIMPLE, null);
    String cursor;
    if (data.consumeBoolean()) {
      String issued = SEARCHER.search(first).cursor();
      if (issued == null) return;
      StringBuilder b = new StringBuilder(issued);
      int edits = data.consumeInt(0, 3);
      for (int i = 0; i < edits && b.length() > 0; i++) b.setCharAt(data.consumeInt(0, b.length() - 1), data.consumeChar());
      cursor = b.substring(0, data.consumeInt(0, b.length()));
    } else {
      cursor = data.consumeRemainingAsString();
    }
    try {
      check(SEARCHER.search(withCursor(first, cursor)));
    } catch (SearchException e) {
      expect(e, Set.of("bad_cursor"));
    }
  }

  private static SearchRequest withQuery(SearchRequest r, String q) {
    return new SearchRequest(q, r.mode(), r.type(), r.speakers(), null, null, null, null, null, r.size(), r.cursor(),
        r.sort(), r.exact()).validate();
  }

  private static SearchRequest withCursor(SearchRequest r, String cursor) {
    return new SearchRequest(r.query(), r.mode(), r.type(), r.speakers(), null, null, null, null, null, r.size(),
        cursor, r.sort(), r.exact());
  }

  private static void expect(SearchException e, Set<String> codes) {
    if (!codes.contains(e.code())) throw new AssertionError("undocumented error code " + e.code(), e);
    if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("an error without a message", e);
  }

  private static void check(SearchResponse r) {
    if (r.total() < r.hits().size()) throw new AssertionError("total " + r.total() + " < hits " + r.hits().size());
    for (SearchResponse.Hit h : r.hits()) {
      int last = 0;
      for (SearchResponse.Span s : h.highlights()) {
        Invariants.span("highlight of " + h.id(), s.start(), s.end(), h.text().length());
        if (s.start() < last) throw new AssertionError("highlights out of order in " + h.id());
        last = s.end();
      }
    }
  }
}
