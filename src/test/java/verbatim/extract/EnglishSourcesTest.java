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

  /** The speaker of the last quote found in an English text ("-" when none). */
  static String lastSpeaker(String text) {
    return EnglishNewsRulesTest.lastSpeaker(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "Rates will fall further this spring," said Peter Lorne of Smith Brothers.             | Peter Lorne
      "Demand for steel is weak," said Ann Moss of the Bolton Steel Institute.               | Ann Moss
      "Prices will go higher," Bruce Lane of Prescott Ball and Turben said.                  | Bruce Lane
      Rates will fall further this spring, said Vera Okafor at the Bolton Bank.              | Vera Okafor
      "Prices will go higher," said Rosa Ilmar of L.F. Rothschild.                           | Rosa Ilmar
      "The plant stays open," said a spokesman for the Bank of Norland.                      | a spokesman for the Bank of Norland
      """)
  void aPersonsNameEndsWhereTheAffiliationOfOrAtBegins(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "We are moving into new surroundings," said a securities dealer at a major Norland bank.   | a securities dealer at a major Norland bank
      "Prices will hold," said an analyst at a Leeds brokerage firm.                              | an analyst at a Leeds brokerage firm
      "Prices will hold," said a trader at a news conference.                                     | a trader
      "Prices will hold," said a trader at a big bank in Leeds on Monday.                          | a trader
      """)
  void aPersonNounKeepsItsWorkplaceAfterAtButNotAnEvent(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  /** The speaker of the first quote found in an English text ("-" when none). */
  static String firstSpeaker(String text) {
    List<Quote> qs = new QuoteFinder(true).find(text, "en");
    return qs.isEmpty() || qs.get(0).speaker() == null ? "-" : qs.get(0).speaker().name();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "The plant stays," Kiichi Mori, Norland's Finance Minister, said.                 | Kiichi Mori
      Kiichi Mori, Norland's Finance Minister, said the plant would stay open.          | Kiichi Mori
      "The plant stays," Ann Moss, director of Leeds City told a news conference.       | Ann Moss
      "The plant stays," the coach, Marta Quinn, told reporters.                        | Marta Quinn
      """)
  void aTitleAfterAPersonsNameDescribesThatPersonWhoIsTheSpeaker(String text, String speaker) {
    assertEquals(speaker, firstSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "The timing is unfortunate," the Gazette quoted Ann Moss as saying.                          | Ann Moss
      The Gazette quoted Ann Moss as saying: "The timing is unfortunate."                         | Ann Moss
      The Gazette quoted Ann Moss as saying the timing was unfortunate.                           | Ann Moss
      A report in the Gazette quoting an unnamed official as saying the timing was poor was denied. | an unnamed official
      "The timing is unfortunate," Ann Moss was quoted as saying.                                 | Ann Moss
      """)
  void wordsAnOutletQuotesSomeoneAsSayingAreThatPersonsWords(String text, String speaker) {
    assertEquals(speaker, firstSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ann Moss told a news conference the plant would stay open.                        | the plant would stay open
      Ann Moss told the bank's annual news conference this did not mean a rate cut.     | this did not mean a rate cut
      Ann Moss told a business luncheon German exports could rise again.                | German exports could rise again
      Ann Moss told reporters the plant would stay open.                                | the plant would stay open
      """)
  void theAudienceAfterToldIsNoPartOfTheReportedClause(String text, String clause) {
    List<Quote> qs = new QuoteFinder(true).find(text, "en");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals(clause, qs.get(0).text());
  }
}
