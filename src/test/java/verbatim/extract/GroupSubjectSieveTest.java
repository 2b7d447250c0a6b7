package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a subject describing a group by a quantifier and a plural noun is quoted by its clause,
 * not the speaker of the sentence before; a plural noun with no verb after it opens no subject.
 */
class GroupSubjectSieveTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le ministre Paul Roy a parlé hier. Des organisations patronales ont mis en garde contre « un blocage de l’économie » mardi. | un blocage de l’économie | Des organisations patronales
      Le ministre Paul Roy a parlé hier. Certains grévistes voient quand même « une prise de conscience » dans le discours.       | une prise de conscience  | Certains grévistes
      Le ministre Paul Roy a parlé hier. Plusieurs élus locaux jugent ce plan « très mal ficelé » et trop cher.                   | très mal ficelé          | Plusieurs élus locaux
      """)
  void aDescribedGroupSpeaks(String text, String quote, String speaker) {
    List<Quote> qs = new QuoteFinder(false).find(text, "fr");
    Quote q = qs.stream().filter(x -> x.text().equals(quote)).findFirst().orElseThrow();
    assertEquals(speaker, q.speaker() == null ? null : q.speaker().name(), qs.toString());
  }
}
