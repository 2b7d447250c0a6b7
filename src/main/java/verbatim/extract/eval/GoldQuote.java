package verbatim.extract.eval;

import java.util.List;

/**
 * One gold quotation as annotated.
 *
 * @param start    code-point offset of the first quoted character (as in the gold file)
 * @param end      code-point offset just past the last quoted character
 * @param text     the annotated text, may be empty
 * @param kind     "direct", "partial" or "indirect" ("direct" when the file gives none)
 * @param speaker  canonical speaker name, or null when the annotator could not tell
 * @param aliases  other accepted names for the speaker
 * @param optional true when the annotator marked it optional
 */
public record GoldQuote(int start, int end, String text, String kind, String speaker, List<String> aliases,
    boolean optional) {

  public GoldQuote {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad gold span [" + start + ", " + end + ")");
    text = text == null ? "" : text;
    kind = kind == null ? "direct" : kind;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /**
   * Scored neither for nor against: no speaker, one word or less, or marked optional
   * (the rule of {@code score_quotes.py}).
   */
  public boolean excluded() {
    return speaker == null || speaker.isEmpty() || wordCount(text) <= 1 || optional;
  }

  /** Number of whitespace-separated words, as Python's {@code str.split()} counts them. */
  static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      boolean space = isPythonSpace(c);
      if (!space && !in) n++;
      in = !space;
      i += Character.charCount(c);
    }
    return n;
  }

  /** Python's {@code str.isspace()} for one code point. */
  static boolean isPythonSpace(int c) {
    if (c >= 0x1C && c <= 0x1F) return true;
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }
}
