package verbatim.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sink that keeps everything, for tests. */
final class Collector implements CorpusReader.Sink {
  final List<Article> articles = new ArrayList<>();
  final Map<String, String> failed = new LinkedHashMap<>();
  final Map<String, String> skipped = new LinkedHashMap<>();
  final Map<String, String> warned = new LinkedHashMap<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void failed(String source, String reason) {
    failed.put(source, reason);
  }

  @Override
  public void skipped(String source, String reason) {
    skipped.put(source, reason);
  }

  @Override
  public void warned(String source, String warning) {
    warned.put(source, warning);
  }

  Article only() {
    if (articles.size() != 1 || !failed.isEmpty()) {
      throw new AssertionError("expected one article, got " + articles.size() + ", failed " + failed + ", skipped " + skipped);
    }
    return articles.get(0);
  }

  static void assertOffsets(Article a) {
    for (Paragraph p : a.paragraphs()) {
      if (!a.text().substring(p.start(), p.end()).equals(p.text())) throw new AssertionError("paragraph offsets do not round-trip: " + p);
      if (p.text().isBlank() || !p.text().equals(p.text().strip())) throw new AssertionError("paragraph not trimmed: " + p);
    }
    for (RelatedStub s : a.related()) {
      if (s.start() >= 0 && !a.text().substring(s.start(), s.end()).equals(s.title())) throw new AssertionError("stub offsets do not round-trip: " + s);
    }
  }
}
