package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a complement of place fronted before a description that is the subject says where the
 * described people are, as it does after them; a time, a manner or a name subject takes nothing from it; and a
 * capitalised "À" opening a sentence is a preposition, never the start of a name.
 */
class FrontedPlaceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      À Rennes, des manifestants ont scandé « Justice pour tous et partout ! » devant la mairie.                 | des manifestants à Rennes
      Sur les réseaux sociaux, les mots d'ordre évoquent un grand soir : « Paul, on arrive bientôt ! »            | mots d'ordre sur les réseaux sociaux
      Dans la capitale, une foule a crié « Nous ne partirons pas d'ici ! » devant le palais.                      | une foule dans la capitale
      Au total, des manifestants ont crié « Nous ne partirons pas d'ici ! » devant le palais.                     | des manifestants
      À 17 h, des manifestants ont crié « Nous ne partirons pas d'ici ! » devant le palais.                       | des manifestants
      À Lyon, le maire Paul Girard a déclaré « Nous ne céderons pas aux casseurs ».                               | Paul Girard
      """)
  void aFrontedPlaceBelongsToTheDescribedSubject(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
