package verbatim.extract.base;

import java.util.HashSet;
import java.util.Set;

/**
 * What one reader of a text counts as a space, a line break and a word. The quote-mark finder and the
 * reported-speech reader read at different grains, and each one's rules count and step over tokens of its own grain
 * (a clause of at least three words, a cue within a few tokens of a quote), so the differences are parameters here
 * rather than merged: merging them changes which quotes, cues and clauses are found, a change to measure by itself.
 * <ul>
 *   <li>the quote-mark finder ({@link #QUOTE_MARKS}) skips a fixed set of spaces seen in press text, keeps any other
 *       control or format character as punctuation, takes only a line feed as a break, cuts a number at its
 *       separators ("1,500" is three tokens) and cuts French elisions whatever the text's language;</li>
 *   <li>the reported-speech reader ({@link #SENTENCES_EN}, {@link #SENTENCES_FR}) skips every Unicode space and
 *       format character, takes a carriage return and the Unicode line and paragraph separators as breaks too, keeps
 *       numbers ("1,500", "3.5", "COVID-19") and a non-breaking hyphen inside a word, so that a number counts as one
 *       word of a clause, and cuts elisions only in French text.</li>
 * </ul>
 *
 * @param unicode  every Unicode space and line separator, and a surrogate pair as one punctuation token
 * @param numbers  a digit may follow a joiner, numbers keep their separators, a non-breaking hyphen joins
 * @param elisions lower-case prefixes that end at their apostrophe as a word of their own ("l", "qu")
 */
public record TokenRules(boolean unicode, boolean numbers, Set<String> elisions) {

  /** The French elided words: "l’", "qu’", "jusqu’". */
  private static final Set<String> ELISIONS = WordList.set("lexicon/elisions.txt");

  /** The quote-mark finder's rules. */
  public static final TokenRules QUOTE_MARKS = new TokenRules(false, false, ELISIONS);

  /** The reported-speech reader's rules for English text. */
  public static final TokenRules SENTENCES_EN = new TokenRules(true, true, Set.of());

  /**
   * The reported-speech reader's rules for French text. It also cuts "presqu’" ("presqu’île"), as the clause rules
   * treat every elision alike; the quote-mark finder keeps "presqu’île" whole, the one word it is.
   */
  public static final TokenRules SENTENCES_FR = new TokenRules(true, true, with(ELISIONS, "presqu"));

  public TokenRules {
    elisions = Set.copyOf(elisions);
  }

  /** Whether {@code c} opens a line break. */
  boolean isBreak(char c) {
    return c == '\n' || unicode && (c == '\r' || c == '\u2028' || c == '\u2029');
  }

  /** Whether {@code c} is a space between tokens (line breaks are tested first). */
  boolean isSpace(char c) {
    if (unicode) {
      return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)
          || Character.getType(c) == Character.FORMAT;
    }
    return isPressSpace(c) || c == '\r';
  }

  /** The spaces of press text: ASCII, no-break, thin, figure, hair, en, em, ideographic and zero-width ones. */
  public static boolean isPressSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007'
        || c == '\u200A' || c == '\u2002' || c == '\u2003' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
  }

  /** Whether the word piece [from, apostrophe) of {@code text} is an elided word such as "l" or "qu". */
  boolean elides(String text, int from, int apostrophe) {
    if (elisions.isEmpty() || apostrophe - from > 7) return false;
    return elisions.contains(text.substring(from, apostrophe).toLowerCase(java.util.Locale.ROOT));
  }

  private static Set<String> with(Set<String> words, String word) {
    Set<String> s = new HashSet<>(words);
    s.add(word);
    return s;
  }
}
