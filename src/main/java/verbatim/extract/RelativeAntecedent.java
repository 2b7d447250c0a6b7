package verbatim.extract;

/**
 * The antecedent of a subject relative set off by a comma when no name or role heads the chain before it: "les
 * participants, qui demandent « … »", "des grévistes, qui scandaient « … »". A relative pronoun stands for the noun
 * phrase right before it, so a reporting verb in its clause has that phrase for subject, whatever its noun; the
 * clause's main subject further back is not the one speaking.
 */
final class RelativeAntecedent {
  private RelativeAntecedent() {}

  /** The determiner-led common noun phrase ending right before the comma at r - 1, or null. */
  static Attribution plain(Tokens t, MentionReader mentions, int r, int floor) {
    if (r - 2 < floor || !t.isPunct(r - 1, ',') || !t.isWord(r - 2)) return null;
    Attribution a = mentions.before(r - 2, floor);
    if (a == null || a.from() < floor || a.to() != r - 1 || !t.isWord(a.from())) return null;
    if (!WordClasses.isDeterminer(t.lower(a.from()))) return null;
    for (int x = a.from(); x < a.to(); x++) if (t.isCapitalised(x)) return null;
    return a;
  }
}
