package verbatim.extract.base;

import java.util.HashSet;
import java.util.Set;

/**
 * What one reader of a text counts as a space, a line break and a word. The quote-mark finder and the
 * reported-speech reader read at different grains, so each has its rules:
 * <ul>
 *   <li>the quote-mark finder ({@link #QUOTE_MARKS}) skips a fixed set of spaces seen in press text and treats
 *       only a line feed as a break, because a quotation and its cue are sought token by token across line ends
 *       and any other control character there is better kept as punctuation than silently dropped; a number's
 *       separator ends a word ("1,500" is three tokens), so that a comma after a number stays a pause;</li>
 *   <li>the reported-speech reader ({@link #SENTENCES_EN}, {@link #SENTENCES_FR}) skips every Unicode space and
 *       format character, takes any line or paragraph separator as a break, and keeps numbers ("1,500", "3.5",
 *       "COVID-19") and a non-breaking hyphen inside a word, because it counts the words of a clause and a number
 *       split at its separators would count as several and look like a pause; French elisions are cut only in
 *       French text, where "qu’" and "l’" are the words its cue rules look for.</li>
 * </ul>
 *
 * @param unicode  every Unicode space and line separator, and a surrogate pair as one punctuation token
 * @param numbers  a digit may follow a joiner, numbers keep their separators, a non-breaking hyphen joins
 * @param elisions lower-case prefixes that end at their apostrophe as a word of their own ("l", "qu")
 */
public record TokenRules(boolean unicode, boolean numbers, Set<String> elisions) {

  /** The French elided words: "l’", "qu’", "jusqu’". */
  private static final Set<String> ELISIONS = WordList.set("lexicon/elisions.txt");

  /** The quote-mark finder's rules; elisions are cut whatever the language, as French quotes run in English text. */
  public static final TokenRules QUOTE_MARKS = new TokenRules(false, false, ELISIONS);

  /** The reported-speech reader's rules for English text. */
  public static final TokenRules SENTENCES_EN = new TokenRules(true, true, Set.of());

  /**
   * The reported-speech reader's rules for French text. It also cuts "presqu’" ("presqu’île"), so that every
   * elision is a word of its own before the words its rules count; the quote-mark finder keeps "presqu’île" whole,
   * the one word it is.
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
