package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a person named in full as a subject, whose first name tells no gender and who has no
 * title, is what "il"/"elle" takes up after them, not a speaker quoted paragraphs before; a name after a preposition
 * is not such a subject.
 */
class UnsexedSubjectTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Je n'en menais pas large », se rappelle Paul Martin, alors rédacteur en chef. Le 15 mars, Zorvan Kadeli entre dans la banque avec un fusil. Il est arrêté le soir même. Dans ses lettres, il avait dénoncé un « complot des puissants ». | Zorvan Kadeli
      « Je n'en menais pas large », se rappelle Paul Martin, alors rédacteur en chef. Le 15 mars, la police arrête un homme recherché par Zorvan Kadeli. Dans ses lettres, il avait dénoncé un « complot des puissants ».                          | Paul Martin
      """)
  void aPronounTakesUpAFullNamedSubjectOfUnknownGender(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
