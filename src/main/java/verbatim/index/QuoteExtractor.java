package verbatim.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import verbatim.extract.Quote;
import verbatim.extract.QuoteFinder;
import verbatim.extract.Speaker;
import verbatim.extract.SpeakerDirectory;
import verbatim.ingest.Article;

/**
 * The extraction step of corpus indexing: an article's quotes with speakers made canonical across the corpus
 * ("Eric Caire" and "Éric Caire" become the accented form; a bare surname the unique full name seen so far).
 * Thread-safe: finding runs in parallel, the shared speaker directory is updated under a lock.
 */
public final class QuoteExtractor implements Function<Article, List<Quote>> {
  private final QuoteFinder finder = new QuoteFinder();
  private final SpeakerDirectory directory = new SpeakerDirectory();

  /** An extractor that knows no speaker yet (a fresh corpus). */
  public QuoteExtractor() {}

  /**
   * An extractor that already knows the speakers of an existing index (see {@link Indexer#speakerNames()}), so a
   * bare surname in a newly added article resolves to the full name indexed earlier, as it would in one run.
   */
  public QuoteExtractor(Iterable<String> knownSpeakers) {
    for (String name : knownSpeakers) learn(name);
  }

  /** Only full names (two words or more) teach the directory: a bare surname is what it resolves, never a source. */
  private void learn(String name) {
    if (name != null && name.strip().indexOf(' ') > 0) directory.add(name.strip());
  }

  @Override
  public List<Quote> apply(Article article) {
    String lang = "fr".equals(article.language()) ? "fr" : "en";
    List<Quote> found = finder.find(article.text(), lang);
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
        out.add(s == q.speaker() ? q : new Quote(q.start(), q.end(), q.text(), q.kind(), s, q.cue(), q.language()));
      }
    }
    return out;
  }
}
