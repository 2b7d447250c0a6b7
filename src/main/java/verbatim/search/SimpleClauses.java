package verbatim.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a simple-mode query into its clauses: words, "phrases" (straight, curly or French quotes),
 * -exclusions, +required words, and OR joining a clause to the one before it. Never fails: an unclosed quote
 * runs to the end, a lone sign is a word.
 */
final class SimpleClauses {
  /** One word or phrase; {@code orWithPrevious} when an OR stood between it and the clause before. */
  record Clause(String text, boolean phrase, boolean negated, boolean required, boolean orWithPrevious) {}

  private SimpleClauses() {}

  /** At most {@link QueryTranslator#MAX_SIMPLE_CLAUSES} clauses (the rest are ignored). */
  static List<Clause> of(String s) {
    List<Clause> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    boolean pendingOr = false;
    while (i < n && out.size() < QueryTranslator.MAX_SIMPLE_CLAUSES) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = false;
      boolean required = false;
      if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
        negated = c == '-';
        required = c == '+';
        i++;
        c = s.charAt(i);
      }
      String text;
      boolean phrase;
      if (c == '"' || c == '“' || c == '«') {
        int j = i + 1;
        while (j < n && s.charAt(j) != '"' && s.charAt(j) != '”' && s.charAt(j) != '»') j++;
        text = s.substring(i + 1, j);
        phrase = true;
        i = Math.min(n, j + 1);
      } else {
        int j = i;
        while (j < n && !Character.isWhitespace(s.charAt(j))) j++;
        text = s.substring(i, j);
        phrase = false;
        i = j;
        if (text.equals("OR") && !negated) {
          pendingOr = !out.isEmpty();
          continue;
        }
      }
      if (text.isBlank()) continue;
      out.add(new Clause(text, phrase, negated, required, pendingOr && !negated));
      pendingOr = false;
    }
    return out;
  }
}
