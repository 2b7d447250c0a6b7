package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: applaudir and vanter report praise in words like saluer and féliciter; a bare past
 * participle set off by a comma and an adverb ("longuement applaudi") is a passive aside, not a speech verb.
 */
class PraiseVerbsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le député Marc Tremblay a appelé à la grève et applaudi « l'élan ouvrier » qui gagne le pays.                      | Marc Tremblay
      La ministre Claire Dubois a vanté le succès en France de « la chanteuse Lola » devant les élus.                   | Claire Dubois
      Le chef Paul Girard a parlé. « Nous tiendrons bon jusqu'au bout », a insisté, longuement applaudi, le chef du parti. | Paul Girard
      """)
  void praiseIsSpeechAndAPassiveAsideIsNot(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
