package verbatim.search;

import java.util.List;

/**
 * One article as stored in the index, for the article page: its body paragraphs, the quotes found in it
 * (with offsets into {@code text}, speakers, roles and kinds) and its related-story stubs.
 *
 * @param id         article id
 * @param source     corpus file (plus "#line" for JSON Lines)
 * @param title      headline
 * @param url        canonical url or null
 * @param outlet     publisher or null
 * @param date       ISO yyyy-MM-dd or null
 * @param author     byline or null
 * @param language   "en" or "fr"
 * @param text       the text quote offsets refer to
 * @param paragraphs body paragraphs in order
 * @param quotes     quotes in text order
 * @param related    related-story stubs in order
 * @param dateInferred true when {@code date} was inferred from the url rather than given
 */
public record ArticleView(
    String id,
    String source,
    String title,
    String url,
    String outlet,
    String date,
    String author,
    String language,
    String text,
    List<ParagraphView> paragraphs,
    List<QuoteView> quotes,
    List<StubView> related,
    boolean dateInferred) {

  /** An article whose date (if any) was given by its source. */
  public ArticleView(String id, String source, String title, String url, String outlet, String date, String author,
      String language, String text, List<ParagraphView> paragraphs, List<QuoteView> quotes, List<StubView> related) {
    this(id, source, title, url, outlet, date, author, language, text, paragraphs, quotes, related, false);
  }

  /** A body paragraph; start/end are indices into {@link ArticleView#text()} (-1 when not in it). */
  public record ParagraphView(int start, int end, String text) {}

  /**
   * A quote of the article.
   *
   * @param id        record id ("articleId#q-N"), the id search hits carry
   * @param start     index of the first quoted character in {@link ArticleView#text()}
   * @param end       index just past the last quoted character
   * @param paragraph index of the paragraph holding it in {@link ArticleView#paragraphs()}, -1 if none
   * @param speaker   canonical speaker or null when unknown
   */
  public record QuoteView(
      String id, int start, int end, String text, String kind, SearchResponse.SpeakerRef speaker, String cue,
      String language, int paragraph) {}

  /** A related-story stub ("articleId#stub-N"). */
  public record StubView(String id, String title, String url, int start, int end) {}
}
