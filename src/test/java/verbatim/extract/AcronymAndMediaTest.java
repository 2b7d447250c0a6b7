package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An acronym stands for the description the article wrote out before it; a broadcaster is where words were said, never
 * a person to point back to. Invented sentences; the speaker of the last quote is checked.
 */
class AcronymAndMediaTest {
  private static String lastSpeaker(String text) {
    return SieveFixture.lastQuoteSpeaker(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Les reporters ne doivent pas être frappés », a dénoncé la société des journalistes de Radio Nord. « La violence est inacceptable », ajoute la SDJ dans ce communiqué. | société des journalistes de Radio Nord
      Le syndicat des artisans boulangers a protesté lundi. « Nous fermerons nos portes », a prévenu le SAB.                  | syndicat des artisans boulangers
      Le Syndicat des Artisans Boulangers (SAB) a protesté lundi. « Nous fermerons nos portes », a prévenu le SAB.            | Syndicat des Artisans Boulangers
      Le président sortant a parlé lundi. « Nous fermerons nos portes », a prévenu le PSD.                                   | PSD
      """)
  void anAcronymIsTheDescriptionItAbbreviates(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Je quitte le gouvernement », a déclaré Paul Girard, lors d'une entrevue sur la radio France Inter. « Je ne veux plus me mentir sur ce dossier », a ajouté l'ancien animateur de télévision. | Paul Girard
      « Je quitte le gouvernement », a déclaré Paul Girard, lors d'une entrevue sur la radio France Inter. « Je ne veux plus me mentir sur ce dossier », a-t-il ajouté.                            | Paul Girard
      """)
  void aBroadcasterIsNoPerson(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }
}
