package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: «d'après X,» names a source like «selon X,», though the elision cuts it into two tokens
 * («d'» and «après»), so the prepositional cue is read over both.
 */
class DapresCueTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Paul Roy était là. D'après une porte-parole de la police de Lyon, les manifestants ont jeté « des pierres et des bouteilles » hier. | une porte-parole de la police de Lyon
      Paul Roy était là. D’après la ministre Claire Dubois, 150 personnes « sont venues renforcer » les militants.                       | Claire Dubois
      Paul Roy était là. D'après Julie Caron, « les grévistes ont tout bloqué depuis le matin ».                                        | Julie Caron
      """)
  void dapresNamesTheSource(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
