package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a fronted participle or gerund clause has the main clause's subject, so a quote inside it
 * (or after that subject, with no other speaker in the sentence) is the subject's, not the previous sentence's
 * speaker; a sentence opened by a preposition in "-ant" ("Concernant") is no such clause.
 */
class FrontedParticipleSieveTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le maire Paul Girard a parlé dimanche. Dénonçant « une mascarade indigne de la République », l'opposition a quitté la salle. | opposition
      Le maire Paul Girard a parlé dimanche. Qualifiant la réforme de « désastre annoncé pour les familles », la ministre Anne Morel a promis de la revoir. | Anne Morel
      Le maire Paul Girard a parlé dimanche. Estimant, en revanche, que l'impôt « a freiné la croissance » du fait de l'exil fiscal, Luc Caron se refuse à tout changement. | Luc Caron
      Le maire Paul Girard a parlé dimanche. Estimant que la taxe a freiné la croissance, la députée Anne Morel refuse « de voter ce budget injuste ». | Anne Morel
      Le maire Paul Girard a parlé dimanche. Dénonçant « une stratégie du pire », un porte-parole du collectif, Jean Roy, a appelé à manifester samedi. | Jean Roy
      Le maire Paul Girard a parlé lundi. En qualifiant la réforme de « désastre annoncé pour les familles », la ministre Anne Morel a surpris. | Anne Morel
      """)
  void aQuoteInOrAfterAFrontedParticipleClauseIsTheMainSubjects(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le maire Paul Girard a parlé dimanche. Concernant la « réforme des retraites », la ministre Anne Morel a promis de la revoir. | -
      « Le budget est injuste », a dit Paul Girard. Pendant la séance, la ministre Anne Morel a parlé d'un « moment difficile » pour le pays. | -
      """)
  void aPrepositionInAntOpensNoParticipleClause(String text, String none) {
    assertEquals("-", SieveFixture.run(new FrontedParticipleSieve(), text.substring(text.indexOf('.') + 2), "fr"));
  }
}
