package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a speaker's noun phrase ends at its name or before a compound preposition of time, so
 * "à"/"au" after them opens a complement of the verb (where or when the words were said), while a role keeps its own
 * "aux Sports" complement.
 */
class FrenchMentionEndTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « On fait du mal au pays », a affirmé le ministre de la Santé Paul Girard au Grand Jury de la radio.              | Paul Girard
      « On fait du mal au pays », a affirmé le ministre de la Santé Paul Girard à Radio Nord.                              | Paul Girard
      « On fait du mal au pays », a déclaré le secrétaire d’État aux Sports.                                              | secrétaire d’État aux Sports
      « On fait du mal au pays », a affirmé le ministre de la Santé Paul Girard venu saluer les soignants.             | Paul Girard
      « On fait du mal au pays », a affirmé le ministre de la Santé Paul Girard visiblement ému.                       | Paul Girard
      « On fait du mal au pays », a affirmé la présidente Anne de la Fontaine.                                        | présidente Anne de la Fontaine
      """)
  void aNameClosesTheSpeakersNounPhrase(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « On fait du mal au pays », a déclaré le ministre de la Culture au cours d’une conférence de presse.     | ministre de la Culture
      « On fait du mal au pays », a déclaré le ministre de la Culture à l’issue du Conseil des ministres.     | ministre de la Culture
      """)
  void aCompoundPrepositionOfTimeClosesTheSpeakersNounPhrase(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
