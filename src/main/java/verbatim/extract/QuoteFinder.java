package verbatim.extract;

import java.util.List;

/**
 * Finds quotations and their speakers in one text. Plain Java: no Lucene, no HTTP.
 * STUB: the extraction work fills this in.
 */
public final class QuoteFinder {

  /**
   * @param text     the text to scan (offsets of the returned quotes index into it)
   * @param language "en" or "fr", the language of the text
   * @return quotes in text order
   */
  public List<Quote> find(String text, String language) {
    return List.of();
  }
}
