package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Direct or partial from the quote's text alone. */
class QuoteKindsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nous partons demain                     | DIRECT
      un recul historique                     | PARTIAL
      10 milliards d'euros                    | PARTIAL
      70 per cent of the vote                 | PARTIAL
      2019 sera une année difficile.          | DIRECT
      un point. Puis un autre                 | DIRECT
      """)
  void aQuoteOpeningWithAFigureIsPartialUnlessItEndsLikeASentence(String body, Quote.Kind kind) {
    assertEquals(kind, QuoteKinds.of(body));
  }
}
