package verbatim.extract;

import java.util.Arrays;

/**
 * A text cut into word, punctuation and line-break tokens in one linear pass. Words keep inner hyphens and
 * apostrophes ("St-Pierre", "It’s", "a-t-il"); French elisions are split off ("l’", "qu’" + "il").
 * Offsets are String indices into the text.
 */
final class Tokens {
  static final byte WORD = 0, PUNCT = 1, BREAK = 2;

  final String text;
  int size;
  int[] start = new int[64];
  int[] end = new int[64];
  byte[] type = new byte[64];
  /** Index of the quote span a token lies in (marks included), or -1. Filled by {@link QuoteFinder}. */
  int[] quote;

  private Tokens(String text) {
    this.text = text;
  }

  static Tokens of(String text) {
    Tokens t = new Tokens(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        int j = i;
        while (j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r' || isSpace(text.charAt(j)))) j++;
        t.add(i, j, BREAK);
        i = j;
      } else if (isSpace(c) || c == '\r') {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (d < 128 ? (d | 0x20) >= 'a' && (d | 0x20) <= 'z' || d >= '0' && d <= '9'
              : Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '-' || d == '\'' || d == '’' || d == '.' && isInitialDot(text, i, j))
              && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
            if (d != '-' && d != '.' && isElision(text, i, j)) {
              j++;
              break;
            }
            j++;
          } else {
            break;
          }
        }
        t.add(i, j, WORD);
        i = j;
      } else {
        t.add(i, i + 1, PUNCT);
        i++;
      }
    }
    return t;
  }

  /** "U.S." style: a dot between single letters stays inside the word. */
  private static boolean isInitialDot(String s, int wordStart, int dot) {
    return dot - wordStart == 1 || dot >= 2 && s.charAt(dot - 2) == '.';
  }

  private static boolean isElision(String s, int from, int apos) {
    int len = apos - from;
    if (len > 7) return false;
    String p = s.substring(from, apos).toLowerCase(java.util.Locale.ROOT);
    switch (p) {
      case "l": case "d": case "j": case "m": case "n": case "s": case "t": case "c": case "qu": case "jusqu":
      case "lorsqu": case "puisqu": case "quoiqu":
        return true;
      default:
        return false;
    }
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007'
        || c == '\u200A' || c == '\u2002' || c == '\u2003' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
  }

  private void add(int s, int e, byte ty) {
    if (size == start.length) {
      start = Arrays.copyOf(start, size * 2);
      end = Arrays.copyOf(end, size * 2);
      type = Arrays.copyOf(type, size * 2);
    }
    start[size] = s;
    end[size] = e;
    type[size] = ty;
    size++;
  }

  String str(int i) {
    return text.substring(start[i], end[i]);
  }

  char ch(int i) {
    return text.charAt(start[i]);
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && type[i] == WORD;
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && type[i] == PUNCT && text.charAt(start[i]) == c;
  }

  boolean isCapitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
  }

  /** Lower-cased (Locale.ROOT) word with ’ turned into '. */
  String lower(int i) {
    if (lowers == null) lowers = new String[size];
    String l = lowers[i];
    if (l == null) {
      l = str(i).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
      lowers[i] = l;
    }
    return l;
  }

  private String[] lowers;

  /** First token whose start is ≥ offset. */
  int at(int offset) {
    int lo = 0, hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether token i ends a sentence: . ! ? or … not after an abbreviation, or a line break. */
  boolean endsSentence(int i) {
    if (type[i] == BREAK) return true;
    if (type[i] != PUNCT) return false;
    char c = ch(i);
    if (c == '!' || c == '?' || c == '…') return true;
    if (c != '.') return false;
    // An abbreviation's full stop inside a sentence: "Springfield, Mo., and", "Corp. said".
    if (i + 1 < size && (type[i + 1] == PUNCT && (ch(i + 1) == ',' || ch(i + 1) == ';')
        || type[i + 1] == WORD && Character.isLowerCase(ch(i + 1)))) {
      return false;
    }
    if (i > 0 && type[i - 1] == WORD && end[i - 1] == start[i]) {
      String w = lower(i - 1);
      if (Lexicon.HONORIFICS.contains(w) || w.length() == 1 && Character.isUpperCase(ch(i - 1))) return false;
      if (w.equals("st") || w.equals("no") && i + 1 < size && isWord(i + 1) && Character.isDigit(ch(i + 1))) return false;
    }
    return true;
  }
}
