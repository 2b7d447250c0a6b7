package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quotes in hard-wrapped text (newswire broken every ~65 characters inside sentences, paragraphs starting with an
 * indent or after a blank line) are found across the wraps, with the whole name of a speaker split by one.
 */
class HardWrapQuotesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The board said it would build a terminal. "We\\nexpect the terminal to open next year and to double our\\ncapacity," said chairman John\\nSmith.     | We expect the terminal to open next year and to double our capacity | John Smith
      en | He added that costs\\nwere "well within\\nthe budget," chairman John Smith said on\\nMonday.                                                | well within the budget                                              | John Smith
      fr | Le maire a présenté son budget lundi. « Nous\\nallons baisser les taxes cette année », a déclaré Régis\\nLabeaume devant le conseil.       | Nous allons baisser les taxes cette année                            | Régis Labeaume
      fr | Le syndicat a réagi mardi. « La direction\\nnous a menti sur toute la ligne », a\\ndit la présidente, Marie\\nTremblay.                    | La direction nous a menti sur toute la ligne                         | Marie Tremblay
      en | Profits rose 12 pct, the company said.\\n    "We had a very good\\nyear," said spokesman Peter Brown.\\n    Shares closed higher.           | We had a very good year                                              | Peter Brown
      en | The union rejected the offer.\\n\\n"This is not\\nenough for our members," said union leader Ann\\nClarke.                                  | This is not enough for our members                                   | Ann Clarke
      """)
  void aQuoteAcrossWrapsIsFoundWithItsSpeaker(String language, String text, String quote, String speaker) {
    String in = text.replace("\\n", "\n");
    List<Quote> found = new QuoteFinder().find(in, language);
    Quote q = found.stream().filter(x -> x.kind() != Quote.Kind.INDIRECT && x.text().contains(quote.split(" ")[0]))
        .findFirst().orElse(null);
    assertNotNull(q, () -> "no quote in " + found);
    assertTrue(q.text().replace('\n', ' ').startsWith(quote), q.text());
    assertEquals(in.substring(q.start(), q.end()), q.text(), "the words as written, at offsets into the text given");
    assertNotNull(q.speaker(), () -> "no speaker for " + q);
    assertEquals(speaker, q.speaker().name());
  }

  @Test
  void anUnclosedQuoteDoesNotRunOverABlankLine() {
    String in = "Costs were \"well within\nthe budget, he said.\n\nThe board meets on Friday. \"It is\ndone,\" said"
        + " director Paul\nJones.";
    List<Quote> found = new QuoteFinder().find(in, "en");
    int blank = in.indexOf("\n\n");
    for (Quote q : found) assertFalse(q.start() < blank && q.end() > blank, () -> "runs over the break: " + q);
    Quote done = found.stream().filter(q -> q.text().startsWith("It is\ndone")).findFirst().orElse(null);
    assertNotNull(done, () -> "no quote in " + found);
    assertEquals("Paul Jones", done.speaker().name());
  }

  @Test
  void paragraphsWrittenOneALineAreNotJoined() {
    // One paragraph per line, lines too long to be wraps: the quote left open at the end of the first paragraph is
    // carried on by the opener of the second (read as one text, that opener would start a quote of its own).
    String first = "“We have spent two years on this plan and every member of the council had a say in it, from the"
        + " start to the end of the talks.";
    String in = first + "\n“Now it is time to act,” said Mayor Ann Clarke.";
    List<Quote> found = new QuoteFinder().find(in, "en");
    assertTrue(found.stream().anyMatch(q -> q.text().startsWith("We have spent two years")
        && q.speaker() != null && q.speaker().name().equals("Ann Clarke")), () -> found.toString());
  }
}
