package verbatim.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import verbatim.index.Schema;
import verbatim.search.SearchResponse.FacetCount;

/** One point-in-time view with the state that depends only on it (built once per refresh). */
final class Snapshot extends IndexSearcher {
  /** Facet columns of this reader's segments (segments the previous snapshot held are shared, not reread). */
  final FacetCounter.Table facets;
  /** Copy-group columns of this reader's segments (shared with the previous snapshot like {@link #facets}). */
  final CopyGroups.Table copies;
  final Map<String, String> speakerNames;
  /** Whether any record is a quote of kind label (quote search then leaves them out). */
  final boolean hasLabels;
  private volatile List<FacetCount> speakerCounts;
  private volatile KnownSpeakers known;

  Snapshot(IndexReader reader, FacetCounter counter, CopyGroups groups) throws IOException {
    super(reader);
    this.facets = counter.table(reader);
    this.copies = groups.table(reader);
    this.speakerNames = speakerNames(reader);
    this.hasLabels = reader.docFreq(new Term(Schema.KIND, QuoteRanking.LABEL)) > 0;
  }

  /** The speakers of this snapshot by name (built on first use). */
  KnownSpeakers known() throws IOException {
    KnownSpeakers k = known;
    if (k == null) known = k = new KnownSpeakers(speakerCounts(), speakerNames);
    return k;
  }

  /** Folded key → the display form with the most accents (then the most used). */
  private static Map<String, String> speakerNames(IndexReader reader) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.SPEAKER_NAME);
    Map<String, String> names = new HashMap<>();
    if (terms == null) return names;
    Map<String, long[]> best = new HashMap<>();
    TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String s = t.utf8ToString();
      int sep = s.indexOf('\u001f');
      if (sep < 0) continue;
      String key = s.substring(0, sep);
      String display = s.substring(sep + 1);
      long accents = display.chars().filter(c -> c > 127).count();
      long[] score = {accents, te.docFreq()};
      long[] old = best.get(key);
      if (old == null || score[0] > old[0] || (score[0] == old[0] && score[1] > old[1])) {
        best.put(key, score);
        names.put(key, display);
      }
    }
    return names;
  }

  String display(String key) {
    return speakerNames.getOrDefault(key, key);
  }

  List<FacetCount> speakerCounts() throws IOException {
    List<FacetCount> c = speakerCounts;
    if (c == null) {
      // labels are no quotes: their speakers are not counted
      Query quotes = !hasLabels ? new MatchAllDocsQuery() : new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), Occur.MUST)
          .add(new TermQuery(new Term(Schema.KIND, QuoteRanking.LABEL)), Occur.MUST_NOT).build();
      FacetCounter.Tally all = search(quotes, facets.counting(List.of(Schema.FACET_SPEAKER)));
      speakerCounts = c = List.copyOf(facets.all(all, Schema.FACET_SPEAKER));
    }
    return c;
  }

  /** Builds each refreshed reader's snapshot, sharing one facet counter and one copy-group reader so unchanged segments keep their columns. */
  static final class Factory extends SearcherFactory {
    private final FacetCounter counter;
    private final CopyGroups groups;

    Factory(FacetCounter counter, CopyGroups groups) {
      this.counter = counter;
      this.groups = groups;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new Snapshot(reader, counter, groups);
    }
  }
}
