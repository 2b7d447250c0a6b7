package verbatim.index;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import verbatim.extract.CorpusSpeakers;
import verbatim.extract.Quote;
import verbatim.extract.QuoteFinder;
import verbatim.ingest.Article;

/**
 * The extraction step of corpus indexing: an article's quotes with speakers made canonical across the corpus by
 * {@link CorpusSpeakers}. Two parts: {@link #find} (the expensive one) runs on any thread in any order;
 * {@link #canonical} learns from and applies the corpus's speakers, so what it gives depends on the articles it saw
 * before. {@link CorpusIndexer} calls it in read order, which makes a build the same on any number of threads.
 * Thread-safe.
 */
public final class QuoteExtractor implements Function<Article, List<Quote>> {
  private final BiFunction<String, String, List<Quote>> finder;
  private final CorpusSpeakers speakers;

  /** An extractor that knows no speaker yet (a fresh corpus). */
  public QuoteExtractor() {
    this(List.of());
  }

  /**
   * An extractor that already knows the speakers of an existing index (see {@link Indexer#speakerNames()}), so a
   * bare surname in a newly added article resolves to the full name indexed earlier, as it would in one run.
   */
  public QuoteExtractor(Iterable<String> knownSpeakers) {
    this(new QuoteFinder()::find, knownSpeakers);
  }

  /** @param finder (text, language) → quotes with speakers as the article gives them; called from several threads */
  QuoteExtractor(BiFunction<String, String, List<Quote>> finder, Iterable<String> knownSpeakers) {
    this.finder = Objects.requireNonNull(finder, "finder");
    this.speakers = new CorpusSpeakers(knownSpeakers);
  }

  /** The article's quotes with its own speakers' names, before {@link #canonical}; any thread, any order. */
  public List<Quote> find(Article article) {
    String lang = "fr".equals(article.language()) ? "fr" : "en";
    return finder.apply(article.text(), lang);
  }

  /**
   * One article's {@code found} quotes with speakers made canonical across the corpus ({@link CorpusSpeakers}).
   * The result depends on the articles seen before: call it in read order for a result that does not depend on
   * thread scheduling.
   */
  public List<Quote> canonical(List<Quote> found) {
    return speakers.canonical(found);
  }

  /** Both parts at once, for a single article (an article posted to the API); the order is the callers'. */
  @Override
  public List<Quote> apply(Article article) {
    return canonical(find(article));
  }
}
