package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented sentences: a topic set out with "quant à" / "as for" and taken up by a subject pronoun is who speaks,
 * not the speaker before; a pronoun topic ("Quant à lui") keeps the previous speaker; "Quant" is never a name.
 */
class DislocatedTopicTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Nous refusons ce compromis », a lancé Luc Martin. Quant à Paul Roy, il a répliqué : « Le compromis est la seule voie possible. » | Paul Roy
      Le syndicat dénonce la réforme. « Nous irons jusqu'au bout », a déclaré Luc Martin. Quant à la direction, elle affirme que « les négociations se poursuivent ». | direction
      « Nous refusons ce compromis », a lancé Luc Martin. Quant au gouvernement, il affirme que « la réforme sera adoptée d'ici l'été ». | gouvernement
      « Nous refusons ce compromis », a lancé Luc Martin. Quant à lui, il a ajouté : « Le compromis est une défaite. »                  | Luc Martin
      “We will not sign,” said Tom Baker. As for Anna Price, she said: “The deal is fair and we expect it to pass.”                   | Anna Price
      """)
  void theTopicTakenUpByThePronounSpeaks(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }

  /** Scraped pages often glue a paragraph to the next ("…le texte.Quant à …"): "Quant" still opens no name. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Les élus du centre ont voté pour le texte.Quant à la droite et la gauche, elles se sont abstenues, critiquant « une opération de pure communication ».
      Le projet divise les partis. Quant à la droite et la gauche, elles y voient « une opération de communication ».
      """)
  void quantIsNoName(String text) {
    assertNotEquals("Quant", SieveFixture.lastQuoteSpeaker(text));
  }
}
