package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attribution rules of issue 17 (branch attr2) on invented French and English sentences, through the whole
 * {@link QuoteFinder}: the speaker of the quote written [[…]] in the text (the brackets become « » in French,
 * “ ” in English).
 */
class AttributionRulesTest {

  /** The speaker of the quote marked [[…]] in text, "null" when none. */
  static String speakerOf(String marked, String language) {
    boolean fr = language.equals("fr");
    String open = fr ? "« " : "“", close = fr ? " »" : "”";
    int qs = marked.indexOf("[[");
    String text = marked.replace("[[", open).replace("]]", close).replace("<<", fr ? "« " : "“")
        .replace(">>", fr ? " »" : "”");
    int start = qs + open.length();
    for (Quote q : new QuoteFinder().find(text, language)) {
      if (q.start() <= start && q.end() > start) return q.speaker() == null ? "null" : q.speaker().name();
    }
    return "no quote";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Mme Lise Roy rencontrera lundi la chancelière allemande, Anne Morel. Elle fera une déclaration mardi. [[Nous avons bien avancé avec nos partenaires]], a-t-elle expliqué. | Lise Roy
      fr | Mme Lise Roy a reçu lundi Mme Anne Morel à Paris. [[Nous avons bien avancé avec nos partenaires]], a-t-elle dit.                                                       | Lise Roy
      en | Mayor Jane Roe met Governor Ann Lee on Monday. [[We made real progress on the bridge]], she said.                                                                        | Jane Roe
      fr | Mme Lise Roy est partie tôt et Mme Anne Morel a pris la parole. [[Nous avons bien avancé avec nos partenaires]], a-t-elle dit.                                          | Anne Morel
      en | When Mayor Jane Roe left, Governor Ann Lee took the stage. [[We made real progress on the bridge]], she said.                                                             | Ann Lee
      fr | Mme Lise Roy, qui a rencontré lundi Mme Anne Morel, a parlé longuement. [[Nous avons bien avancé avec nos partenaires]], a-t-elle dit.                                    | Lise Roy
      en | Mayor Jane Roe, who met Governor Ann Lee on Monday, spoke at length. [[We made real progress on the bridge]], she said.                                                   | Jane Roe
      """)
  void aPronounTakesTheSubjectOfTheSentenceNotItsObject(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | <<Il y a des dégâts partout>>, a confirmé le maire, Paul Roy. [[La solidarité va jouer. On n’a pas d’eau maintenant.]]Au village voisin, <<les dégâts sont énormes>>, a raconté Anne Morel. | Paul Roy
      en | <<We lost the roof>>, said the mayor, Paul Roy. [[Neighbours will help. We have no water now.]] In the next town, <<the damage is huge>>, said Ann Lee.                        | Paul Roy
      en | The coach sat down. [[We played well tonight and we know it.]] Jo Roy said the team deserved the win. Ann Lee said the referee was fair.                                     | Jo Roy
      """)
  void aQuoteEndingInAFullStopEndsItsSentence(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Dans un courriel envoyé vendredi aux militants, Yves Roy, un des responsables du mouvement avait appelé à <<respecter>> les journalistes, sans lesquels [[nous n’existerions pas du tout]]. | Yves Roy
      fr | Samedi, le champion de la gauche et chef du Parti Vert (PV), Jean Roy, avait appelé les électeurs à [[mettre une raclée démocratique]] au président.                                 | Jean Roy
      fr | Samedi, la cheffe du Parti Vert (PV), Anne Morel, avait invité les électeurs à [[tourner enfin la page du passé]] au printemps.                                                                       | Anne Morel
      """)
  void aPartialQuoteTakesItsClauseSubjectPastAnAppositionOrAParenthesis(String language, String marked,
      String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Paul Roy a fait amende honorable dans la journée, assurant bien connaître la chanteuse Anne Morel et ses chansons. [[Dimanche soir, on a beaucoup parlé de ses disques avec des amis.]] | Paul Roy
      en | Paul Roy apologised on Tuesday, saying he knew the singer Anne Morel and her songs well. [[On Sunday night we talked about her records with friends.]]                         | Paul Roy
      """)
  void aParticipleAfterATimeOrPlaceComplementTakesTheClauseSubject(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Jean Roy avait avoué avoir écrit son premier roman [[pour plaire à une fille de son quartier]] et sans vocation.   | Jean Roy
      en | Jane Roe admitted having written her first novel [[to please a boy from her street]] and nothing more.             | Jane Roe
      """)
  void aParticipleAfterAnInfinitiveAuxiliaryHasNoSubjectOfItsOwn(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | <<Il faut agir vite pour nos commerces>>, a dit Paul Roy. Mais le syndicat UCI veut voir le gouvernement [[prendre des mesures très urgentes]], selon un communiqué.            | UCI
      en | <<We need to act fast for our shops>>, said Paul Roy. The Retail Union wants the government to [[take very urgent measures now]], according to a statement.                  | Retail Union
      fr | <<Il faut agir vite pour nos commerces>>, a dit Paul Roy. Mais pour huit Français sur dix, ces mesures [[arrivent beaucoup trop tard]], selon un sondage Ipsos diffusé jeudi.   | Ipsos
      """)
  void aDocumentWithoutAuthorIsTheSubjectsAndANameAfterItsNounIsItsAuthor(String language, String marked,
      String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | <<Cette nuit a abîmé l'image de la ville et de ses commerces>>, s'est alarmé Paul Roy, président de la Fédération du Tourisme, auprès de l'AFP, jugeant les fêtes [[compromises, voire perdues]]. | Paul Roy
      fr | Paul Roy, président de la Fédération, a parlé longtemps auprès de l'AFP, jugeant les fêtes [[compromises, voire perdues pour tous]].                                                   | Paul Roy
      """)
  void aParticipleAfterAComplementTakesTheInvertedSubjectOfTheClause(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | <<Le débat sera utile à tous>>, a dit Paul Roy. Selon de récents sondages, un tiers des électeurs veulent [[participer d’une manière ou d’une autre]] au débat. | récents sondages
      en | <<The debate will help us all>>, said Paul Roy. According to two new studies, a third of voters want to [[take part in one way or another]] in the debate.     | two new studies
      """)
  void documentsInThePluralAreNoOnesAndSelonDeReadsTheirNounPhrase(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | <<Les commerces ont souffert>>, a dit Anne Morel.¶¶[[L'image de la ville massacrée]]¶¶La chambre de commerce s'inquiète aussi. <<Cette nuit a massacré l'image de la ville>>, a dit Paul Roy. | Paul Roy
      fr | La réunion a duré deux heures, a dit Anne Morel. [[N'oublier personne]] Les élus ont siégé lundi, a précisé Anne Morel. <<Il ne faut oublier personne dans ce débat>>, a dit Paul Roy.                          | Paul Roy
      en | <<Shops suffered>>, said Ann Lee.¶¶[[A city image wrecked]]¶¶The chamber is worried too. <<This night wrecked the image of our city>>, said Paul Roy.                                    | Paul Roy
      """)
  void aHeadlineQuoteTakesTheSpeakerOfTheLaterQuoteHoldingItsWords(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked.replace("¶", "\n"), language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Dans la capitale, vers 20 h, Lucien, 34 ans, agent de nettoyage de Lille (Nord), se désolait de [[se faire gazer depuis le matin]] sans répit. | Lucien
      en | In the capital, Lucien Roy, 34, a cleaner from Lille, complained of [[being gassed since early morning]] without a break.                      | Lucien Roy
      """)
  void aNameBeforeItsAppositionsIsTheSubject(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Le ministre Jean Morel a annoncé un plan lundi. Le premier ministre Paul Roy a visité Québec mardi. [[Nous allons reconstruire le pont cet été]], a dit le ministre.                   | Jean Morel
      en | Minister Jean Morel announced a plan on Monday. Prime Minister Paul Roy visited Ottawa on Tuesday. [[We will rebuild the bridge this summer]], the minister said.                 | Jean Morel
      fr | Le ministre Jean Morel a annoncé un plan lundi. Le premier ministre Paul Roy a visité Québec mardi. [[Nous allons reconstruire le pont cet été]], a dit le premier ministre.         | Paul Roy
      fr | Le premier geste du président Paul Roy fut de visiter Québec. [[Nous allons reconstruire le pont cet été]], a dit le président.                                                     | Paul Roy
      """)
  void aRankedOfficeIsNotThePlainRole(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Interrogé par Paul Roy, le maire a répondu : [[Nous allons reconstruire le pont cet été]].                      | maire
      fr | Lundi soir, interrogé par Paul Roy sur le pont, le maire a répondu : [[Nous allons le reconstruire cet été]].    | maire
      en | Asked by Paul Roy about the bridge, the mayor replied: [[We will rebuild it this summer]].                         | mayor
      fr | Paul Roy est venu. Le maire a répondu : [[Nous allons reconstruire le pont cet été]].                              | Paul Roy
      """)
  void theAgentOfAFrontedParticipleIsNotTheSubject(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | Jean Tremblay a parlé lundi. Selon une analyse de l'Institut Fraser, [[le pont sera reconstruit cet été]].               | Institut Fraser
      fr | Jean Tremblay a parlé lundi. Selon des prévisions publiées par l'Institut Fraser, [[le pont sera reconstruit cet été]]. | Institut Fraser
      """)
  void aFrenchDocumentSpeaksForItsAuthor(String language, String marked, String speaker) {
    assertEquals(speaker, speakerOf(marked, language));
  }
}
