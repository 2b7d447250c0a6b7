package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: quotes that share one sentence share its speaker before a neighbouring sentence is
 * read (a participle or an apposition goes on from the quote just attributed; an unattributed quote takes the
 * speaker named right after the next quote of its sentence).
 */
class SentenceRunTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le ministre Paul Roy a parlé hier soir. « Il faut tenir bon », a souligné la présidente Julie Caron, appelant « chaque citoyen » à « un regain de courage » ce soir. | un regain de courage | Julie Caron
      Le ministre Paul Roy a parlé hier soir. « On veut la fin de la taxe », plaidait Julie Caron, 59 ans, une artisane venue protester contre « les abus de pouvoir ».     | les abus de pouvoir  | Julie Caron
      Le ministre Paul Roy a parlé hier soir. Mais « le fait qu'il ne revienne pas sur la taxe » sur les fortunes, une revendication des grévistes, « c'est pire que tout, vraiment », fustige à Laval Julie Caron. | le fait qu'il ne revienne pas sur la taxe | Julie Caron
      """)
  void quotesOfOneSentenceShareItsSpeaker(String text, String quote, String speaker) {
    List<Quote> qs = new QuoteFinder(false).find(text, "fr");
    Quote q = qs.stream().filter(x -> x.text().equals(quote)).findFirst().orElseThrow();
    assertEquals(speaker, q.speaker() == null ? null : q.speaker().name());
  }
}
