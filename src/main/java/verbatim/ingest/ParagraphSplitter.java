package verbatim.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain article text into paragraphs with offsets: on blank lines when there are any; else at
 * indented lines (newswire style, where a paragraph starts with spaces and its lines are hard-wrapped);
 * else at every newline. Paragraphs are trimmed; empty ones are dropped.
 */
public final class ParagraphSplitter {
  private ParagraphSplitter() {}

  public static List<Paragraph> split(String text) {
    int n = text.length();
    boolean blank = false;
    boolean indent = false;
    boolean newline = false;
    for (int i = text.indexOf('\n'); i >= 0 && i < n; i = text.indexOf('\n', i + 1)) {
      newline = true;
      int j = i + 1;
      while (j < n && isBlank(text.charAt(j)) && text.charAt(j) != '\n') j++;
      if (j < n && text.charAt(j) == '\n') {
        blank = true;
        break;
      }
      if (j > i + 1 && j < n) indent = true;
    }
    List<Paragraph> out = new ArrayList<>();
    if (!newline) {
      add(text, 0, n, out);
      return out;
    }
    int start = 0;
    int i = text.indexOf('\n');
    while (i >= 0) {
      int next = i + 1;
      boolean boundary;
      if (blank) {
        int j = next;
        while (j < n && isBlank(text.charAt(j)) && text.charAt(j) != '\n') j++;
        boundary = j < n && text.charAt(j) == '\n';
      } else if (indent) {
        boundary = next < n && isBlank(text.charAt(next));
      } else {
        boundary = true;
      }
      if (boundary) {
        add(text, start, i, out);
        start = next;
      }
      i = text.indexOf('\n', next);
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static void add(String text, int start, int end, List<Paragraph> out) {
    while (start < end && isBlank(text.charAt(start))) start++;
    while (end > start && isBlank(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Paragraph(start, end, text.substring(start, end)));
  }
}
