package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented English news sentences: how wire copy quotes and names its sources (helper en5's rules). */
class EnglishSourcesTest {

  /** The kinds of the quotes found in an English text, in text order, joined by spaces. */
  static String kinds(String text, String language) {
    List<Quote> qs = new QuoteFinder(true).find(text, language);
    return String.join(" ", qs.stream().map(q -> q.kind().name().toLowerCase(java.util.Locale.ROOT)).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Mayor Ann Moss said the new rink was “a good start” for the whole town.                  | en | indirect
      The union said on Monday that the offer remained “far too low” for its members.          | en | indirect
      Le maire a dit que la patinoire était « un bon début » pour toute la ville.              | fr | indirect partial
      """)
  void aQuotedFragmentInsideAnEnglishReportedClauseIsPartOfThatOneIndirectQuote(String text, String language,
      String kinds) {
    assertEquals(kinds, kinds(text, language));
  }
}
