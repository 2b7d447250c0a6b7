package verbatim.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import verbatim.extract.Quote;
import verbatim.extract.QuoteFinder;
import verbatim.extract.Speaker;
import verbatim.extract.SpeakerDirectory;
import verbatim.ingest.Article;

/**
 * The extraction step of corpus indexing: an article's quotes with speakers made canonical across the corpus
 * ("Eric Caire" and "Éric Caire" become the accented form; a bare surname the unique full name seen so far).
 * Two parts: {@link #find} (the expensive one) runs on any thread in any order; {@link #canonical} learns from and
 * applies the shared speaker directory, so what it gives depends on the articles it saw before. {@link CorpusIndexer}
 * calls it in read order, which makes a build the same on any number of threads. Thread-safe.
 */
public final class QuoteExtractor implements Function<Article, List<Quote>> {
  private final BiFunction<String, String, List<Quote>> finder;
  private final SpeakerDirectory directory = new SpeakerDirectory();

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
    for (String name : knownSpeakers) learn(name);
  }

  /** Only full names (two words or more) teach the directory: a bare surname is what it resolves, never a source. */
  private void learn(String name) {
    if (name != null && name.strip().indexOf(' ') > 0) directory.add(name.strip());
  }

  /** The article's quotes with its own speakers' names, before {@link #canonical}; any thread, any order. */
  public List<Quote> find(Article article) {
    String lang = "fr".equals(article.language()) ? "fr" : "en";
    return finder.apply(article.text(), lang);
  }

  /**
   * Learns the full names among one article's {@code found} quotes, then gives the quotes with canonical speakers.
   * The result depends on the articles seen before: call it in read order for a result that does not depend on
   * thread scheduling.
   */
  public List<Quote> canonical(List<Quote> found) {
    if (found.isEmpty()) return found;
    List<Quote> out = new ArrayList<>(found.size());
    synchronized (directory) {
      for (Quote q : found) {
        if (q.speaker() != null) learn(q.speaker().name());
      }
      for (Quote q : found) {
        Speaker s = q.speaker();
        if (s != null) {
          String canonical = directory.canonical(s.name());
          if (canonical != null && !canonical.equals(s.name())) s = new Speaker(canonical, s.role());
        }
        out.add(s == q.speaker() ? q : q.withSpeaker(s));
      }
    }
    return out;
  }

  /** Both parts at once, for a single article (an article posted to the API); the order is the callers'. */
  @Override
  public List<Quote> apply(Article article) {
    return canonical(find(article));
  }
}
