package verbatim.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import verbatim.index.Schema;
import verbatim.text.Folding;

/** Turns a request's filters and sort into Lucene terms: the record type, dates and facet drill-downs. */
final class RequestFilters {
  private RequestFilters() {}

  /** Dimensions the request filters on (their facets are counted sideways). */
  static List<String> selectedDims(SearchRequest r) {
    List<String> dims = new ArrayList<>();
    if (!r.speakers().isEmpty()) dims.add(Schema.FACET_SPEAKER);
    if (r.lang() != null) dims.add(Schema.FACET_LANG);
    if (r.outlet() != null && !r.outlet().isBlank()) dims.add(Schema.FACET_OUTLET);
    if (r.kind() != null) dims.add(Schema.FACET_KIND);
    return dims;
  }

  /** The query with every filter of the request except the facet dimension {@code without} (may be null). */
  static DrillDownQuery drillDown(QueryTranslator.Translation t, SearchRequest r, String without) {
    return drillDown(t.query(), t, r, without);
  }

  /** As {@link #drillDown(QueryTranslator.Translation, SearchRequest, String)} around {@code main}. */
  static DrillDownQuery drillDown(Query main, QueryTranslator.Translation t, SearchRequest r, String without) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(main, Occur.MUST);
    if (!t.mentionsType() && !t.typed()) b.add(typeFilter(r.type()), Occur.FILTER);
    // corpus file fingerprints are bookkeeping, never results (the type filter already excludes them)
    if (t.mentionsType()) b.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_FILE)), Occur.MUST_NOT);
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Schema.DATE, from, to), Occur.FILTER);
    }
    DrillDownQuery ddq = new DrillDownQuery(Schema.facetsConfig(), b.build());
    if (!Schema.FACET_SPEAKER.equals(without)) {
      boolean any = false;
      for (String s : r.speakers()) {
        String key = Folding.key(s);
        if (!key.isEmpty()) {
          ddq.add(Schema.FACET_SPEAKER, key);
          any = true;
        }
      }
      if (!any && !r.speakers().isEmpty()) ddq.add(Schema.FACET_SPEAKER, "\u0000none");
    }
    if (r.lang() != null && !Schema.FACET_LANG.equals(without)) ddq.add(Schema.FACET_LANG, r.lang());
    if (r.outlet() != null && !r.outlet().isBlank() && !Schema.FACET_OUTLET.equals(without))
      ddq.add(Schema.FACET_OUTLET, r.outlet());
    if (r.kind() != null && !Schema.FACET_KIND.equals(without)) ddq.add(Schema.FACET_KIND, r.kind());
    return ddq;
  }

  private static Query typeFilter(SearchRequest.DocType type) {
    return switch (type) {
      case QUOTE -> new TermQuery(new Term(Schema.TYPE, Schema.TYPE_QUOTE));
      case ARTICLE -> new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE));
      case STUB -> new TermQuery(new Term(Schema.TYPE, Schema.TYPE_STUB));
      case ARTICLE_OR_STUB -> new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), Occur.SHOULD)
          .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_STUB)), Occur.SHOULD).build();
    };
  }

  static Sort sort(SearchRequest.Sort sort) {
    // equal scores or dates are ordered by the id's 64-bit key (numeric doc values: cheap to compare)
    SortField tiebreak = new SortField(Schema.ID_KEY, SortField.Type.LONG);
    if (sort == SearchRequest.Sort.DATE) {
      SortField date = new SortField(Schema.DATE, SortField.Type.LONG, true);
      date.setMissingValue(Long.MIN_VALUE);
      return new Sort(date, tiebreak);
    }
    return new Sort(SortField.FIELD_SCORE, tiebreak);
  }
}
