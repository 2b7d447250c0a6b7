package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random texts made of quote marks, cue words, names and breaks: no exception, offsets always valid. */
class QuoteFinderRobustnessTest {

  private static final String[] PIECES = {
      "“", "”", "«", "»", "\u00A0", "\"", "'", "‘", "’", " ", " ", " ", "\n", "\n\n", ",", ".", ":", "?", "-",
      "said", "a-t-il", "dit", "he", "elle", "Mr.", "M.", "Mme", "Caire", "Éric", "the", "la", "ministre",
      "selon", "according", "to", "It’s", "qu’il", "l’", "word", "mot", "Paul", "St-Pierre", "and", "but",
      "Minister", "of", "de", "told", "», a-t-elle dit", "”, she said", "according to"};

  @Test
  void randomTextsNeverBreakTheFinder() {
    Random random = new Random(42);
    QuoteFinder finder = new QuoteFinder();
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
      String text = sb.toString();
      String lang = random.nextBoolean() ? "en" : "fr";
      List<Quote> quotes = finder.find(text, lang);
      int last = -1;
      for (Quote q : quotes) {
        assertTrue(q.start() >= 0 && q.start() < q.end() && q.end() <= text.length(), text);
        assertEquals(q.text(), text.substring(q.start(), q.end()), text);
        assertTrue(q.start() >= last, "quotes in text order: " + text);
        last = q.start();
      }
    }
  }
}
