package verbatim.extract;

/**
 * One quote or reported-speech item of a text on its way to a speaker: filled by the sieves in order, then read once
 * into {@link Quote}s. Mutable, and local to one call of {@link QuoteFinder#find}.
 */
final class QuoteJob {

  final int pos;
  /** The quoted text as [start, end) offset pairs: two for a quote split at an incise. */
  final int[][] parts;
  final Quote.Kind kind;
  /** Tokens of the opening and closing marks; -1 for reported speech, which has none. */
  final int open, close;
  /** The speaker mention as tokens [mentionFrom, mentionTo), or -1. */
  int mentionFrom = -1, mentionTo = -1;
  /** An inverted pronoun ("dit-il") standing for the speaker, or null. */
  String pronoun;
  String cue;
  Speaker speaker;
  /** Whether a mention or pronoun has been found, to resolve into a speaker. */
  boolean attributed;
  /** For an unattributed repeat of a cited short quote: its folded text, whose attributed occurrence speaks. */
  String echo;
  /** The attribution rule that gave the speaker. */
  String sieve;

  QuoteJob(int pos, int[][] parts, Quote.Kind kind, int open, int close) {
    this.pos = pos;
    this.parts = parts;
    this.kind = kind;
    this.open = open;
    this.close = close;
  }

  /** Start offset of the first part. */
  int start() {
    return parts[0][0];
  }

  /** End offset of the last part. */
  int end() {
    return parts[parts.length - 1][1];
  }

  /** Takes the mention, cue and sieve of a, its mention widened to a name in apposition ("the mayor, Jo Ray"). */
  void apply(Attribution a, Grammar g) {
    int[] named = a.pronoun() == null && a.from() >= 0
        ? Apposition.nameAfter(g.t, a.from(), a.to(), g.sentences.end(a.to())) : null;
    if (named == null && a.pronoun() == null && a.from() >= 0) {
      named = Apposition.nameBefore(g.t, a.from(), g.sentences.start(a.from()));
    }
    mentionFrom = named == null ? a.from() : named[0];
    mentionTo = named == null ? a.to() : named[1];
    pronoun = a.pronoun();
    cue = a.cue();
    attributed = true;
    sieve = a.sieve();
  }
}
