package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A definite description headed by the common noun the article set before an organisation's name («la chaîne de
 * télévision Canal 9» … «la chaîne») takes up that name when it is the only one introduced with that noun.
 * Invented sentences; the speaker of the last quote is checked.
 */
class NounBoundOrganisationTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La chaîne de télévision Canal 9 a retiré un reportage lundi. « Nous regrettons cette erreur de montage », a précisé la chaîne.  | Canal 9
      Le constructeur automobile Solvo a fermé une usine. « Nous ne pouvions pas faire autrement », a expliqué le constructeur.  | Solvo
      La chaîne de télévision Canal 9 a retiré un reportage lundi. « Nous regrettons cette erreur de montage », a précisé par la suite la chaîne.  | Canal 9
      La chaîne Canal 9 et la chaîne Télé Sud ont diffusé l’image. « Nous regrettons cette erreur de montage », a précisé la chaîne.  | chaîne
      """)
  void aDefiniteNounTakesUpTheOneNameItIntroduced(String text, String speaker) {
    List<Quote> qs = finder.find(text, "fr");
    Quote last = qs.get(qs.size() - 1);
    assertEquals(speaker, last.speaker() == null ? null : last.speaker().name(), qs.toString());
  }
}
