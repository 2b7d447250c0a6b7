package verbatim.text;

import java.text.Normalizer;
import java.util.Locale;

/** Locale-independent accent and case folding shared by every package. */
public final class Folding {
  private Folding() {}

  /** Lower-cases (Locale.ROOT), strips accents and expands ligatures: "Œuvre Québec" → "oeuvre quebec". */
  public static String fold(String s) {
    if (s == null) return null;
    String lower = s.toLowerCase(Locale.ROOT)
        .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
    String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) sb.append(c);
    }
    return sb.toString();
  }

  /** A key for names: folded, punctuation and hyphens as single spaces, trimmed ("St-Pierre" → "st pierre"). */
  public static String key(String s) {
    String f = fold(s);
    StringBuilder sb = new StringBuilder(f.length());
    boolean space = true;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == ' ') sb.setLength(n - 1);
    return sb.toString();
  }
}
