package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented English news sentences: how wire copy refers back to its sources. */
class EnglishNewsRulesTest {

  /** The speaker of the last quote the finder reads in an English text ("-" when none). */
  static String lastSpeaker(String text) {
    List<Quote> qs = new QuoteFinder(true).find(text, "en");
    if (qs.isEmpty()) return "-";
    Quote q = qs.get(qs.size() - 1);
    return q.speaker() == null ? "-" : q.speaker().name();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Prices rose last year, a Bolton spokesman said. The move hurt Acme Labs. The spokesman said the deal was sound.      | a Bolton spokesman
      The talks on fishing quotas have stalled again, Nordic diplomats said. Envoys met Vera Lind. The diplomats said a deal was unlikely. | Nordic diplomats
      Supply is tight, grain trade sources said. The Ferro Group sold wheat. The sources said stocks were low.             | grain trade sources
      Prices will hold, Nordic officials said. Talks went on all night. The Danish officials said the offer was too low.   | Danish officials
      """)
  void theDefiniteDescriptionTakesUpTheSourceDescribedWithItsHead(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The plant will close in May, a Bolton spokesman said. The Tilden site opened in 1990. Some staff will move to Leeds, he said. | a Bolton spokesman
      One broker noted that the shares had been idle all morning. He added that buyers were waiting for the verdict.                   | One broker
      Prices will rise, one trader said. However, the Acme officer defended the price. It was a fair price, he said.                      | -
      Stocks are low, a Bolton spokeswoman said. Demand has doubled since May, he said.                                                  | -
      """)
  void heOrSheTakesUpASourceDescribedAsOnePersonWithNoOtherPersonNounBetween(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Vera Lind visited the port on Friday. Lind's remarks at the harbour on Friday followed a week in which Norland protested loudly, voicing "deep concern" about the fate of a fisherman held since May. | remarks
      The fine punished Norland's alleged breach of the fishing treaty with its neighbours.                                                                                       | alleged
      """)
  void aCueWordAfterAnArticleOrAPossessiveIntroducesNoSpeech(String text, String word) {
    for (Quote q : new QuoteFinder(true).find(text, "en")) assertNotEquals(word, q.cue(), q.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Rates were cut again. However, Bolton's noted that the group's cash position remains strong.   | Bolton
      """)
  void aFirmNamedInAPossessiveFormStaysTheSubjectOfItsCue(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Acme Steel Ltd. in Toronto said it would close two mills next year.              | Acme Steel Ltd
      A clerk on Acme's trading floor said the bonds were in demand.           | A clerk on Acme's trading floor
      Bankers away from the deal said the fee looked steep.               | Bankers away from the deal
      Farmers have so far argued that the subsidy must stay.                   | Farmers
      """)
  void aComplementBetweenTheOpeningSubjectAndItsCueIsNotTheSpeaker(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Rates will fall further this spring, said Peter Lorne, an economist at Smith and Co.   | an economist at Smith and Co
      Demand for steel is weak, said Ann Moss, senior analyst at the Bolton Bank in Leeds.   | senior analyst at the Bolton Bank in Leeds
      """)
  void aVerblessPhraseAfterAnInvertedSpeakerDescribesThemAndIsNoSecondPiece(String text, String apposition) {
    List<String> bodies = new QuoteFinder(true).find(text, "en").stream().map(Quote::text).toList();
    assertEquals(1, bodies.size(), bodies.toString());
    assertNotEquals(apposition, bodies.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Markets were quiet. One senior trader at a brokerage house said, "Nobody wants to sell."   | One senior trader at a brokerage house
      Markets were quiet. A dealer at the Bolton Bank said, "Nobody wants to sell."              | A dealer at the Bolton Bank
      """)
  void aPersonNounKeepsTheWorkplaceItIsAt(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }
}
