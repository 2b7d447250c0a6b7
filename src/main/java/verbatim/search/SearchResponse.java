package verbatim.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results: the JSON document of {@code GET /api/quotes} and {@code ./verbatim search --json}.
 *
 * @param total      hit count (exact when {@code totalExact})
 * @param totalExact whether {@code total} is exact or a lower bound
 * @param hits       this page
 * @param facets     facet name ("speaker", "lang", "outlet", "kind", "year") → values with counts
 * @param cursor     opaque cursor for the next page, null on the last page
 * @param didYouMean a corrected query that has hits, or null
 * @param partial    true when the per-query timeout cut the search short
 */
public record SearchResponse(
    long total,
    boolean totalExact,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    String cursor,
    String didYouMean,
    boolean partial) {

  /** One result. {@code highlights} are offsets into {@code text}, never HTML. */
  public record Hit(
      String id,
      String type,
      String text,
      String kind,
      SpeakerRef speaker,
      ArticleRef article,
      List<Span> highlights,
      String context,
      float score) {}

  /** Speaker of a quote hit (null on article and stub hits). */
  public record SpeakerRef(String name, String role) {}

  /** The article a hit belongs to (for an article hit: itself). Date is ISO yyyy-MM-dd or null. */
  public record ArticleRef(String id, String title, String url, String outlet, String date, String language,
      boolean dateInferred) {
    /** An article whose date (if any) was given by its source. */
    public ArticleRef(String id, String title, String url, String outlet, String date, String language) {
      this(id, title, url, outlet, date, language, false);
    }
  }

  /** A highlighted range [start, end) of String indices into the hit's text. */
  public record Span(int start, int end) {}

  /** One facet value and how many hits have it. */
  public record FacetCount(String value, long count) {}
}
