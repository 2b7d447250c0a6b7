package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: "X, pour qui …" is the frame "Pour X, …" in relative form, so a quote in the relative
 * clause is the antecedent's view; the antecedent is the name heading the appositions, not a name in a complement.
 */
class RelativeFrameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La militante Léa Tremblay, pour qui la manifestation atteste d'un « réveil citoyen », a pris la parole.                 | Léa Tremblay
      « Il y a plus de casseurs », observe Paul, 39 ans, employé à l'Opéra de Lyon, pour qui les dégâts sont « un mal nécessaire ». | Paul
      """)
  void aQuoteInAPourQuiClauseIsTheAntecedents(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
