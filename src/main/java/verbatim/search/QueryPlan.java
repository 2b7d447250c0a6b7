package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.IndexSearcher;

/**
 * A request read against one snapshot: speaker filters resolved, the mode chosen, the query translated, the
 * speaker it names (if any) and the quote-ranking rules applied. Search and export read a request the same way.
 *
 * @param asked the validated request as asked (cursors are signed against it)
 * @param request the request with its speaker filters resolved
 * @param plain the translation before quote ranking (highlighting and did-you-mean read it)
 * @param named the speaker the whole query names, or null
 * @param ranked the translation searched
 * @param notices what the reading changed or could not decide, for the response
 */
record QueryPlan(SearchRequest asked, SearchRequest request, SearchRequest.Mode mode,
    QueryTranslator.Translation plain, KnownSpeakers.One named, QueryTranslator.Translation ranked,
    List<String> notices) {

  static QueryPlan of(Snapshot snap, SearchRequest asked, QueryTranslator translator) throws IOException {
    List<String> notices = new ArrayList<>();
    SearchRequest r = SpeakerMatcher.resolveSpeakers(snap, asked, notices);
    SearchRequest.Mode mode = QuerySyntax.mode(r, notices);
    QueryTranslator.Translation plain = translator.translate(QuerySyntax.text(r.query(), r.mode(), mode), mode, r.type());
    KnownSpeakers.One named = SpeakerMatcher.speakerMatch(snap, r, mode, notices);
    QueryTranslator.Translation t = QuoteRanking.apply(plain, r, named, snap.hasLabels);
    return new QueryPlan(asked, r, mode, plain, named, t, notices);
  }

  /** Whether the bonus clauses score the first pass's best hits again (ranked by relevance only). */
  boolean rescores() {
    return ranked.bonus() != null && request.sort() == SearchRequest.Sort.RELEVANCE;
  }

  /** The first-pass query with every filter of the request. */
  DrillDownQuery firstPass() {
    QueryTranslator.Translation t = ranked;
    return RequestFilters.drillDown(t.base() != null ? t.base() : t.query(), t, request, null);
  }

  /** The matching query (no ranking clauses) with every filter of the request but {@code without}'s. */
  DrillDownQuery matching(String without) {
    return RequestFilters.drillDown(ranked.matching(), ranked, request, without);
  }

  /** What leaves wire copies out, or null when the request keeps them or searches no quotes. */
  CopyCollapser collapser(IndexSearcher s) {
    return request.collapse() && request.type() == SearchRequest.DocType.QUOTE ? new CopyCollapser(s, matching(null))
        : null;
  }
}
