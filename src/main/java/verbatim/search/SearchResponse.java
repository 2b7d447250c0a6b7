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
 * @param distinct   how many distinct quotes the hits hold (wire copies of one quote by one speaker count once;
 *                   null when not counted: other record types, or facets off)
 * @param speakerMatch the known speaker the query's words name, whose quotes come first (null: none); the
 *                   request parameter {@code speakerMatch=false} searches the words instead
 * @param queryMode  how the query was read: "simple" or "advanced" (a simple query that uses AND, NOT,
 *                   brackets or a field: prefix is read as advanced syntax)
 * @param notices    plain sentences about how the request was read (syntax, speaker names resolved)
 */
public record SearchResponse(
    long total,
    boolean totalExact,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    String cursor,
    String didYouMean,
    boolean partial,
    Long distinct,
    SpeakerMatch speakerMatch,
    String queryMode,
    List<String> notices) {

  /** The 7-argument form: nothing counted or matched beyond the hits. */
  public SearchResponse(long total, boolean totalExact, List<Hit> hits, Map<String, List<FacetCount>> facets,
      String cursor, String didYouMean, boolean partial) {
    this(total, totalExact, hits, facets, cursor, didYouMean, partial, null, null, "simple", List.of());
  }

  public SearchResponse {
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /** The speaker a query names: display name and how many of the hits are that speaker's quotes. */
  public record SpeakerMatch(String name, long count) {}

  /** The other articles holding the same quote by the same speaker (ids, at most {@code MAX_LISTED}). */
  public record AlsoIn(int count, List<String> articles) {
    public static final int MAX_LISTED = 20;
  }

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
      float score,
      AlsoIn alsoIn) {

    /** The 9-argument form: no copies. */
    public Hit(String id, String type, String text, String kind, SpeakerRef speaker, ArticleRef article,
        List<Span> highlights, String context, float score) {
      this(id, type, text, kind, speaker, article, highlights, context, score, null);
    }

    /** This hit with its copies in other articles. */
    public Hit withAlsoIn(AlsoIn copies) {
      return new Hit(id, type, text, kind, speaker, article, highlights, context, score, copies);
    }
  }

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
