package verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import verbatim.text.Folding;

/** The folded words that identify a name ("Éric Caire’s" → eric, caire), and the forms names take in text. */
final class NameKeys {
  private NameKeys() {}

  static String stripPossessive(String name) {
    if (name.endsWith("'s") || name.endsWith("’s")) return name.substring(0, name.length() - 2);
    if (name.endsWith("s'") || name.endsWith("s’")) return name.substring(0, name.length() - 1);
    return name;
  }

  static String[] keysOf(String name) {
    if (name.endsWith("'s") || name.endsWith("’s")) name = name.substring(0, name.length() - 2);
    boolean ascii = true;
    for (int i = 0; i < name.length() && ascii; i++) ascii = name.charAt(i) < 128;
    if (ascii) {
      // Fast path, same result as Folding.key for ASCII text.
      List<String> parts = new ArrayList<>(4);
      int i = 0, n = name.length();
      while (i < n) {
        while (i < n && !Character.isLetterOrDigit(name.charAt(i))) i++;
        int st = i;
        while (i < n && Character.isLetterOrDigit(name.charAt(i))) i++;
        if (i > st) parts.add(name.substring(st, i).toLowerCase(Locale.ROOT));
      }
      return parts.toArray(new String[0]);
    }
    String k = Folding.key(name);
    return k.isEmpty() ? new String[0] : k.split(" ");
  }

  /** "IRCC", "PMO": two to six capitals, the way organisations shorten their names. */
  static boolean isAcronym(String s) {
    if (s.length() < 2 || s.length() > 6) return false;
    for (int i = 0; i < s.length(); i++) if (!Character.isUpperCase(s.charAt(i))) return false;
    return true;
  }

  /** Count of non-ASCII characters: the accented spelling of a name is the one to display. */
  static int accents(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) n++;
    return n;
  }

  /** Levenshtein distance, or max + 1 when it exceeds max. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) return max + 1;
    int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) return max + 1;
      int[] tmp = prev;
      prev = cur;
      cur = tmp;
    }
    return prev[b.length()];
  }
}
