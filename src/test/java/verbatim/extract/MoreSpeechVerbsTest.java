package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: verbs of loud, mocking or agreeing speech (hurler, persifler, railler, fulminer,
 * tempêter, abonder, renchérir, rugir) report words like dire; menacer de takes a short quote as its object. Without
 * them a short quote so attributed was dropped as a label or a scare quote.
 */
class MoreSpeechVerbsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Nous partons demain », a dit Paul Roy. « C'est fermé », hurle un serveur.                          | un serveur
      « Nous partons demain », a dit Paul Roy. « Monsieur regrette », persifle Julie Caron, une retraitée. | Julie Caron
      « Nous partons demain », a dit Paul Roy. « Du pipeau », raille Julie Caron.       | Julie Caron
      « Nous partons demain », a dit Paul Roy. « Bonnes idées », abonde Julie Caron.    | Julie Caron
      « Nous partons demain », a dit Paul Roy. « Trop tard », renchérit Julie Caron. | Julie Caron
      « Nous partons demain », a dit Paul Roy. « Quel scandale », fulmine Julie Caron.           | Julie Caron
      Paul Roy a parlé hier. La ministre Julie Caron l'a menacé de « mesures sévères » lundi.              | Julie Caron
      """)
  void speechVerbsGiveTheirSubject(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
