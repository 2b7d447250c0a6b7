package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a reporting verb in a subject relative set off by a comma has for subject the common
 * noun phrase right before the comma, not the main clause's subject nor the person named before.
 */
class RelativeAntecedentTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le sénateur Paul Girard a parlé lundi. La réforme vise la politique du ministre, critiqué par les grévistes, qui scandaient « on ne lâche rien du tout ».   | grévistes
      Le maire Luc Roy a parlé mardi. Le projet inquiète le quartier, défendu par les riverains, qui répètent « personne ne nous a consultés ».   | riverains
      Le maire Luc Blanc a signé le décret. Sophie Martin, une militante de Lyon, qui se dit favorable à « une pause dans le mouvement », est venue seule.       | Sophie Martin
      """)
  void aCommonNounBeforeTheCommaIsTheRelativesSubject(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
