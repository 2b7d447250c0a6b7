package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resolution rules on invented French and English sentences: each mention, written in the text as [[mention]], is
 * handed to the resolver in text order as the attribution sieves would hand it over; the last one's speaker is
 * checked.
 */
class ResolutionRulesTest {

  /** The speaker of the last [[mention]] in text, after resolving every earlier one in order. */
  static String lastSpeaker(String marked) {
    StringBuilder text = new StringBuilder();
    java.util.List<int[]> spans = new java.util.ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      int open = marked.indexOf("[[", i);
      if (open < 0) {
        text.append(marked, i, marked.length());
        break;
      }
      int close = marked.indexOf("]]", open);
      text.append(marked, i, open);
      int from = text.length();
      text.append(marked, open + 2, close);
      spans.add(new int[] {from, text.length()});
      i = close + 2;
    }
    Tokens t = Tokens.of(text.toString());
    SpeakerResolver r = new SpeakerResolver(t);
    Speaker last = null;
    for (int[] s : spans) last = r.resolve(t.at(s[0]), t.at(s[1]), s[0]);
    return last == null ? "null" : last.name();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La première ministre Theresa May a parlé lundi. Plus tard, [[Theresa May]] a répondu.        | Theresa May
      Theresa May est arrivée lundi. Mme May rencontrera ses alliés, a précisé [[Mme May]].       | Theresa May
      Theresa May met reporters on Monday. Later [[Ms. May]] said the talks had failed.           | Theresa May
      """)
  void aMonthOrModalAfterAFirstNameOrHonorificIsASurname(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le président Paul Durand a visité l'usine. « Nous tiendrons », a dit [[le chef de l'État]].                              | Paul Durand
      Le président de la République Paul Durand a visité l'usine. Le texte passera, a assuré [[le chef de l'État]].            | Paul Durand
      Le premier ministre, Luc Martin, a parlé. La réforme est prête, a affirmé [[le chef du gouvernement]].                  | Luc Martin
      Le président Paul Durand a reçu le président du Sénat Jean Roy. Tout va bien, a dit [[le chef de l'État]].              | Paul Durand
      Le président du Sénat Jean Roy a parlé. Rien n'est prêt, a dit [[le chef de l'État]].                                   | chef de l'État
      """)
  void theHeadOfStateIsThePresidentTheArticleNames(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le secrétaire général de l'ONG Médecins sans vacances, Marc Aubin, a parlé. Il faut agir, a dit [[le secrétaire général de MSV]]. | Marc Aubin
      Le secrétaire général de l'ONG Médecins sans vacances, Marc Aubin, a parlé. Il faut agir, a dit [[le secrétaire général de la CGT]]. | secrétaire général de la CGT
      Il a été reçu par la maire de la commune, Mme Julie Caron. Tout est calme, a dit [[la maire de Fleurville]].          | Julie Caron
      Le ministre de la Culture Paul Roy a parlé. Tout est calme, a dit [[le ministre de l'Intérieur]].                     | ministre de l'Intérieur
      """)
  void aRoleWhoseComplementNamesTheSameBodyIsTheBoundPerson(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Paul Roy, président de la République, a parlé. Rien ne change, a dit [[le président du Sénat]].                        | président du Sénat
      Paul Roy, président du Sénat, a parlé. Rien ne change, a dit [[le président du Sénat]].                                 | Paul Roy
      """)
  void aRoleWithAnotherComplementIsAnotherRole(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Deux hommes ont été arrêtés, a indiqué [[une source policière à l'AFP]].                                              | une source policière
      The plant will close, [[a source close to the talks to Reuters]] said.                                                | a source close to the talks
      Le bruit a duré, selon [[un voisin à Lyon]].                                                                          | un voisin à Lyon
      """)
  void theNewsroomASourceSpokeToIsNoPartOfTheSource(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Les ventes chutent », a déclaré à l'AFP Jacques Roy. M. Roy a jugé le plan « inutile ». « Tout est bloqué », selon [[lui]]. | Jacques Roy
      « C'est grave », a dit sur Franceinfo Julie Caron. Plus tard, [[Mme Caron]] a ajouté un mot.                                  | Julie Caron
      """)
  void aNewsroomBeforeAFirstNameIsNoPartOfThePersonsName(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La dépouille de Paul Roy sera incinérée « plus tard », a confié [[sa famille]].                                  | famille de Paul Roy
      La ministre Anne Roy viendra « dès que possible », a précisé [[son entourage]].                                  | entourage d’Anne Roy
      "The funeral will be private," Mary Lee's brother wrote. Mary Lee died on Sunday, [[her family]] said.           | family of Mary Lee
      Paul Roy a parlé lundi. Le président viendra « dès que possible », a précisé [[son entourage]].                  | son entourage
      """)
  void aCircleIsThatOfThePersonTheSentenceNames(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Il faut agir », a déclaré [[l'Alliance Rurale]]. « Le dialogue est rompu », a ajouté [[le syndicat patronal]].        | Alliance Rurale
      « Il faut agir », a déclaré [[l'Alliance Rurale]]. « Le dialogue est rompu », a ajouté [[le syndicat de Paul Roy]].     | syndicat de Paul Roy
      """)
  void aGenericOrganisationHeadBeforeItsAdjectiveIsTheOrganisationThatSpoke(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le président Paul Durand a visité l'usine. Jeudi soir, [[la présidence française]] a annoncé un plan.   | présidence française
      Le ministre Luc Roy défend la loi. [[L'opposition de droite]] a dénoncé un texte qui affaiblit l'industrie. | opposition de droite
      Judge Ann Lee opened the hearing. [[The prosecution]] argued the case was clear.                          | prosecution
      Le président Paul Durand a visité l'usine. [[Le journaliste]] a posé une question.                        | Paul Durand
      """)
  void anInstitutionIsNotTheLatestPersonNamed(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le chef de la droite, Paul Durand, a parlé dimanche. Tout ira bien, a ajouté [[le président de LR]].                        | Paul Durand
      Le chef de la droite, Paul Durand, a salué le président Jean Roy. Tout ira bien, a ajouté [[le patron de LR]].              | Paul Durand
      Paul Durand a parlé dimanche. Tout ira bien, a ajouté [[le président de LR]].                                               | président de LR
      """)
  void aLeaderOfABodyIsTheLeaderTheArticleNamed(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Jeudi, la présidence française a annoncé un plan. Le plan est prêt, a fait valoir [[la présidence]].          | présidence française
      L'opposition de droite a dénoncé la loi. La loi est mauvaise, a ajouté [[l'opposition]].                     | opposition de droite
      Jeudi, la présidence a annoncé un plan. Le plan est prêt, a fait valoir [[la présidence]].                   | présidence
      Mille personnes ont défilé, d'après le ministère de la Santé. Le bilan est lourd, selon [[le ministère]].      | ministère de la Santé
      """)
  void anInstitutionAloneTakesUpItsFullerDescription(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Deux hommes sont visés, a indiqué [[une source judiciaire]]. Un troisième est recherché, selon [[la même source]].  | une source judiciaire
      Le ministre Paul Roy est parti. Le bilan est bon, a commenté [[l'Élysée]]. Tout continue, a ajouté [[cette source]].  | Élysée
      """)
  void aSourceTakenUpIsTheSpeakerJustBefore(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Oui », a dit [[le porte-parole Paul Gagnon]]. [[La France insoumise]] dénonce « une tromperie ».  | France insoumise
      « Oui », a dit [[Paul Gagnon]]. Plus tard, [[la Claire alliance]] a dénoncé « un abus ».          | Claire alliance
      """)
  void aFirstNameAfterAnArticleAndBeforeAnAdjectiveNamesAGroup(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }
}
