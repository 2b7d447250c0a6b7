package verbatim.extract.reported;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Words, sentences and quoted tokens of invented sentences. */
class SentenceTokensTest {

  /** text, French?, tokens as written, joined by "|". */
  static Stream<Arguments> words() {
    return Stream.of(
        Arguments.of("About 1,500 people came.", false, "About|1,500|people|came|."),
        Arguments.of("It rose 3.5 per cent.", false, "It|rose|3.5|per|cent|."),
        Arguments.of("U.S. officials agreed.", false, "U.S|.|officials|agreed|."),
        Arguments.of("It’s late, a-t-il dit.", false, "It’s|late|,|a-t-il|dit|."),
        Arguments.of("L’avion qu’il a pris", true, "L’|avion|qu’|il|a|pris"),
        Arguments.of("L’avion", false, "L’avion"));
  }

  @ParameterizedTest
  @MethodSource
  void words(String text, boolean french, String expected) {
    SentenceTokens tk = new SentenceTokens(text, french);
    List<String> got = new ArrayList<>();
    for (int t = 0; t < tk.n; t++) got.add(text.substring(tk.start[t], tk.end[t]));
    assertEquals(expected, String.join("|", got));
  }

  /** text, number of sentences. */
  static Stream<Arguments> sentences() {
    return Stream.of(
        Arguments.of("The bridge opened. Traffic was light.", 2),
        Arguments.of("Mr. Roy arrived at noon.", 1),
        Arguments.of("The team met J. Smith in Ottawa.", 1),
        Arguments.of("It was late; everyone left.", 2),
        Arguments.of("He left. and then came back.", 1),
        Arguments.of("“We won.” The crowd cheered.", 2),
        Arguments.of("First paragraph here\n\nSecond paragraph here", 2),
        Arguments.of("A long line of newswire text that wraps without any punctuation at its end\nand goes on here.", 1));
  }

  @ParameterizedTest
  @MethodSource
  void sentences(String text, int expected) {
    assertEquals(expected, new SentenceTokens(text, false).sentenceEnds.size());
  }

  @Test
  void tokensInsideQuoteMarksAreFlaggedUntilTheParagraphEnds() {
    SentenceTokens tk = new SentenceTokens("He said « nous partons demain\n\nThen he left.", true);
    assertTrue(tk.quoted[Parts.token(tk, "nous")]);
    assertFalse(tk.quoted[Parts.token(tk, "he")]);
    assertFalse(tk.quoted[Parts.token(tk, "then")]);
  }

  @Test
  void lowerCaseFormsUseStraightApostrophes() {
    SentenceTokens tk = new SentenceTokens("It’s Done", false);
    assertEquals("it's", tk.low[0]);
    assertEquals("done", tk.low[1]);
  }
}
