package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A social-network handle set as the subject of a speech verb is the speaker, whatever its case; a reflexive
 * speech verb right after a quote ending in ? or ! reads its inverted subject. Invented sentences.
 */
class HandlesTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Les enseignants protestent. « Pourquoi pas nous ? » demande encore @marc_prof2.           | @marc_prof2
      Les enseignants protestent. « Qui voudra encore enseigner ? » s’interroge @ProfJulie.    | @ProfJulie
      Les enseignants protestent. « Qui voudra encore enseigner ? » s’interroge Julie Roy.     | Julie Roy
      """)
  void aHandleIsTheSpeaker(String text, String speaker) {
    List<Quote> qs = finder.find(text, "fr");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals(speaker, qs.get(0).speaker() == null ? null : qs.get(0).speaker().name(), qs.toString());
  }
}
