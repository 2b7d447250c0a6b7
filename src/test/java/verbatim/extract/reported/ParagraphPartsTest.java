package verbatim.extract.reported;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paragraph-level parts on invented paragraphs: story links, captions, pull quotes, embedded posts. */
class ParagraphPartsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "READ MORE: Storm closes schools across the region | true",
      "WATCH: Crews clear the main road | true",
      "À LIRE AUSSI : La grève se poursuit | true",
      "The mayor said more work is needed. | false",
      "Watch the road tonight, police said. | false"})
  void storyLinks(String paragraph, boolean stub) {
    SentenceTokens tk = new SentenceTokens(paragraph, paragraph.startsWith("À"));
    assertEquals(stub, ParagraphShapes.isStub(tk, 0, tk.n));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Crews clear snow on Main Street. (Jane Roe/The Canadian Press) | true",
      "Crews clear snow on Main Street. Jane Roe/THE CANADIAN PRESS | true",
      "The motion passed (52 to 48) | false",
      "The vote was close, the clerk said. | false"})
  void captions(String paragraph, boolean caption) {
    SentenceTokens tk = new SentenceTokens(paragraph, false);
    assertEquals(caption, ParagraphShapes.isCaption(tk, 0, tk.n));
  }

  @Test
  void pullQuoteIsTheWordsOfANameMetElsewhere() {
    String text = "Jane Roe spoke at the hall.\n\nIt is a hard winter for seniors on fixed incomes. Jane Roe, Lakeview mayor";
    assertEquals(List.of("It is a hard winter for seniors on fixed incomes | Jane Roe | —"), pullQuote(text));
  }

  @Test
  void pullQuoteWithANameMetNowhereElseIsACredit() {
    String text = "The hall was full.\n\nIt is a hard winter for seniors on fixed incomes. Jane Roe, Lakeview mayor";
    assertEquals(List.of(), pullQuote(text));
  }

  @Test
  void embeddedPostIsTheWordsOfItsAccount() {
    String text = "Schools are closed today because of the storm. pic.twitter.com/abc — Lakeview Schools (@lakeviewsd) "
        + "December 22, 2018";
    SentenceTokens tk = new SentenceTokens(text, false);
    List<ReportedSpan> found = new ArrayList<>();
    new EmbeddedPost(Set.of("de", "van")).read(tk, 0, tk.n, found);
    assertEquals(List.of("Schools are closed today because of the storm. | Lakeview Schools | —"),
        Parts.describe(text, found));
  }

  /** Runs the pull-quote reader on the last paragraph of {@code text}. */
  private static List<String> pullQuote(String text) {
    SentenceTokens tk = new SentenceTokens(text, false);
    int p0 = 0;
    for (int t = 1; t < tk.n; t++) if (tk.breakBefore[t]) p0 = t;
    List<ReportedSpan> found = new ArrayList<>();
    PullQuote.read(tk, p0, tk.n, found);
    return Parts.describe(text, found);
  }
}
