package verbatim.text;

/**
 * Reads hard-wrapped text (newswire stories broken every ~65 characters inside sentences) as running text. A line
 * break between two non-blank lines is a wrap, not a paragraph end, unless the next line is indented (newswire
 * paragraphs start with an indent) — the rule of {@code verbatim.ingest.PlainTextParser}. The wraps become spaces
 * character for character, so the text keeps its length and every offset into it stays right.
 *
 * <p>One guard more: a paragraph is read as hard-wrapped only when none of its lines is longer than
 * {@link #MAX_WRAPPED_LINE}. Wrapped lines are short by nature; text written one paragraph per line (no blank
 * lines, no indents) has long lines, and joining those would merge real paragraphs, so that a quote left open at
 * the end of one paragraph would run into the next.
 */
public final class HardWraps {
  /** The longest line a hard-wrapping source writes, with margin (newswire wraps at 60-80 characters). */
  public static final int MAX_WRAPPED_LINE = 100;

  private HardWraps() {}

  /** {@code text} with the line breaks that wrap a paragraph replaced by spaces (the same string when there are none). */
  public static String join(String text) {
    int n = text.length();
    if (text.indexOf('\n') < 0) return text;
    char[] c = null;
    int unitStart = -1; // start of the first line of the current paragraph, or -1 after a blank line
    int longest = 0;
    int pos = 0;
    while (pos <= n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      boolean blank = isBlankLine(text, pos, end);
      boolean startsParagraph = blank || unitStart < 0 || isIndent(text.charAt(pos));
      if (startsParagraph) {
        if (unitStart >= 0) c = joinUnit(text, unitStart, pos, longest, c);
        unitStart = blank ? -1 : pos;
        longest = 0;
      }
      if (!blank) longest = Math.max(longest, lineLength(text, pos, end));
      if (nl < 0) break;
      pos = nl + 1;
    }
    if (unitStart >= 0) c = joinUnit(text, unitStart, n, longest, c);
    return c == null ? text : new String(c);
  }

  /** Whether {@code ch}, first on a line, indents it: a newswire paragraph start, never a wrap. */
  public static boolean isIndent(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\u00a0' || ch == '\u2007' || ch == '\u202f' || ch == '\u3000';
  }

  /** Spaces for the line breaks inside the paragraph [from, to) when its lines are short enough to be wraps. */
  private static char[] joinUnit(String text, int from, int to, int longest, char[] c) {
    if (longest > MAX_WRAPPED_LINE) return c;
    int last = to;
    while (last > from && (text.charAt(last - 1) == '\n' || text.charAt(last - 1) == '\r')) last--;
    for (int i = text.indexOf('\n', from); i >= 0 && i < last; i = text.indexOf('\n', i + 1)) {
      if (c == null) c = text.toCharArray();
      c[i] = ' ';
      if (i > from && c[i - 1] == '\r') c[i - 1] = ' ';
    }
    return c;
  }

  private static int lineLength(String text, int from, int to) {
    return to > from && text.charAt(to - 1) == '\r' ? to - 1 - from : to - from;
  }

  private static boolean isBlankLine(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (!isIndent(ch) && ch != '\r' && ch != '\ufeff') return false;
    }
    return true;
  }
}
