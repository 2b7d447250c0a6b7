package verbatim.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * The like-for-like match count: counts article records matching a kit query with the peers' boolean
 * semantics (every term required, phrases as phrases, title and body) on the article text fields, each term
 * analysed by the English chain on the English field and by the French chain on the French field (a record
 * matches when its language's form is there, as in the search). The index keeps no unstemmed field, so this still matches stemmed forms and drops stop words; what
 * it separates from the search count is Verbatim's ranking semantics (optional words, title and proximity
 * clauses). Read-only, on the last commit; used only for the count comparison, never for timing.
 */
public final class FoldedCounter implements Closeable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final BilingualAnalyzer analyzer = new BilingualAnalyzer();

  public FoldedCounter(Path indexDir) throws IOException {
    this.reader = DirectoryReader.open(FSDirectory.open(indexDir));
    this.searcher = new IndexSearcher(reader);
  }

  /** Exact number of article records matching {@code q}. */
  public long count(BenchQuery q) throws IOException {
    return searcher.count(query(q));
  }

  Query query(BenchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), BooleanClause.Occur.FILTER);
    if (q.type().equals("phrase")) {
      b.add(both(String.join(" ", q.terms())), BooleanClause.Occur.MUST);
    } else {
      // a term the tokenizer splits ("u.s." style) must match as a phrase, like FTS5's "..." does
      for (String t : q.terms()) b.add(both(t), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  /**
   * The text as a term or phrase in either language's analysis, each on its language's field (a record has
   * only its own language's field, so no language filter is needed); no match when both drop it.
   */
  private Query both(String text) {
    Query en = one(BilingualAnalyzer.terms(analyzer.english(), Schema.ARTICLE_TEXT, text), Schema.inLanguage(Schema.ARTICLE_TEXT, "en"));
    Query fr = one(BilingualAnalyzer.terms(analyzer.french(), Schema.ARTICLE_TEXT, text), Schema.inLanguage(Schema.ARTICLE_TEXT, "fr"));
    if (en == null && fr == null) return new MatchNoDocsQuery();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (en != null) b.add(en, BooleanClause.Occur.SHOULD);
    if (fr != null) b.add(fr, BooleanClause.Occur.SHOULD);
    return b.build();
  }

  private static Query one(List<String> tokens, String field) {
    if (tokens.isEmpty()) return null;
    return tokens.size() == 1 ? new TermQuery(new Term(field, tokens.get(0)))
        : new PhraseQuery(field, tokens.toArray(String[]::new));
  }

  @Override
  public void close() throws IOException {
    reader.close();
    analyzer.close();
  }
}
