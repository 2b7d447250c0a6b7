package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clause-subject and neighbouring-sentence sieves, each alone on the first quote of invented sentences. */
class SentenceSievesTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | La ministre Anne Roy a qualifié la mesure de « recul historique ».                       | La ministre Anne Roy /  / clause-subject
      fr | Il a qualifié la mesure de « recul historique ».                                         | Il /  / clause-subject
      fr | Dans un communiqué, le maire Paul Gagnon a chiffré les dégâts à « plusieurs millions ». | le maire Paul Gagnon /  / clause-subject
      en | He called the plan “a historic setback” on Monday.                                       | He /  / clause-subject
      fr | Jean Roy, chef de file du parti, a salué une grève qui « secoue les puissants du port ».     | Jean Roy /  / clause-subject
      en | The weather was fine: “We are leaving tomorrow.”                                         | -
      """)
  void clauseSubjectGivesAQuoteToTheSubjectOpeningItsSentence(String language, String text, String expected) {
    assertEquals(expected, SieveFixture.run(new ClauseSubjectSieve(), text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Marie Roy a expliqué la situation aux élus. « Nous partons demain. »                | Marie Roy / a expliqué / sentence-before
      en | The mayor spoke to reporters on Monday.\\n“We are leaving tomorrow.”                | The mayor / spoke / sentence-before
      en | It ended with “the last word” on the plan. The mayor said so on Monday.             | The mayor / said / sentence-after
      en | The weather was fine. “We are leaving tomorrow.”                                    | -
      """)
  void neighbourSentenceReadsACueInTheSentenceBeforeThenAfter(String language, String text, String expected) {
    assertEquals(expected, SieveFixture.run(new NeighbourSentenceSieve(), text.replace("\\n", "\n"), language));
  }
}
