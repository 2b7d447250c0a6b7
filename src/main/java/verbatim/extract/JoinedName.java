package verbatim.extract;

/**
 * An organisation whose name joins two words with "and" ("Securities and Exchange Commission", "Standard and Poor's
 * Corp", "Savings and Loan Association", "Jefferies and Co Inc"): read as two names, its second half alone ("Exchange
 * Commission", "Co Inc") is a fragment that may even look like a subject of its own. The second half closes the name
 * when it is "Co" (a firm "and Co") or one word and an organisation word; the first half holds no organisation word
 * ("Acme Corp and Bolton Co" are two firms).
 */
final class JoinedName {
  private JoinedName() {}

  /** The end of the joined name whose first half is the run [from, end), or end when none follows it. */
  static int end(Tokens t, int from, int end) {
    if (end + 1 >= t.size || !joiner(t, end) || Names.hasOrgWord(t, from, end) || !Names.nameWord(t, end + 1)) {
      return end;
    }
    int last = Names.runEnd(t, end + 1);
    return closes(t, end + 1, last) ? last : end;
  }

  /** The start of the first half before the run [bFrom, bTo), not before from; -1 when the run closes no such name. */
  static int start(Tokens t, int from, int bFrom, int bTo) {
    int j = bFrom - 1;
    if (j <= from || !joiner(t, j) || !closes(t, bFrom, bTo)) return -1;
    int a = j;
    while (a - 1 >= from && Names.nameWord(t, a - 1)) a--;
    return a == j || Names.hasOrgWord(t, a, j) ? -1 : a;
  }

  private static boolean joiner(Tokens t, int j) {
    return t.isWord(j) && t.lower(j).equals("and") || t.isPunct(j, '&');
  }

  private static boolean closes(Tokens t, int b, int last) {
    if (last <= b) return false;
    String first = t.lower(b);
    if (first.equals("co") || first.equals("cos")) return true;
    int words = 0;
    for (int k = b; k < last; k++) if (t.isWord(k)) words++;
    return words == 2 && Lexicon.ORG_WORDS.contains(t.lower(last - 1)) && !Lexicon.ORG_WORDS.contains(first);
  }
}
