package verbatim.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import verbatim.index.BilingualAnalyzer;
import verbatim.index.Schema;

/**
 * The like-for-like match count: counts article records matching a kit query on the index's accent- and
 * case-folded UNSTEMMED field (title and body), with the index's own analysis of that field — the same
 * normalisation as the peers (lowercase + accent folding, no stemming, no stop words). Verbatim's real search
 * also matches stemmed forms, which legitimately widens its counts; this separates that from real disagreement.
 * Read-only, on the last commit; used only for the count comparison, never for timing.
 */
public final class FoldedCounter implements Closeable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new BilingualAnalyzer();

  public FoldedCounter(Path indexDir) throws IOException {
    this.reader = DirectoryReader.open(FSDirectory.open(indexDir));
    this.searcher = new IndexSearcher(reader);
  }

  /** Exact number of article records matching {@code q} on the folded field. */
  public long count(BenchQuery q) throws IOException {
    return searcher.count(query(q));
  }

  Query query(BenchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), BooleanClause.Occur.FILTER);
    if (q.type().equals("phrase")) {
      List<String> tokens = new ArrayList<>();
      for (String t : q.terms()) tokens.addAll(tokens(t));
      b.add(tokens.isEmpty() ? new MatchNoDocsQuery() : new PhraseQuery(Schema.TEXT_FOLDED, tokens.toArray(String[]::new)),
          BooleanClause.Occur.MUST);
    } else {
      for (String t : q.terms()) {
        List<String> tokens = tokens(t);
        // a term the tokenizer splits ("u.s." style) must match as a phrase, like FTS5's "..." does
        Query one = tokens.isEmpty() ? new MatchNoDocsQuery()
            : tokens.size() == 1 ? new TermQuery(new Term(Schema.TEXT_FOLDED, tokens.get(0)))
            : new PhraseQuery(Schema.TEXT_FOLDED, tokens.toArray(String[]::new));
        b.add(one, BooleanClause.Occur.MUST);
      }
    }
    return b.build();
  }

  private List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.TEXT_FOLDED, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    analyzer.close();
  }
}
