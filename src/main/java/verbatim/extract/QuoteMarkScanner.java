package verbatim.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds stretches of text between quote marks in one linear pass with bounded look-ahead: “ ”, « », ‹ ›,
 * „ “, straight " ", and ‘ ’ or ' ' when they are quote marks rather than apostrophes. A quote may run over
 * several paragraphs when each new paragraph reopens it; inner quotes of another kind are left inside the
 * outer one. Unclosed marks are skipped.
 */
final class QuoteMarkScanner {

  /** Longest quote kept, in characters. */
  static final int MAX_QUOTE = 4000;

  /**
   * One quoted stretch.
   *
   * @param open  index of the opening mark
   * @param start first quoted character (spaces after the mark skipped)
   * @param end   just past the last quoted character (spaces before the closing mark skipped)
   * @param close index just past the closing mark
   */
  record Span(int open, int start, int end, int close) {}

  List<Span> scan(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      // Most characters cannot open a quote: one comparison for ASCII letters, digits and spaces.
      if (c < 128 ? c != '"' && c != '\'' : c != '«' && c != '»' && (c < '‘' || c > '„') && c != '‹') {
        i++;
        continue;
      }
      char closer = closerFor(text, i, c);
      if (closer == 0) {
        i++;
        continue;
      }
      int closeAt = findClose(text, i, c, closer);
      if (closeAt < 0) {
        i++;
        continue;
      }
      int s = i + 1, e = closeAt;
      while (s < e && (Tokens.isSpace(text.charAt(s)) || text.charAt(s) == '\n')) s++;
      while (e > s && (Tokens.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '\n' || text.charAt(e - 1) == ',')) e--;
      if (e > s) out.add(new Span(i, s, e, closeAt + 1));
      i = closeAt + 1;
    }
    return out;
  }

  /** The closing mark that goes with an opening mark at i, or 0 when the character at i does not open a quote. */
  private static char closerFor(String t, int i, char c) {
    switch (c) {
      case '“': return '”';
      case '«': return '»';
      case '»':
        // A guillemet typed backwards as an opener: "ainsi qu’»aux familles»" (after an elision or a space, before
        // a letter); a real closing mark was consumed with its opener.
        return i > 0 && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))
            && (t.charAt(i - 1) == '’' || t.charAt(i - 1) == '\'' || Character.isWhitespace(t.charAt(i - 1))) ? '»' : 0;
      case '‹': return '›';
      case '„': return '“';
      case '"':
        return startsQuote(t, i) ? '"' : 0;
      case '‘':
        return startsQuote(t, i) ? '’' : 0;
      case '\'':
        return startsQuote(t, i) ? '\'' : 0;
      case '”':
        // Some texts use ” on both sides.
        return startsQuote(t, i) && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) && isOpeningContext(t, i)
            ? '”' : 0;
      default: return 0;
    }
  }

  /** A symmetric mark opens a quote when it follows a non-letter and is followed by a word character. */
  private static boolean startsQuote(String t, int i) {
    if (i > 0) {
      char p = t.charAt(i - 1);
      if (Character.isLetterOrDigit(p) || p == '.' || p == ',') return false;
    }
    if (i + 1 >= t.length()) return false;
    char nx = t.charAt(i + 1);
    return Character.isLetterOrDigit(nx) || nx == '…' || nx == '.' || nx == '[' || nx == '(' || nx == '¿' || nx == '¡'
        || nx == '‘' || nx == '\'' || nx == '“' || nx == '"' || nx == '-' || nx == '—' || nx == '$';
  }

  private static boolean isOpeningContext(String t, int i) {
    return i == 0 || Character.isWhitespace(t.charAt(i - 1)) || t.charAt(i - 1) == '\u00A0' || t.charAt(i - 1) == '(';
  }

  /** A symmetric closing mark must not be followed by a letter (that would be an apostrophe: It’s). */
  private static boolean endsQuote(String t, int j, char closer) {
    if (closer == '»' || closer == '›') return true;
    if (closer == '”' && t.charAt(j) == '”') {
      return j + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(j + 1));
    }
    if (j + 1 < t.length() && Character.isLetterOrDigit(t.charAt(j + 1))) return false;
    char p = t.charAt(j - 1);
    if (closer == '’' || closer == '\'') {
      // "the students’ union": a plural possessive, not a closing mark, unless it ends a clause.
      if (p == 's' && j + 1 < t.length() && t.charAt(j + 1) == ' ' && j + 2 < t.length()
          && Character.isLowerCase(t.charAt(j + 2))) {
        return false;
      }
    }
    return !Character.isWhitespace(p) || closer == '”';
  }

  /**
   * Index of the mark closing the quote opened at {@code open}, or -1. A paragraph break ends the search unless the
   * next paragraph reopens the quote with the same mark (a quote over several paragraphs).
   */
  private static int findClose(String t, int open, char opener, char closer) {
    int n = t.length();
    int limit = Math.min(n, open + MAX_QUOTE);
    boolean symmetricClose = closer == '"' || closer == '\'' || closer == '’';
    for (int j = open + 1; j < limit; j++) {
      char c = t.charAt(j);
      if (c == closer || closer == '”' && c == '"' && opener == '“' || closer == '"' && c == '”') {
        if (endsQuote(t, j, closer)) return j;
      } else if (c == '\n') {
        int k = j;
        while (k < n && (t.charAt(k) == '\n' || t.charAt(k) == '\r' || Tokens.isSpace(t.charAt(k)))) k++;
        if (k < n && t.charAt(k) == opener && opener != '\'' && opener != '‘') {
          j = k;
          continue;
        }
        if (k < n && "?!.;:…".indexOf(t.charAt(k)) >= 0) {
          // A break before closing punctuation is a layout artifact, not a new paragraph.
          j = k - 1;
          continue;
        }
        return -1;
      } else if (!symmetricClose && c == opener) {
        // A second opener before any closer: the first was stray, unless a third follows before the closer too
        // («A «B «C»): no reading pairs three openers with one closer, so the second was a closer typed the
        // wrong way round («A» B «C»).
        return openerAgainBeforeClose(t, j, opener, closer, limit) ? j : -1;
      }
    }
    return -1;
  }

  /** Whether, after the opener at {@code j}, the same opener comes again before a closer, within one paragraph. */
  private static boolean openerAgainBeforeClose(String t, int j, char opener, char closer, int limit) {
    for (int k = j + 1; k < limit; k++) {
      char c = t.charAt(k);
      if (c == closer || c == '\n') return false;
      if (c == opener) return true;
    }
    return false;
  }
}
