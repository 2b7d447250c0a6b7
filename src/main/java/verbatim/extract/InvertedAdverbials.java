package verbatim.extract;

import java.util.List;

/**
 * Adverbial locutions French sets between an inverted reporting verb and its subject: «…», a estimé pour sa part
 * Anne Roy; «…», a commenté un peu plus tard l’Élysée; «…», a répondu de son côté le maire; «…», a ajouté à son tour
 * la ministre. They are no part of the subject: a determiner inside them ("un peu", "son côté") would otherwise open
 * a false noun phrase or stop the subject search. A {@code *} stands for any possessive (sa, son, leur…). Stateless.
 */
final class InvertedAdverbials {
  private static final List<String[]> LOCUTIONS = List.of(
      words("pour * part"), words("de * côté"), words("à * tour"), words("quant à lui"), words("quant à elle"),
      words("quant à eux"), words("un peu plus tard"), words("peu après"), words("plus tard"), words("lui aussi"),
      words("elle aussi"), words("eux aussi"), words("elles aussi"), words("pour * compte"), words("de * part"),
      words("à * manière"), words("encore une fois"), words("une fois de plus"), words("par la suite"),
      words("dans la foulée"), words("dans la soirée"), words("dans la journée"), words("dans la matinée"));

  private static final String[] AFTER_PAR = words("la suite");

  private InvertedAdverbials() {}

  /** Index after the locutions starting at {@code from} (several may follow each other), else {@code from}. */
  static int skip(Tokens t, int from, int limit) {
    int x = from;
    // "a annoncé par la suite la chaîne": a cue read with its agent "par" leaves "la suite" of the locution.
    if (from > 0 && t.isWord(from - 1) && t.lower(from - 1).equals("par")) x = match(t, from, limit, AFTER_PAR);
    boolean more = true;
    while (more) {
      more = false;
      for (String[] l : LOCUTIONS) {
        int e = match(t, x, limit, l);
        if (e > x) {
          x = e;
          if (t.isPunct(x, ',')) x++; // "a estimé, pour sa part, Anne Roy"
          more = true;
          break;
        }
      }
    }
    return x;
  }

  private static int match(Tokens t, int from, int limit, String[] l) {
    int x = from;
    for (String w : l) {
      if (x >= limit || !t.isWord(x) || t.isCapitalised(x) || t.quote != null && t.quote[x] >= 0) return from;
      String y = t.lower(x);
      if (!(w.equals("*") ? isPossessive(y) : w.equals(y))) return from;
      x++;
    }
    return x;
  }

  private static boolean isPossessive(String w) {
    return switch (w) {
      case "sa", "son", "ses", "leur", "leurs", "ma", "mon", "notre", "votre" -> true;
      default -> false;
    };
  }

  private static String[] words(String s) {
    return s.split(" ");
  }
}
