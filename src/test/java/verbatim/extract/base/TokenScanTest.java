package verbatim.extract.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one token scan under each reader's rules, on invented text. */
class TokenScanTest {

  /** Tokens as written joined by "|", a line break shown as "¶". */
  private static String cut(String text, TokenRules rules) {
    List<String> out = new ArrayList<>();
    TokenScan.scan(text, rules, new TokenScan.Sink() {
      @Override
      public void word(int start, int end) {
        out.add(text.substring(start, end));
      }

      @Override
      public void punct(int start, int end) {
        out.add(text.substring(start, end));
      }

      @Override
      public void lineBreak(int start, int end) {
        out.add("¶");
      }
    });
    return String.join("|", out);
  }

  /** text, quote-mark grain, English sentence grain, French sentence grain. */
  static Stream<Arguments> grains() {
    return Stream.of(
        Arguments.of("About 1,500 came.", "About|1|,|500|came|.", "About|1,500|came|.", "About|1,500|came|."),
        Arguments.of("It rose 3.5 per cent", "It|rose|3|.|5|per|cent", "It|rose|3.5|per|cent", "It|rose|3.5|per|cent"),
        Arguments.of("COVID-19 in St-Jean", "COVID|-|19|in|St-Jean", "COVID-19|in|St-Jean", "COVID-19|in|St-Jean"),
        Arguments.of("U.S. news", "U.S|.|news", "U.S|.|news", "U.S|.|news"),
        Arguments.of("L’avion qu’il a-t-il", "L’|avion|qu’|il|a-t-il", "L’avion|qu’il|a-t-il", "L’|avion|qu’|il|a-t-il"),
        Arguments.of("une presqu’île", "une|presqu’île", "une|presqu’île", "une|presqu’|île"),
        Arguments.of("one\r\n  two", "one|¶|two", "one|¶|two", "one|¶|two"),
        Arguments.of("one\rtwo", "one|two", "one|¶|two", "one|¶|two"),
        Arguments.of("one\u2028two", "one|\u2028|two", "one|¶|two", "one|¶|two"),
        Arguments.of("a\u00A0b\u2009c", "a|b|c", "a|b|c", "a|b|c"),
        Arguments.of("ok \uD83D\uDE00!", "ok|\uD83D|\uDE00|!", "ok|\uD83D\uDE00|!", "ok|\uD83D\uDE00|!"));
  }

  @ParameterizedTest
  @MethodSource
  void grains(String text, String quoteMarks, String sentencesEn, String sentencesFr) {
    assertEquals(quoteMarks, cut(text, TokenRules.QUOTE_MARKS));
    assertEquals(sentencesEn, cut(text, TokenRules.SENTENCES_EN));
    assertEquals(sentencesFr, cut(text, TokenRules.SENTENCES_FR));
  }

  @Test
  void aMissingListFailsLoudly() {
    assertThrows(IllegalStateException.class, () -> WordList.lines("lexicon/no-such-list.txt"));
  }

  @Test
  void commentsAndBlankLinesAreLeftOut() {
    assertEquals("l", WordList.lines("lexicon/elisions.txt").get(0));
  }
}
