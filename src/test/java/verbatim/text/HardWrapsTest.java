package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hard-wrapped lines are read as one paragraph; blank lines, indents and long lines still end paragraphs. */
class HardWrapsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a wrapped\\nsentence goes\\non.                        | a wrapped sentence goes on.
      one.\\n\\ntwo\\nlines.                                 | one.\\n\\ntwo lines.
      first paragraph\\nends.\\n    Indented\\nnext one.     | first paragraph ends.\\n    Indented next one.
      tab\\n\\tstarts a paragraph                            | tab\\n\\tstarts a paragraph
      crlf\\r\\nwrap\\r\\n\\r\\nnext                         | crlf  wrap\\r\\n\\r\\nnext
      trailing break\\n                                      | trailing break\\n
      blank with spaces\\n   \\nnext\\nline                  | blank with spaces\\n   \\nnext line
      """)
  void wrapsBecomeSpacesAndParagraphBreaksStay(String text, String expected) {
    String in = unescape(text);
    String out = HardWraps.join(in);
    assertEquals(unescape(expected), out);
    assertEquals(in.length(), out.length());
  }

  @org.junit.jupiter.api.Test
  void linesLongerThanAWrapAreParagraphsOfTheirOwn() {
    String para = "x".repeat(HardWraps.MAX_WRAPPED_LINE + 1);
    String text = para + "\n" + para + "\nshort";
    assertSame(text, HardWraps.join(text));
    String wrapped = "y".repeat(HardWraps.MAX_WRAPPED_LINE) + "\nshort";
    assertEquals(wrapped.replace('\n', ' '), HardWraps.join(wrapped));
  }

  @org.junit.jupiter.api.Test
  void aTextWithoutWrapsIsReturnedAsIs() {
    String text = "One paragraph.\n\nAnother one.";
    assertSame(text, HardWraps.join(text));
  }

  private static String unescape(String s) {
    return s.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
  }
}
