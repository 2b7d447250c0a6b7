package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a demonstrative description and a later "il"/"selon lui" take up the person the text is
 * about, not a body named in the description's complement nor a person named inside a relative clause.
 */
class FrenchTakenUpTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le ministre Paul Girard a parlé dimanche. Les villages ont été « abandonnés depuis longtemps », estime ce membre du gouvernement.        | Paul Girard
      La députée Anne Morel a parlé lundi. Les écoles sont « laissées à elles-mêmes », juge cette élue de la majorité présidentielle.          | Anne Morel
      Le syndicaliste Marc Caron a parlé mardi. Le plan est « une erreur coûteuse », selon ce porte-parole de la fédération des employés.    | Marc Caron
      """)
  void aDemonstrativePersonNounTakesUpThePersonWhateverItsComplementNames(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Une source proche du ministère a évoqué la rencontre de lundi entre la ministre Anne Morel et son homologue Lise Caron : « il n'y a pas de conflit ». Selon cette source, « rien n'est encore décidé ». | Une source proche du ministère
      """)
  void thisSourceIsTheSourceThatSpokeNotThePersonNamedLast(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Les routes sont dangereuses », a dit Paul Girard, qui a rencontré Jean Dupuis mardi. « Il faut agir vite », a-t-il ajouté.             | Paul Girard
      Le ministre Paul Girard a parlé dimanche. « Les routes sont dangereuses », a dit ce membre du gouvernement, qui a rencontré Jean Dupuis mardi. « Il faut agir vite », a-t-il ajouté. | Paul Girard
      Paul Girard a parlé dimanche. « Le budget est trop serré », a estimé le ministre, qui a longtemps conseillé Jean Dupuis. Il faut selon lui « trouver de l'argent ». | Paul Girard
      """)
  void aPronounSkipsAPersonNamedInTheSpeakersRelativeClause(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
