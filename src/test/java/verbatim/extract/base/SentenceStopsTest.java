package verbatim.extract.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented sentences: does the stop marked by the first '|' after it end a sentence? */
class SentenceStopsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', value = {
      "The mayor left.| Then the council voted.#true",
      "Le maire est parti.| Puis le conseil a voté.#true",
      "She spoke to Mr.| Roe at noon.#false",
      "Il a rencontré Mme.| Roy hier.#false",
      "Shares of Acme Corp.| rose on Monday.#false",
      "said Jane Roe of Acme Corp.| \"Prices will rise.\"#true",
      "He moved to the U.S.| in 1990.#false",
      "A letter from J.| Smith arrived.#false",
      "Il y en a.| Le reste est parti.#true",
      "« Assez !| » a-t-il lancé.#false",
      "« C'est fini.| » Le lendemain, tout recommence.#true",
      "Why?| she asked.#false",
      "Pourquoi ?| Personne ne le sait.#true",
      "It opened on Jan.| 5 in Toronto.#false",
      "He said no.| Nobody asked again.#true",
      "Ils étaient sept.| Le huitième est arrivé plus tard.#true",
      "The plant was No.| 3 in the region.#false",
      "He hesitated...| then went on.#false",
      "The end.|#true",
      "a stake in Acme Co.| <ACM> last year.#false",
  })
  void stopEndsSentence(String marked, boolean ends) {
    int bar = marked.indexOf('|');
    String text = marked.substring(0, bar) + marked.substring(bar + 1);
    int at = bar - 1;
    while (!SentenceStops.isStop(text.charAt(at))) at--;
    int wordStart = at;
    while (wordStart > 0 && (Character.isLetterOrDigit(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.'
        && wordStart - 1 < at)) {
      wordStart--;
    }
    assertEquals(ends, SentenceStops.ends(text, at, wordStart == at ? -1 : wordStart), marked);
  }
}
