package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resolution rules on invented French and English sentences: each mention, written in the text as [[mention]], is
 * handed to the resolver in text order as the attribution sieves would hand it over; the last one's speaker is
 * checked.
 */
class ResolutionRulesTest {

  /** The speaker of the last [[mention]] in text, after resolving every earlier one in order. */
  static String lastSpeaker(String marked) {
    StringBuilder text = new StringBuilder();
    java.util.List<int[]> spans = new java.util.ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      int open = marked.indexOf("[[", i);
      if (open < 0) {
        text.append(marked, i, marked.length());
        break;
      }
      int close = marked.indexOf("]]", open);
      text.append(marked, i, open);
      int from = text.length();
      text.append(marked, open + 2, close);
      spans.add(new int[] {from, text.length()});
      i = close + 2;
    }
    Tokens t = Tokens.of(text.toString());
    SpeakerResolver r = new SpeakerResolver(t);
    Speaker last = null;
    for (int[] s : spans) last = r.resolve(t.at(s[0]), t.at(s[1]), s[0]);
    return last == null ? "null" : last.name();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La première ministre Theresa May a parlé lundi. Plus tard, [[Theresa May]] a répondu.        | Theresa May
      Theresa May est arrivée lundi. Mme May rencontrera ses alliés, a précisé [[Mme May]].       | Theresa May
      Theresa May met reporters on Monday. Later [[Ms. May]] said the talks had failed.           | Theresa May
      """)
  void aMonthOrModalAfterAFirstNameOrHonorificIsASurname(String marked, String speaker) {
    assertEquals(speaker, lastSpeaker(marked));
  }
}
