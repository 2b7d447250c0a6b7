package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a partial quote is the words of its clause's subject, and a body (a government, a
 * union) heading that subject is a speaker as a named person is, rather than the previous sentence's speaker; a
 * document heading it is not.
 */
class BodySubjectTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Évitez les rassemblements », a recommandé l'ambassade du Canada. Le gouvernement belge a incité les voyageurs à « reporter leur séjour dans la capitale ». | gouvernement belge
      « Le plan est injuste », a dit le maire Paul Girard. Le syndicat a appelé ses membres à « cesser le travail dès lundi ». | syndicat
      """)
  void aBodyOpeningTheSentenceSpeaksItsPartialQuote(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le rapport présenté par le maire invite à « repenser la ville ».
      """)
  void aDocumentOpeningTheSentenceIsNoBody(String text) {
    assertEquals("-", SieveFixture.run(new ClauseSubjectSieve(), text, "fr"));
  }
}
