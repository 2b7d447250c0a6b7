package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description is the speaker as the article writes it, its complements of place included, and nothing past them:
 * not the medium the words went to, a time, a parenthesis or a relative clause. Invented sentences; the speaker of
 * the last quote is checked.
 */
class DescriptionExtentTest {
  private static String lastSpeaker(String text) {
    return SieveFixture.lastQuoteSpeaker(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Nous resterons ici jusqu'au bout », ont affirmé à l'AFP des manifestants à Rouen (nord-ouest).           | des manifestants à Rouen
      « Le pouvoir doit tomber, et vite », proclame une affiche dans la banlieue de Lille, près d'un rond-point.   | une affiche dans la banlieue de Lille
      Selon une source au ministère de la Santé, il y a eu une « hausse nette et inquiétante ».                   | une source au ministère de la Santé
      Selon une source au ministère des Finances, il y a eu une « hausse nette et inquiétante ».                | une source au ministère des Finances
      « Nous voulons la paix, maintenant », a crié la foule à Lille, visant le maire.                           | foule à Lille
      « Nous voulons la paix, maintenant », a crié la foule à Lille samedi.                                      | foule à Lille
      « Nous voulons la paix, maintenant », a crié la foule à 9 h devant la mairie.                              | foule
      « Nous voulons la paix, maintenant », a dit une habitante au micro de Radio Nord.                          | une habitante
      « Nous voulons la paix, maintenant », a dit une habitante dans le journal Le Matin.                        | une habitante
      « Nous voulons la paix, maintenant », ont dit des habitants au Journal du Nord.                            | des habitants
      « Nous voulons la paix, maintenant », a crié la foule à l'AFP.                                             | foule
      """)
  void aComplementOfPlaceBelongsToTheDescription(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Nous avons été trop loin des gens », a estimé dans le journal Le Matin le nouveau patron du parti UDR (Union du Renouveau), Marc Lavoie, élu samedi. | Marc Lavoie
      Le groupe Carrefour évoque trente magasins fermés. « Nous constatons une baisse nette du trafic », a expliqué un porte-parole du groupe qui évoque des tensions. | un porte-parole du groupe Carrefour
      « Il faut rendre l'argent aux familles », a lancé le président du parti Les Conservateurs devant 500 personnes.                                         | président du parti Les Conservateurs
      """)
  void theOrganisationInAComplementIsNoSpeaker(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nombre de « gilets jaunes » lui refusaient samedi toute légitimité, affirmant que le vrai débat était « dans la rue ».  | Nombre de « gilets jaunes »
      Beaucoup de manifestants lui refusaient samedi toute légitimité, affirmant que le vrai débat était « dans la rue ».      | Beaucoup de manifestants
      Selon de récents sondages, un tiers des gens ont l'intention de « participer d'une manière ou d'une autre » au débat.    | récents sondages
      """)
  void aQuantifierOrAPluralArticleOpensTheNounPhrase(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @org.junit.jupiter.api.Test
  void aCircleBelongsToThePersonTheReportedWordsName() {
    String text = "Le président Paul Durand a souhaité que le gouvernement se rende sur place « dès que possible », "
        + "a précisé son entourage.";
    for (Quote q : new QuoteFinder(false).find(text, "fr")) {
      assertEquals("entourage de Paul Durand", q.speaker() == null ? null : q.speaker().name(), q.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Des représentants d'un collectif « gilets libres » ont renoncé, pour des « raisons de sécurité », ont annoncé deux de ses membres. | deux membres du collectif « gilets libres »
      Une association « Vélo pour tous » a manifesté. Elle réclame « des pistes sûres et continues », a dit l'un de ses membres.          | un membre de l’association « Vélo pour tous »
      """)
  void membersOfAnOrganisationAreWrittenOut(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Dans l'ouest de la ville, vers 20 h, Frédéric, 34 ans, agent de nettoyage de Compiègne (Oise), se désolait de « se faire gazer depuis ce matin ». | Frédéric
      Dans le centre, un agent de nettoyage de Compiègne (Oise) se désolait de « se faire gazer depuis ce matin ».                                     | un agent de nettoyage de Compiègne
      """)
  void aDescriptionAfterANameAndAnAgeDescribesThatPerson(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le public du Théâtre Bleu de Lyon riait. « On est venus tout de suite, c’était une soirée drôle », a affirmé l’un des spectateurs lyonnais. | un spectateur lyonnais
      Le public du Théâtre Bleu de Lyon riait. « On est venues tout de suite, c’était une soirée drôle », a dit une des habitantes du quartier.   | une habitante du quartier
      """)
  void oneOfAGroupIsOneMemberOfIt(String text, String speaker) {
    assertEquals(speaker, lastSpeaker(text));
  }
}
