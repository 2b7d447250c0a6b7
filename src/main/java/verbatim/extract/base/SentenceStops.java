package verbatim.extract.base;

import java.util.Locale;
import java.util.Set;

/**
 * When a stop ({@code . ! ? …}) ends a sentence, for every reader of a text: the quote-mark finder asks it of one
 * token as it walks from a quote towards its cue, the reported-speech reader to cut a whole text into sentences.
 * A stop ends a sentence when what follows it (past closing marks and further stops) can start one — a capital, a
 * digit, an opening mark, a line break or the end of the text; a lower-case word ("« Assez ! » a-t-il lancé", "Why?
 * she asked"), a comma or a ticker ("Acme Co. <ACM>") goes on with it — unless, for a full stop, the word glued to
 * it is an abbreviation ("Mr. Roe", "U.S. Steel", "J. Smith", "Jan. 5").
 */
public final class SentenceStops {
  private static final Set<String> ABBREVIATIONS = WordList.set("lexicon/abbreviations.txt");
  private static final Set<String> BEFORE_NUMBER = WordList.set("lexicon/abbreviations-before-number.txt");

  private SentenceStops() {}

  public static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** A closing mark that may follow a stop inside the sentence it ends: "fini. »", "(sic.)". */
  public static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '\'' || c == '›';
  }

  /**
   * Whether the stop at {@code at} in {@code text} ends a sentence.
   *
   * @param wordStart where the word glued to the stop starts ("Mr" in "Mr."), or -1 when a space, a mark or nothing
   *     comes before it
   */
  public static boolean ends(String text, int at, int wordStart) {
    int n = text.length();
    int j = at + 1;
    while (j < n && (isStop(text.charAt(j)) || isCloser(text.charAt(j)) || TokenRules.isPressSpace(text.charAt(j)))) j++;
    if (j >= n) return true;
    char next = text.charAt(j);
    if (next == '\n' || next == '\r' || next == '\u2028' || next == '\u2029') return true;
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next))) return false;
    return text.charAt(at) != '.' || wordStart < 0 || !isAbbreviation(text, wordStart, at, Character.isDigit(next))
        || opensClause(text, j);
  }

  /**
   * Whether the word at {@code j} is an English article, pronoun or conjunction that only opens a clause: after an
   * abbreviation it starts the next sentence ("stores in the U.S. The company said", "Acme Corp. It said"), since no
   * name or title goes on with it. French ones are left out: "M. Le Pen" is a name.
   */
  private static boolean opensClause(String text, int j) {
    int e = j;
    while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
    if (e == j || e < text.length() && (text.charAt(e) == '.' || text.charAt(e) == '\'' || text.charAt(e) == '’')) {
      return false;
    }
    return CLAUSE_OPENERS.contains(text.substring(j, e));
  }

  private static final Set<String> CLAUSE_OPENERS = Set.of("The", "It", "He", "She", "They", "We", "This", "These",
      "Those", "Its", "His", "Their", "But", "However");

  /**
   * Whether a full stop after the word [from, to) of {@code text} marks an abbreviation rather than a sentence's
   * end: a capital initial ("J. Smith"; a lower-case letter is a word, as French "il y a."), an initialism whose
   * last dot is the stop ("U.S."), or a listed abbreviation.
   */
  public static boolean isAbbreviation(String text, int from, int to, boolean numberAfter) {
    if (to <= from) return false;
    if (to - from == 1) return Character.isUpperCase(text.charAt(from));
    String word = text.substring(from, to).toLowerCase(Locale.ROOT);
    if (word.indexOf('.') >= 0) return true;
    return ABBREVIATIONS.contains(word) || numberAfter && BEFORE_NUMBER.contains(word);
  }

  /** A mark that may open the next sentence: quote marks, brackets, a dash or a bullet. */
  public static boolean isOpener(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '«' || c == '(' || c == '[' || c == '\'' || c == '‹' || c == '—'
        || c == '-' || c == '•';
  }
}
