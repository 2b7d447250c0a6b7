package verbatim.extract.base;

/**
 * The one cut of a text into tokens, in one linear pass: words, punctuation and runs of line breaks, handed to a
 * {@link Sink} in text order. A word is a letter or digit followed by letters, digits and combining marks, and
 * keeps inner hyphens and apostrophes ("St-Pierre", "It’s", "a-t-il") and the dots of initials ("U.S");
 * {@link TokenRules} say what else joins and which elisions ("l’", "qu’") end a word of their own.
 * Offsets are String indices into the text.
 */
public final class TokenScan {
  private TokenScan() {}

  /** Receives the tokens of a scan; [start, end) are String indices. */
  public interface Sink {
    void word(int start, int end);

    void punct(int start, int end);

    /** A line break and the breaks and spaces that follow it, up to the next token. */
    void lineBreak(int start, int end);
  }

  public static void scan(String text, TokenRules rules, Sink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (rules.isBreak(c)) {
        int j = i + 1;
        while (j < n && (rules.isBreak(text.charAt(j)) || rules.isSpace(text.charAt(j)))) j++;
        sink.lineBreak(i, j);
        i = j;
      } else if (rules.isSpace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = wordEnd(text, i, rules);
        sink.word(i, j);
        i = j;
      } else {
        int j = i + 1;
        if (rules.unicode() && Character.isHighSurrogate(c) && j < n) j++;
        sink.punct(i, j);
        i = j;
      }
    }
  }

  /** End of the word that starts at {@code i}; an elision ends just after its apostrophe. */
  static int wordEnd(String text, int i, TokenRules rules) {
    int n = text.length();
    int j = i + 1;
    while (j < n) {
      char d = text.charAt(j);
      if (d < 128 ? (d | 0x20) >= 'a' && (d | 0x20) <= 'z' || d >= '0' && d <= '9'
          : Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
        j++;
      } else if (joins(text, i, j, rules)) {
        if ((d == '\'' || d == '’') && rules.elides(text, i, j)) return j + 1;
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Whether the character at {@code j}, inside the word that starts at {@code i}, joins it to what follows. The
   * character itself is tested first: most words end at a space, which needs no look further.
   */
  private static boolean joins(String text, int i, int j, TokenRules rules) {
    char d = text.charAt(j);
    boolean joiner = switch (d) {
      case '-', '\'', '’', '.' -> true;
      case '‑', ',' -> rules.numbers();
      default -> false;
    };
    if (!joiner || j + 1 >= text.length()) return false;
    char next = text.charAt(j + 1);
    if (!(rules.numbers() ? Character.isLetterOrDigit(next) : Character.isLetter(next))) return false;
    return switch (d) {
      case ',' -> Character.isDigit(text.charAt(j - 1)) && Character.isDigit(next);
      case '.' -> isInitialDot(text, i, j) || rules.numbers() && Character.isDigit(text.charAt(j - 1));
      default -> true;
    };
  }

  /** "U.S" "a.m": the piece before the dot is a single letter, so the dot stays inside the word. */
  private static boolean isInitialDot(String text, int wordStart, int dot) {
    return dot - wordStart == 1 || dot >= 2 && text.charAt(dot - 2) == '.';
  }
}
