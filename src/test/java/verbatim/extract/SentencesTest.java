package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Line breaks that cut a sentence in two are joined before the text is cut into sentences. */
class SentencesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Rien ne bouge »,\\n\\na indiqué Marc Roy.         | « Rien ne bouge »,  a indiqué Marc Roy.
      Ils étaient vingt à\\n\\nsuivre le cortège.           | Ils étaient vingt à  suivre le cortège.
      La séance est levée.\\n\\nensuite, rien.             | La séance est levée.\\n\\nensuite, rien.
      Voici la liste :\\n\\nles élus, les maires.          | Voici la liste :\\n\\nles élus, les maires.
      Le maire a parlé,\\n\\nLe conseil a voté.            | Le maire a parlé,\\n\\nLe conseil a voté.
      """)
  void aLineBreakBeforeALowerCaseWordAfterNoSentenceEndIsJoined(String text, String expected) {
    String in = text.replace("\\n", "\n");
    String out = Sentences.joinBrokenLines(in);
    assertEquals(expected.replace("\\n", "\n"), out);
    assertEquals(in.length(), out.length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fr | « Nous ne céderons rien »,\\n\\na indiqué Marc Roy, un élu de Lyon.  | Marc Roy
      en | “We will not give in,”\\n\\nsaid Jo Ray, a union organizer.         | Jo Ray
      """)
  void aReportingClauseAfterABrokenLineKeepsItsQuote(String language, String text, String speaker) {
    List<Quote> quotes = new QuoteFinder(false).find(text.replace("\\n", "\n"), language);
    assertEquals(speaker, quotes.get(0).speaker().name());
  }
}
