package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: «les autorités» is a body that speaks like «la police», and the adjective of a body
 * may be plural («les autorités chinoises», «les services fédéraux»); such a subject is quoted by its clause.
 */
class PluralBodySubjectTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le ministre Paul Roy a parlé. Les autorités chinoises ont arrêté deux hommes pour des activités « menaçant la sécurité nationale ». | menaçant la sécurité nationale | autorités chinoises
      Le ministre Paul Roy a parlé. Les autorités ont fermé la route pour « des raisons de sécurité évidentes » lundi.                    | des raisons de sécurité évidentes | autorités
      """)
  void aPluralBodySpeaks(String text, String quote, String speaker) {
    List<Quote> qs = new QuoteFinder(false).find(text, "fr");
    Quote q = qs.stream().filter(x -> x.text().equals(quote)).findFirst().orElseThrow();
    assertEquals(speaker, q.speaker() == null ? null : q.speaker().name(), qs.toString());
  }
}
