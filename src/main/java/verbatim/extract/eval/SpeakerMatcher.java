package verbatim.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a predicted speaker name is the gold one, exactly as {@code score_quotes.py} does: names are
 * compared without accents, case, punctuation and honorifics, and a name that shares the surname and whose
 * words are a subset (or superset) of the other's matches too ("Caire" = "Éric Caire").
 */
public final class SpeakerMatcher {
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "m", "mme", "mlle", "me",
      "sir", "prof", "hon", "the", "le", "la", "les", "l", "un", "une");

  private SpeakerMatcher() {}

  /** The normalised name: folded words joined by single spaces, honorifics dropped; "" for null. */
  public static String normalize(String name) {
    if (name == null || name.isEmpty()) return "";
    String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int c = d.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) continue;
      sb.appendCodePoint(c);
    }
    String s = sb.toString().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    StringBuilder tok = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        tok.append(c);
      } else if (!tok.isEmpty()) {
        String t = tok.toString();
        tok.setLength(0);
        if (!HONORIFICS.contains(t)) {
          if (!out.isEmpty()) out.append(' ');
          out.append(t);
        }
      }
    }
    return out.toString();
  }

  /** True when {@code predicted} names the gold speaker or one of its aliases. */
  public static boolean matches(String predicted, String gold, List<String> aliases) {
    String p = normalize(predicted);
    if (p.isEmpty()) return false;
    List<String> candidates = new ArrayList<>();
    candidates.add(gold);
    candidates.addAll(aliases);
    String[] pt = p.split(" ");
    for (String candidate : candidates) {
      String g = normalize(candidate);
      if (g.isEmpty()) continue;
      if (p.equals(g)) return true;
      String[] gt = g.split(" ");
      if (pt[pt.length - 1].equals(gt[gt.length - 1])) {
        Set<String> ps = new HashSet<>(List.of(pt));
        Set<String> gs = new HashSet<>(List.of(gt));
        if (gs.containsAll(ps) || ps.containsAll(gs)) return true;
      }
    }
    return false;
  }
}
