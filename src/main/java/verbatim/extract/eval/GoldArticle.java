package verbatim.extract.eval;

import java.util.List;

/**
 * One annotated article of a gold file.
 *
 * @param id       article id
 * @param text     the whole article text
 * @param language "en" or "fr"
 * @param quotes   gold quotations in file order
 */
public record GoldArticle(String id, String text, String language, List<GoldQuote> quotes) {

  public GoldArticle {
    if (id == null || id.isEmpty()) throw new IllegalArgumentException("gold article without an id");
    if (text == null) throw new IllegalArgumentException("gold article " + id + " has no text");
    quotes = List.copyOf(quotes);
  }
}
