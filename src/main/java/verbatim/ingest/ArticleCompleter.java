package verbatim.ingest;

import java.time.LocalDate;

/**
 * Fills in what real corpora leave out, once an article is parsed: a date from the url path when none was
 * given (flagged {@link Article#dateInferred()}), a title drafted from the first paragraph when there is none,
 * and running text for hard-wrapped paragraphs. Given metadata is never replaced.
 */
public final class ArticleCompleter {
  private ArticleCompleter() {}

  public static Article complete(Article article) {
    Article a = HardWrapJoiner.join(article);
    LocalDate date = a.date();
    boolean inferred = a.dateInferred();
    if (date == null) {
      date = UrlDateFinder.find(a.url());
      inferred = date != null;
    }
    String title = a.title();
    if (title.isBlank() && !a.paragraphs().isEmpty()) title = TitleDrafter.draft(a.paragraphs().get(0).text());
    if (date == a.date() && title.equals(a.title())) return a;
    return new Article(a.id(), a.source(), a.text(), title, a.paragraphs(), a.subheadings(), a.credits(),
        a.related(), a.boilerplate(), a.outlet(), a.url(), date, a.author(), a.language(), inferred);
  }

  /** A sink that completes every article before handing it on. */
  public static CorpusReader.Sink completing(CorpusReader.Sink sink) {
    return new CorpusReader.Sink() {
      @Override
      public void article(Article article) {
        sink.article(complete(article));
      }

      @Override
      public void failed(String source, String reason) {
        sink.failed(source, reason);
      }

      @Override
      public void skipped(String source, String reason) {
        sink.skipped(source, reason);
      }
    };
  }
}
