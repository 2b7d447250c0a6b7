package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cue sieves one by one, each alone on the first quote of an invented sentence. */
class CueSievesTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | « Nous partons demain », a dit Marie Roy.                | Marie Roy / a dit / cue-after
      fr | « Nous partons demain », a-t-il lancé.                   | il / a-t-il lancé / cue-after
      fr | « Nous partons ce soir », peste la voisine.              | la voisine / peste / cue-after
      en | “We are leaving tomorrow,” said the mayor.               | the mayor / said / cue-after
      en | “We are leaving tomorrow,” she said.                     | she / said / cue-after
      en | “We are leaving tomorrow,” according to Jo Ray.          | Jo Ray / according to / cue-after
      en | “We are leaving tomorrow.” Colton laughed at the idea.   | -
      fr | « Rien ne change », nous a confirmé la porte-parole Marie Roy. | la porte-parole Marie Roy / a confirmé / cue-after
      fr | « Nous verrons bien », lui a répondu le maire Paul Roy.       | le maire Paul Roy / a répondu / cue-after
      fr | « La route sera fermée », a prévenu la mairesse Léa Roy.      | la mairesse Léa Roy / a prévenu / cue-after
      fr | « Il faut voter », répètent les militants.                    | les militants / répètent / cue-after
      """)
  void cueAfterReadsTheClauseRightAfterTheClosingMark(String language, String text, String expected) {
    assertEquals(expected, SieveFixture.run(new CueAfterSieve(), text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Marie Roy a déclaré : « Nous partons demain. »           | Marie Roy / déclaré / cue-before
      fr | Le sénateur Paul Roy a appelé le ministère à « tout revoir ».      | Paul Roy / appelé / cue-before
      fr | Le Parti vert (opposition) dénonce « une vaste tromperie ».       | Le Parti vert / dénonce / cue-before
      fr | La mairesse Léa Roy a souhaité des « débats plus calmes ».        | Léa Roy / souhaité / cue-before
      fr | Le député Jean Roy avait promis de « changer la ville ».           | Jean Roy / promis / cue-before
      fr | La mairesse Léa Roy avait d’ailleurs promis de « tout reconstruire ». | Léa Roy / avait d’ailleurs promis / cue-before
      fr | Le député Jean Roy avait promis une « prime spéciale ».            | -
      fr | La députée Léa Roy appelle à « une trêve fiscale ».                | Léa Roy / appelle / cue-before
      fr | Le maire Paul Roy a appelé son chien « Rex le grand ».              | -
      fr | Une lettre signée Léa Roy appelle à une marche dans le « vieux quartier des halles ». | -
      fr | Selon la ministre Anne Roy, « le projet est mort ».      | la ministre Anne Roy / Selon / cue-before
      fr | Le préfet Jean Roy a fait état de « dizaines de blessés ». | Jean Roy / fait état / cue-before
      fr | Ce dernier a rappelé « l'urgence d'un accord ».           | Ce dernier / rappelé / cue-before
      fr | La mairesse Léa Roy a exprimé sa « vive inquiétude ».      | Léa Roy / exprimé / cue-before
      en | The mayor said: “We are leaving tomorrow.”               | The mayor / said / cue-before
      en | According to the minister, “the plan is dead.”          | the minister / According to / cue-before
      en | The weather was fine: “We are leaving tomorrow.”         | -
      en | “We are leaving tomorrow,” said the mayor.               | -
      """)
  void cueBeforeReadsACueBeforeTheOpeningMarkInTheSentence(String language, String text, String expected) {
    assertEquals(expected, SieveFixture.run(new CueBeforeSieve(), text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Le reporter Paul Roy raconte avoir vu des militants qui criaient « Partez tous ».   | des militants / criaient / cue-before
      fr | Le maire a reçu Marc Roy, un élu de Lyon, qui affirme être « très inquiet ».         | Marc Roy / affirme / cue-before
      fr | La ministre Anne Roy a rencontré un porte-parole qui a dénoncé « un gâchis ».        | un porte-parole / a dénoncé / cue-before
      en | The mayor met Jo Ray, an organizer from Ohio, who said “the plan is dead.”          | Jo Ray / said / cue-before
      """)
  void aCueInARelativeClauseTakesTheAntecedentOfTheRelativePronoun(String language, String text, String expected) {
    assertEquals(expected, SieveFixture.run(new CueBeforeSieve(), text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Il y aura des procès, a indiqué la ministre Anne Roy, promettant « une réponse très ferme ».    | la ministre Anne Roy / indiqué / cue-before
      fr | Le plan est injuste, a dénoncé le syndicat SDX en exprimant son soutien « aux équipes ».      | le syndicat SDX / dénoncé / cue-before
      en | The plan is dead, said the mayor, calling it “a costly mistake for all.”                   | the mayor / said / cue-before
      fr | Il y aura des procès, a indiqué la ministre Anne Roy, maintenant « une réponse très ferme ».  | -
      """)
  void anInvertedSubjectReachesAQuoteThroughItsParticipleClause(String language, String text, String expected) {
    assertEquals(expected, SieveFixture.run(new CueBeforeSieve(), text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | « Quatre-vingt-douze », a donc répondu le président Paul Roy.                        | le président Paul Roy / a donc répondu / cue-after
      fr | « Rien ne change », a récemment déclaré la ministre Anne Roy.                        | la ministre Anne Roy / a récemment déclaré / cue-after
      fr | Marc Roy a par ailleurs estimé que c'était « la fin des illusions ».                 | Marc Roy / a par ailleurs estimé / cue-before
      """)
  void anAdverbBetweenAuxiliaryAndParticipleStaysInTheCue(String language, String text, String expected) {
    Sieve all = CueSieves::attribute;
    assertEquals(expected, SieveFixture.run(all, text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Affaibli par la grève des « cols bleus du port », le ministre a assuré qu'il restait.        | -
      en | “We are leaving tomorrow,” the mayor said.                                                  | the mayor / said / cue-after
      """)
  void aFrenchSubjectFirstClauseAfterAQuoteIsANewClauseNotItsAttribution(String language, String text,
      String expected) {
    assertEquals(expected, SieveFixture.run(new CueAfterSieve(), text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | La ministre a demandé de fixer, dans un délai non précisé, « une rencontre avec les chefs ». | -
      fr | Les élus interrogés ont l'intention de « voter avant la fin de l'année ».                    | -
      fr | Marie Roy a aussi évoqué « un comité des sages » lundi.                                     | Marie Roy / évoqué / cue-before
      fr | Marie Roy a précisé : « Nous partons demain. »                                              | Marie Roy / précisé / cue-before
      """)
  void aFrenchPastParticipleWithNoAuxiliaryIsNoCue(String language, String text, String expected) {
    assertEquals(expected, SieveFixture.run(new CueBeforeSieve(), text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | “We are leaving tomorrow” was all the mayor said.                       | the mayor / said / cue-later
      fr | « Nous partons demain », et Marie Roy a ajouté qu'elle reviendrait.     | Marie Roy / a ajouté / cue-later
      fr | Ce n'est qu'« une première étape » pour le chantier, a aussitôt fait savoir le maire Paul Roy. | le maire Paul Roy / a aussitôt fait savoir / cue-later
      en | “We are leaving tomorrow” was the plan for the week.                     | -
      """)
  void cueLaterReadsACueLaterInTheSentence(String language, String text, String expected) {
    assertEquals(expected, SieveFixture.run(new CueLaterSieve(), text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Officials think it “strongly recommends” rest.           | it /  / pronoun-before
      en | Officials think the plan “strongly recommends” rest.     | -
      """)
  void pronounBeforeTakesOnlyAPronounRightBeforeTheQuote(String language, String text, String expected) {
    assertEquals(expected, SieveFixture.run(new PronounBeforeSieve(), text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Pour la ministre Anne Roy, ce projet reste « une erreur coûteuse ».            | la ministre Anne Roy / Pour / opinion-frame
      fr | Mais pour Paul Roy, 40 ans, ouvrier, il s'agit de « dire notre colère ».       | Paul Roy / pour / opinion-frame
      en | For the mayor, the plan is “a costly mistake for all.”                        | the mayor / For / opinion-frame
      fr | Pour l'instant, le texte reste « une ébauche sans avenir ».                     | -
      fr | Pour cela, il faudra « des moyens nouveaux et durables ».                       | -
      """)
  void aSentenceFramedByPourXGivesItsQuoteToX(String language, String text, String expected) {
    assertEquals(expected, SieveFixture.run(new OpinionFrameSieve(), text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Mais pour Anne Roy, la hausse est « un obstacle au dialogue », a-t-elle dit.   | Anne Roy / a-t-elle dit / cue-after
      fr | Pour lui, la hausse est « un obstacle au dialogue », a-t-elle dit.             | elle / a-t-elle dit / cue-after
      """)
  void theInvertedPronounOfASentenceFramedByANamedPersonIsThatPerson(String language, String text, String expected) {
    Sieve all = CueSieves::attribute;
    assertEquals(expected, SieveFixture.run(all, text, language));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The mayor said: “We are leaving,” said the clerk.        | the clerk / said / cue-after
      en | The mayor said: “We are leaving tomorrow.”               | The mayor / said / cue-before
      """)
  void theCueSievesRunMostPreciseFirst(String language, String text, String expected) {
    Sieve all = CueSieves::attribute;
    assertEquals(expected, SieveFixture.run(all, text, language));
  }
}
