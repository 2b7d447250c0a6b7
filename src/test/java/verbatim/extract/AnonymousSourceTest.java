package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A source is unnamed by definition: "la source judiciaire" is never the latest person named. Invented sentences. */
class AnonymousSourceTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le ministre Paul Roy a visité le tribunal. « Trois suspects ont été arrêtés mardi », a précisé la source judiciaire.  | fr | Paul Roy
      Mayor Ann Lee toured the site. “Three suspects were arrested on Tuesday,” the source said.                             | en | Ann Lee
      """)
  void aSourceIsNotTheLatestPersonNamed(String text, String language, String named) {
    List<Quote> qs = finder.find(text, language);
    assertEquals(1, qs.size(), qs.toString());
    assertNotEquals(named, qs.get(0).speaker() == null ? null : qs.get(0).speaker().name(), qs.toString());
  }
}
