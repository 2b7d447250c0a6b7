package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: after a full name, "de"/"du" and a word in capitals name the person's organisation, not
 * a noble particle's surname ("de Gaulle" is written like any surname), so the speaker is the name alone.
 */
class AcronymAffiliationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Les chiffres sont contestés. La direction « manipule les chiffres », a affirmé mercredi Paul Martin de SUD-Rail. | Paul Martin
      Le débat continue à l'Assemblée. « Nous ne céderons pas sur ce point », a déclaré Jean Dubois du PS.               | Jean Dubois
      Le débat continue au Sénat. « Il faut rassembler la droite », a déclaré Charles de Lattre.                       | Charles de Lattre
      """)
  void anAcronymAfterDeIsTheSpeakersOrganisation(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
