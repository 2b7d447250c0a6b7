package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented French sentences: "« … » pouvait-on lire sur une pancarte": the placard bearing the words says them. */
class WrittenOnTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La foule a défilé. « Rendez-nous notre argent maintenant » pouvait-on lire sur une pancarte à Lyon.             | une pancarte à Lyon
      La foule a défilé. « Rendez-nous notre argent maintenant », peut-on lire sur des banderoles.                    | des banderoles
      La foule a défilé. « Rendez-nous notre argent maintenant », on pouvait lire sur une affiche devant la mairie.   | une affiche devant la mairie
      """)
  void theBearerOfTheWordsIsTheSpeaker(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
