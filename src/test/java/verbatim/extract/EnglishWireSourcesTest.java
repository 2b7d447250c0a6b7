package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented English wire sentences (helper en6): what "it", "the company" and a described source stand for when the
 * story also names places, tickers and bodies with an article.
 */
class EnglishWireSourcesTest {

  /** The speakers of the quotes found in an English text, in text order, joined by " / " ("-" for none). */
  static String speakers(String text) {
    List<Quote> qs = new QuoteFinder(true).find(text, "en");
    return String.join(" / ", qs.stream().map(q -> q.speaker() == null ? "-" : q.speaker().name()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Dunmore Oil Corp plans an office in Lisbon, the Lisbon Daily said. It said Dunmore bought oil from Portugal.        | Lisbon Daily / Lisbon Daily
      The Harbour Courier said Dunmore Oil Corp of the U.S. plans an office in Lisbon. It said Dunmore bought oil there.  | Harbour Courier / Harbour Courier
      """)
  void aNameAfterTheIsNoPersonSoItCanBeWhatItStandsFor(String text, String expected) {
    assertEquals(expected, speakers(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      (Norland Steel Inc) expects weak earnings, particularly in the U.S., a filing showed. It said sales would improve.       | Norland Steel Inc
      Norland said it will expand into the U.S. The company has said it will invest 100 mln dlrs.                             | Norland
      """)
  void itAndTheCompanyTakeANameUsedAsASubjectNotOneAfterAPreposition(String text, String expected) {
    List<Quote> qs = new QuoteFinder(true).find(text, "en");
    Quote last = qs.get(qs.size() - 1);
    assertEquals(expected, last.speaker() == null ? "-" : last.speaker().name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Acme Corp said it will sell its products in 500 stores in the U.S. The company said the deal covers its whole line. | 2
      Acme Corp. It said the deal covers its whole line.                                                                   | 1
      M. Le Pen a dit que le plan était bon.                                                                               | 1
      """)
  void anArticleOrPronounAfterAnAbbreviationStartsTheNextSentence(String text, int quotes) {
    String language = text.startsWith("M.") ? "fr" : "en";
    assertEquals(quotes, new QuoteFinder(true).find(text, language).size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Acme Data Corp said it signed an agreement to sell its products to stores in Spain.          | Acme Data Corp
      Norland Data Systems said it will close two plants this year.                                 | Norland Data Systems
      """)
  void aCapitalisedDocumentNounInsideANameIsPartOfTheName(String text, String expected) {
    assertEquals(expected, speakers(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "Norland will test the resolve of consumers," said one U.S. official.                               | one U.S. official
      The fund lent heavily to Norland. U.S. officials refused to give details, saying the talks were confidential. | U.S. officials
      The fund lent heavily to Norland. West German bankers declined to comment, saying the talks went on.          | West German bankers
      """)
  void aNameBeforeAPersonNounModifiesTheSpeakerItDoesNotNameIt(String text, String expected) {
    assertEquals(expected, speakers(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "They will have to raise the bid," said Ann Moss of J.B. Whitcombe.        | Ann Moss
      "They will have to raise the bid," said Ann Moss of the U.K. Steel Board.  | Ann Moss
      """)
  void anAffiliationWithInitialsStaysOutOfThePersonsName(String text, String expected) {
    assertEquals(expected, speakers(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Standard and Poor's Corp said it placed 6.6 billion dlrs of Acme securities on review.                     | Standard and Poor's Corp
      Valley Federal Savings and Loan Association said it named Ann Moss president.                              | Valley Federal Savings and Loan Association
      Jefferies and Co Inc said it bought 5 pct of Acme.                                                         | Jefferies and Co Inc
      Acme Corp filed with the Securities and Exchange Commission for an offering. The company said it expects a price of 20 dlrs. | Acme Corp
      Chrysler and American Motors Corp said they agreed to talks.                                               | American Motors Corp
      """)
  void anOrganisationsNameJoinedByAndIsOneName(String text, String expected) {
    List<Quote> qs = new QuoteFinder(true).find(text, "en");
    Quote last = qs.get(qs.size() - 1);
    assertEquals(expected, last.speaker() == null ? "-" : last.speaker().name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The report said prices would fall sharply this year.             | -
      Prices will fall sharply this year, the newspaper said.          | -
      Prices will fall sharply this year, the Daily Courier said.      | Daily Courier
      Prices will fall sharply this year, the bank said.               | bank
      """)
  void aDocumentOrMediumNounAloneNamesNoSpeaker(String text, String expected) {
    assertEquals(expected, speakers(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A spokesman for a major firm said, "Deregulation would bring a reorganization."                             | A spokesman for a major firm
      Gilt demand will keep growing, a bond manager for a Norland securities house said.                          | a bond manager for a Norland securities house
      Government spokesman Paul Roy said the cabinet met. A spokesman for the Metal Union said the plan was unfair. | A spokesman for the Metal Union
      """)
  void aPersonNounKeepsTheBodyItSpeaksForAfterForOrTo(String text, String expected) {
    List<Quote> qs = new QuoteFinder(true).find(text, "en");
    Quote last = qs.get(qs.size() - 1);
    assertEquals(expected, last.speaker() == null ? "-" : last.speaker().name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Dunmore Steamship Co Ltd <DUNM.S> said it was looking to Britain for investment. "We believe the U.K. offers better value," it said. | Dunmore Steamship Co Ltd
      Traders said futures fell sharply today on rate fears. "Everyone expects strong numbers," Craig Slone said. Participants who had sold early covered short positions, they said. | Traders
      """)
  void aTickerIsNoSubjectAndTheyIsNoOnePersonNamed(String text, String expected) {
    List<Quote> qs = new QuoteFinder(true).find(text, "en");
    Quote last = qs.get(qs.size() - 1);
    assertEquals(expected, last.speaker() == null ? "-" : last.speaker().name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Toronto-based Noranda                                 | Noranda
      Leeds, Yorkshire-based Odlum Brown Ltd                | Odlum Brown Ltd
      a Toronto-based firm                                  | a Toronto-based firm
      a London-based Nordic banker                          | a London-based Nordic banker
      """)
  void aBasedAdjectiveBeforeANameIsNoPartOfIt(String speaker, String facet) {
    assertEquals(facet, SpeakerNameGate.standard().clean(speaker, "en"));
  }
}
