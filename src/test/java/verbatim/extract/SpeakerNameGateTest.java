package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the gate makes of speakers as attribution gives them; every name and phrase here is invented. */
class SpeakerNameGateTest {
  private final SpeakerNameGate gate = new SpeakerNameGate();

  @ParameterizedTest(name = "[{0}] {1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      # names, titles with names, organisations and descriptions pass as they are
      fr | Maëlle Vandercruyssen         | Maëlle Vandercruyssen
      fr | Jean-Onésime Tardif           | Jean-Onésime Tardif
      fr | le ministre des Finances      | le ministre des Finances
      fr | un manifestant à Rennes       | un manifestant à Rennes
      fr | Sylvie D'Amours               | Sylvie D'Amours
      fr | Du Plessis                    | Du Plessis
      fr | des commerçants de Lorient    | des commerçants de Lorient
      fr | manifestants                  | manifestants
      en | Zentrix Inc                   | Zentrix Inc
      en | a company spokesman           | a company spokesman
      en | Council on Rural Affairs      | Council on Rural Affairs
      en | an analyst quoted in the note | an analyst quoted in the note
      en | Will Ferrand                  | Will Ferrand
      en | April Okonjo                  | April Okonjo
      en | Grant Abernathy               | Grant Abernathy
      en | banking sources               | banking sources
      en | OrbiTel Corp                  | OrbiTel Corp
      en | the ministry                  | the ministry
      en | Kestrel News                  | Kestrel News
      # credit lines, honorifics, leading verbs and circumstances are cut
      fr | AFP Odile Marchetti           | Odile Marchetti
      fr | Facebook M. Ruggero Tassi     | Ruggero Tassi
      fr | Accusant Hélène Vasseur       | Hélène Vasseur
      fr | Hélène Vasseur devant 300 élus de la région | Hélène Vasseur
      fr | Hélène Vasseur lors du congrès | Hélène Vasseur
      fr | Mme Vasseur                   | Vasseur
      fr | a déclaré Hélène Vasseur      | Hélène Vasseur
      en | Accusing Darnell Oyelaran     | Darnell Oyelaran
      en | Darnell Oyelaran during the hearing | Darnell Oyelaran
      en | Reuters Darnell Oyelaran      | Darnell Oyelaran
      fr | Paul Verdier de               | Paul Verdier
      fr | Hélène Vasseur devraient être présentées | Hélène Vasseur
      fr | Hélène Vasseur dès            | Hélène Vasseur
      en | Zentrix's threat research unit | Zentrix's threat research unit
      en | Bank of Lorvania governor Ana Ruiz | Bank of Lorvania governor Ana Ruiz
      fr | Agnès Perrotin,               | Agnès Perrotin
      # what is no noun phrase becomes no speaker
      fr | À Montbrison                  | NULL
      fr | auprès de l'agence            | NULL
      fr | a-t-il                        | NULL
      fr | a-t-elle ajouté               | NULL
      fr | estime-t-il                   | NULL
      fr | les                           | NULL
      fr | son                           | NULL
      fr | a été                         | NULL
      fr | d'autres                      | NULL
      fr | de faire                      | NULL
      fr | mardi soir                    | NULL
      fr | 12 mars 2021                  | NULL
      fr | DIT VASSEURLYON               | NULL
      fr | son conseillerPour les        | NULL
      en | Inc                           | NULL
      en | company                       | NULL
      en | Department                    | NULL
      en | Corp.                         | NULL
      en | P                             | NULL
      en | GX                            | NULL
      en | Under Kestrel                 | NULL
      en | according to officials        | NULL
      en | they                          | NULL
      en | published today               | NULL
      en | April                         | NULL
      en | Tuesday                       | NULL
      en | CHIEF WARNS TRADERS           | NULL
      en | '  '                          | NULL
      """)
  void gate(String language, String given, String expected) {
    assertEquals(expected, gate.clean(given, language));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "NULL", value = {"NULL"})
  void nothingGivesNothing(String given) {
    assertEquals(null, gate.clean(given, "en"));
  }
}
