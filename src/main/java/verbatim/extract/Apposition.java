package verbatim.extract;

/**
 * A description followed by the name it describes, set off by commas: "le chef du parti de gauche, Jean Roy, a dit",
 * "a estimé l’écrivain et membre de l’académie qui décerne le prix, Anne Roy,", "the party’s new leader (elected in
 * May), Ann Lee, said". French and English name a person this way: the noun phrase opened by a determiner is the
 * role, the name in apposition is who it is, so the speaker is the name and not a word inside the description
 * ("parti", a party's name). The name must close the apposition: a comma, a parenthesis or the end of the clause
 * after it ("le maire, Jean Roy étant absent" holds no apposition). Stateless.
 */
final class Apposition {
  /** How far (tokens) a description may run before its name: long French roles with complements and a relative. */
  private static final int MAX_SPAN = 30;

  private Apposition() {}

  /**
   * The name in apposition to the description that starts at token {@code from} and was read up to {@code to}, as
   * {start, end} tokens, or null when the mention is no description or no name closes it before {@code limit}.
   */
  static int[] nameAfter(Tokens t, int from, int to, int limit) {
    if (!opensDescription(t, from) || namesPerson(t, from, to)) return null;
    int depth = 0;
    for (int x = to; x < limit && x < to + MAX_SPAN && x < t.size; x++) {
      if (t.quote != null && t.quote[x] >= 0 || t.type[x] == Tokens.BREAK) return null;
      if (t.isWord(x)) {
        if (!t.isCapitalised(x) && endsDescription(t.lower(x))) return null;
        continue;
      }
      if (t.isPunct(x, '(')) depth++;
      else if (t.isPunct(x, ')')) depth = Math.max(0, depth - 1);
      else if (t.isPunct(x, ',') && depth == 0) {
        int[] name = personRun(t, x + 1);
        if (name != null && closes(t, name[1], limit)) return name;
      } else if (depth == 0 && !t.isPunct(x, '-') && !t.isPunct(x, '’') && !t.isPunct(x, '\'')) {
        return null; // a full stop, a colon, a semicolon or a dash ends the noun phrase
      }
    }
    return null;
  }

  /**
   * The name a description stands in apposition to when the name opens the sentence right before it: "Jo Roy, un
   * des responsables du mouvement, a dit" and the unclosed "Jo Roy, un des responsables du mouvement a dit". French
   * and English set the role after the name this way, so the speaker is the name, not "des responsables". A name
   * after a preposition ("Pour Jo Roy, le maire a tort") is a frame, not the subject: the name opens the sentence
   * or follows the comma that closes a fronted complement.
   */
  static int[] nameBefore(Tokens t, int from, int sentenceStart) {
    if (!opensDescription(t, from)) return null;
    int d = from;
    // "un des responsables": the mention may start at the partitive's second determiner.
    if (d > 0 && t.isWord(d - 1) && (t.lower(d - 1).equals("un") || t.lower(d - 1).equals("une"))) d--;
    if (d < 2 || !t.isPunct(d - 1, ',')) return null;
    int i = d - 2;
    while (i > sentenceStart && Names.nameWord(t, i - 1)) i--;
    if (!Names.nameWord(t, i)) return null;
    // After a fronted complement ("Dans un courriel envoyé hier, Jo Roy, un des …") the subject follows its comma.
    if (i != sentenceStart && !t.isPunct(i - 1, ',')) return null;
    int[] name = personRun(t, i);
    return name != null && name[1] == d - 1 ? name : null;
  }

  /** A determiner then a lower-case word: "le chef", "l’écrivain", "un de ses avocats", "the new leader". */
  private static boolean opensDescription(Tokens t, int from) {
    if (!t.isWord(from) || !SpeakerResolver.isDeterminer(t.lower(from))) return false;
    return t.isWord(from + 1) && !t.isCapitalised(from + 1) || t.lower(from).equals("un") && t.isWord(from + 1)
        && t.lower(from + 1).equals("de");
  }

  /** Whether the description already holds a person's name ("le ministre Jean Roy"): then it needs no apposition. */
  private static boolean namesPerson(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Names.nameWord(t, k) && (k == from || !Names.nameWord(t, k - 1)) && personRun(t, k) != null) {
        int p = k - 1;
        while (p > from && t.isWord(p) && SpeakerResolver.isDeterminer(t.lower(p))) p--;
        if (!(t.isWord(p) && isPreposition(t.lower(p)))) return true;
      }
    }
    return false;
  }

  /** A verb of speech or a complementiser ends the subject noun phrase; what follows is another clause. */
  private static boolean endsDescription(String w) {
    return Lexicon.isCue(w) || w.equals("que") || w.equals("qu'") || w.equals("that");
  }

  /** A person's name at i: two name words or more with lower-case letters, or an honorific and a name. */
  private static int[] personRun(Tokens t, int i) {
    if (!Names.nameWord(t, i)) return null;
    int e = Names.runEnd(t, i);
    if (Names.hasOrgWord(t, i, e)) return null;
    boolean honorific = Lexicon.HONORIFICS.contains(t.lower(i));
    int words = 0;
    for (int k = i; k < e; k++) {
      if (!t.isWord(k) || Lexicon.HONORIFICS.contains(t.lower(k))) continue;
      String w = t.str(k);
      if (w.equals(w.toUpperCase(java.util.Locale.ROOT))) return null;
      if (Names.nameWord(t, k)) words++;
    }
    return words >= 2 || honorific && words >= 1 ? new int[] {i, e} : null;
  }

  /** The apposition ends after the name: a comma, a parenthesis (an age, a party), the clause's end or a break. */
  private static boolean closes(Tokens t, int e, int limit) {
    if (e >= limit || e >= t.size) return true;
    return t.isPunct(e, ',') || t.isPunct(e, '(') || t.type[e] == Tokens.BREAK || t.endsSentence(e)
        || t.quote != null && t.quote[e] >= 0;
  }

  private static boolean isPreposition(String w) {
    return switch (w) {
      case "de", "du", "des", "d'", "of", "à", "au", "aux", "par", "by", "avec", "with", "pour", "for" -> true;
      default -> false;
    };
  }
}
