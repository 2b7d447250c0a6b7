package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the one speaker gate makes of speakers as attribution gives them: whether a quote may keep one ({@code
 * accepts}) and the facet form the corpus gives it ({@code clean}). Every name and phrase here is invented.
 */
class SpeakerNameGateTest {
  private final SpeakerNameGate gate = SpeakerNameGate.standard();

  @ParameterizedTest(name = "[{0}] {1} -> {2}, accepted {3}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      # names, titles with names, organisations and descriptions pass as they are
      fr | Maëlle Vandercruyssen         | Maëlle Vandercruyssen         | true
      fr | Jean-Onésime Tardif           | Jean-Onésime Tardif           | true
      fr | Anne Roy                      | Anne Roy                      | true
      fr | le ministre des Finances      | le ministre des Finances      | true
      fr | le ministre de l'Intérieur    | le ministre de l'Intérieur    | true
      fr | un manifestant à Rennes       | un manifestant à Rennes       | true
      fr | la Sûreté du Québec           | la Sûreté du Québec           | true
      fr | Sylvie D'Amours               | Sylvie D'Amours               | true
      fr | Du Plessis                    | Du Plessis                    | true
      fr | des commerçants de Lorient    | des commerçants de Lorient    | true
      fr | manifestants                  | manifestants                  | true
      en | Zentrix Inc                   | Zentrix Inc                   | true
      en | a company spokesman           | a company spokesman           | true
      en | Council on Rural Affairs      | Council on Rural Affairs      | true
      en | an analyst quoted in the note | an analyst quoted in the note | true
      en | the mayor of Springfield      | the mayor of Springfield      | true
      en | Mr. Lee                       | Lee                           | true
      en | Will Ferrand                  | Will Ferrand                  | true
      en | April Okonjo                  | April Okonjo                  | true
      en | Grant Abernathy               | Grant Abernathy               | true
      en | banking sources               | banking sources               | true
      en | OrbiTel Corp                  | OrbiTel Corp                  | true
      en | the ministry                  | the ministry                  | true
      en | Kestrel News                  | Kestrel News                  | true
      # credit lines, honorifics, leading verbs and circumstances are cut; the quote keeps its speaker meanwhile
      fr | AFP Odile Marchetti           | Odile Marchetti               | true
      fr | Facebook M. Ruggero Tassi     | Ruggero Tassi                 | true
      fr | Accusant Hélène Vasseur       | Hélène Vasseur                | true
      fr | Hélène Vasseur devant 300 élus de la région | Hélène Vasseur  | true
      fr | Hélène Vasseur lors du congrès | Hélène Vasseur               | true
      fr | Hélène Vasseur dès            | Hélène Vasseur                | true
      fr | Mme Vasseur                   | Vasseur                       | true
      fr | a déclaré Hélène Vasseur      | Hélène Vasseur                | true
      en | Accusing Darnell Oyelaran     | Darnell Oyelaran              | true
      en | Darnell Oyelaran during the hearing | Darnell Oyelaran        | true
      en | Reuters Darnell Oyelaran      | Darnell Oyelaran              | true
      fr | Hélène Vasseur devraient être présentées | Hélène Vasseur     | true
      en | Zentrix's threat research unit | Zentrix's threat research unit | true
      en | Bank of Lorvania governor Ana Ruiz | Ana Ruiz                | true
      # a title before a person's name, or an apposition after it, is left to the role: the facet names the person
      fr | ministre des Finances Hélène Vasseur | Hélène Vasseur         | true
      fr | premier ministre Hélène Vasseur aux élus de la région | Hélène Vasseur | true
      fr | secrétaire d'État à l'Énergie Paul Verdier | Paul Verdier      | true
      fr | la ministre de la Culture Anne Le Goff | Anne Le Goff          | true
      fr | PDG de Zentrix Industries Paul Verdier | Paul Verdier          | true
      en | Bank of Lorvania governor Pierre Okonjo | Pierre Okonjo       | true
      en | Finance Minister Anne Okonjo  | Anne Okonjo                   | true
      fr | Paul Verdier porte-parole du syndicat | Paul Verdier           | true
      fr | Marc un boulanger de Vannes   | Marc                          | true
      en | Kestrel Corp Chairman L. Paul Okonjo | L. Paul Okonjo         | true
      fr | Anne le Goff                  | Anne le Goff                  | true
      en | Lorvania Bank President Okwudili Brannagh | Okwudili Brannagh | true
      en | Lorvania Bank Vice President Okwudili Brannagh | Okwudili Brannagh | true
      en | Trade Council Director General Okwudili Brannagh | Okwudili Brannagh | true
      en | President Brannagh            | President Brannagh            | true
      fr | président lorvanien Paul Verdier aux élus | Paul Verdier        | true
      fr | ministre de la Culture Jean-Loup Verdier à la mairie | Jean-Loup Verdier | true
      fr | le chef de l'État à l'issue du conseil | le chef de l'État    | true
      fr | la mairesse au cours d'une visite | la mairesse               | true
      fr | une passante auprès de l'agence | une passante                | true
      fr | un guide sur place            | un guide                      | true
      en | a trader during the session   | a trader                      | true
      en | Kevin Durant                  | Kevin Durant                  | true
      en | Lorvania Bank Vice-Chairman Okwudili Brannagh | Okwudili Brannagh | true
      en | General Brannagh Industries Co | General Brannagh Industries Co | true
      en | Prime Lorvania Computer Inc   | Prime Lorvania Computer Inc   | true
      en | Carlo Paul Okonjo             | Carlo Paul Okonjo             | true
      # ... but not when the name is a complement: someone else is described
      fr | la porte-parole du maire Paul Verdier | la porte-parole du maire Paul Verdier | true
      fr | un ami du ministre Paul Verdier | un ami du ministre Paul Verdier | true
      fr | la fille de Paul Verdier      | la fille de Paul Verdier      | true
      fr | le chef de cabinet de la ministre Anne Roy | le chef de cabinet de la ministre Anne Roy | true
      en | spokesman for the governor Anne Okonjo | spokesman for the governor Anne Okonjo | true
      fr | Agnès Perrotin,               | Agnès Perrotin                | true
      # a phrase ending on a preposition or a word that needs what follows was cut mid-sentence: no quote's speaker
      fr | Paul Verdier de               | Paul Verdier                  | false
      fr | une date non                  | une date non                  | false
      fr | les gens me                   | les gens                      | true
      fr | faute d'obtenir des           | NULL                          | false
      fr | a donc                        | NULL                          | false
      # what is no noun phrase becomes no speaker
      fr | À Montbrison                  | NULL                          | false
      fr | auprès de l'agence            | NULL                          | false
      fr | a-t-il                        | NULL                          | false
      fr | a-t-il remarqué               | NULL                          | false
      fr | a-t-elle ajouté               | NULL                          | false
      fr | estime-t-il                   | NULL                          | false
      fr | les                           | NULL                          | false
      fr | Le                            | NULL                          | false
      fr | son                           | NULL                          | false
      fr | a été                         | NULL                          | false
      fr | d'autres                      | NULL                          | false
      fr | de faire                      | NULL                          | false
      fr | mardi soir                    | NULL                          | false
      fr | 12 mars 2021                  | NULL                          | false
      fr | DIT VASSEURLYON               | NULL                          | false
      fr | DIT LA MAIRESSE               | NULL                          | false
      fr | son conseillerPour les        | NULL                          | false
      en | Inc                           | NULL                          | false
      en | company                       | NULL                          | false
      en | Department                    | NULL                          | false
      en | Corp.                         | NULL                          | false
      en | P                             | NULL                          | false
      en | GX                            | NULL                          | false
      en | Under Kestrel                 | NULL                          | false
      en | according to officials        | NULL                          | false
      en | they                          | NULL                          | false
      en | published today               | NULL                          | false
      en | April                         | NULL                          | false
      en | Tuesday                       | NULL                          | false
      en | CHIEF WARNS TRADERS           | NULL                          | false
      en | '  '                          | NULL                          | false
      """)
  void gate(String language, String given, String cleaned, boolean accepted) {
    assertEquals(cleaned, gate.clean(given, language), "clean");
    assertEquals(accepted, gate.accepts(given, language), "accepts");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "NULL", value = {"NULL"})
  void nothingGivesNothing(String given) {
    assertEquals(null, gate.clean(given, "en"));
    assertEquals(false, gate.accepts(given, "en"));
  }
}
