package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name after a preposition and a title ("au ministre X", "to Minister X") is a complement, not a subject: a later
 * he/she goes back to the subject who spoke. Invented sentences.
 */
class ObliqueTitleTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Le bilan est mauvais », a lancé Paul Gagnon, en s’en prenant au ministre Marc Lavoie. « Il faut changer de cap », a-t-il ajouté.       | Paul Gagnon
      « Le bilan est mauvais », a lancé Anne Roy, qui a écrit à la ministre Julie Tremblay. « Il faut changer de cap », a-t-elle ajouté.      | Anne Roy
      “The plan failed,” said Tom Reed, who wrote to Minister John Clark last week. “We need a new one,” he added.                           | Tom Reed
      """)
  void aPronounSkipsANameAfterAPrepositionAndATitle(String text, String speaker) {
    List<Quote> qs = finder.find(text, text.startsWith("“") ? "en" : "fr");
    assertEquals(2, qs.size(), qs.toString());
    assertEquals(speaker, qs.get(1).speaker() == null ? null : qs.get(1).speaker().name(), qs.toString());
  }
}
