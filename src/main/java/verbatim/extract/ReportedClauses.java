package verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * "clause-of-partial": a short partial quote inside a reported clause ("Freeland said she had “a very emotional
 * conversation” with his father") is also part of that reported speech: the clause, quote included, is added as an
 * indirect quote with the same speaker. Only when the quote is under a third of the clause (a longer one already
 * stands for it) and when no reported-speech span overlaps the clause. Immutable.
 */
final class ReportedClauses {

  static final String NAME = "clause-of-partial";
  /** A partial quote under this share (%) of its reported clause does not stand for the clause. */
  private static final int CLAUSE_RATIO = 30;
  /** An aside between a cue and its clause ("fears, like several experts, that") runs at most this many tokens. */
  private static final int MAX_ASIDE = 10;

  private final Grammar g;
  private final Tokens t;
  private final String text;
  private final UnaryOperator<String> languageOf;

  /** @param languageOf the language of a quoted text */
  ReportedClauses(Grammar g, UnaryOperator<String> languageOf) {
    this.g = g;
    this.t = g.t;
    this.text = g.t.text;
    this.languageOf = languageOf;
  }

  /**
   * Adds to out the reported clause of each short partial quote of jobs (in text order) that has one.
   *
   * @return the [start, end) offsets of each partial quote whose clause was added
   */
  List<int[]> addTo(List<QuoteJob> jobs, List<Quote> out) {
    List<int[]> madeFrom = new ArrayList<>();
    int lastEnd = -1;
    for (QuoteJob job : jobs) {
      if (job.kind != Quote.Kind.PARTIAL || job.cue == null || job.speaker == null || job.parts.length != 1) continue;
      int[] c = clauseOf(job);
      if (c == null || c[0] < lastEnd) continue;
      int quoted = job.parts[0][1] - job.parts[0][0];
      if (quoted * 100 >= (c[1] - c[0]) * CLAUSE_RATIO) continue;
      boolean overlaps = false;
      for (QuoteJob o : jobs) {
        if (o.kind == Quote.Kind.INDIRECT && o.parts[0][0] < c[1] && o.parts[0][1] > c[0]) overlaps = true;
      }
      if (overlaps) continue;
      String q = text.substring(c[0], c[1]);
      out.add(new Quote(c[0], c[1], q, Quote.Kind.INDIRECT, job.speaker, job.cue, languageOf.apply(q), NAME));
      madeFrom.add(job.parts[0]);
      lastEnd = c[1];
    }
    return madeFrom;
  }

  /**
   * The reported clause holding a quote, as [start, end) offsets, or null: after a cue before the quote in its
   * sentence ("X said (that) …" to the end of the sentence), or from the sentence start to the comma before a
   * cue after it ("…, a spokeswoman said").
   */
  int[] clauseOf(QuoteJob job) {
    int s = g.sentences.start(job.open), e = g.sentences.end(job.close);
    int best = -1, bestLen = 0;
    for (int k = s; k < e; k++) {
      if (t.quote[k] >= 0) continue;
      int len = g.cues.cueAt(k);
      if (len == 0 || !g.cues.cueText(k, len).equals(job.cue)) continue;
      if (best < 0 || Math.abs(k - job.open) < Math.abs(best - job.open)) {
        best = k;
        bestLen = len;
      }
    }
    if (best < 0 || CueReader.isPrepCue(t, best)) return null;
    int[] span;
    if (best < job.open) span = afterCue(job, best + bestLen, e);
    else if (best >= job.close) span = beforeCue(job, s, best);
    else return null;
    return span == null ? null : offsets(job, span[0], span[1]);
  }

  /** Tokens of the clause after a cue ending at from, to the sentence end e ("X said (that) …"); null if none. */
  private int[] afterCue(QuoteJob job, int from, int e) {
    if (job.mentionFrom >= from && job.mentionTo <= job.open) from = job.mentionTo; // "said the mayor"
    if (t.isPunct(from, ',')) {
      // An aside before the clause: "fears, like several experts, that …".
      int x = from + 1;
      while (x < job.open && x < from + MAX_ASIDE && !t.isPunct(x, ',')) x++;
      if (!t.isPunct(x, ',')) return null;
      from = x + 1;
    }
    if (t.isWord(from) && (t.lower(from).equals("that") || t.lower(from).equals("que")
        || t.lower(from).equals("qu'"))) {
      from++;
    } else if (t.isWord(from) && SpeakerResolver.isDeterminer(t.lower(from))) {
      return null; // a noun object ("posted a video"), not a clause
    }
    int to = e;
    while (to > from && t.type[to - 1] == Tokens.PUNCT && t.quote[to - 1] < 0) to--;
    return new int[] {from, to};
  }

  /** Tokens of the clause from the sentence start s to the comma before a cue at cue ("…, she said"); null if none. */
  private int[] beforeCue(QuoteJob job, int s, int cue) {
    int to = cue;
    if (job.mentionFrom >= job.close && job.mentionFrom < to) to = job.mentionFrom;
    // Only the incise form "…, a spokeswoman said": a comma ends the clause, inside or after the quote.
    if (!(t.isPunct(to - 1, ',') || t.quote[to - 1] >= 0 && text.charAt(t.start[to - 1] - 1) == ',')) return null;
    while (to > s && t.type[to - 1] == Tokens.PUNCT && t.quote[to - 1] < 0) to--;
    return new int[] {s, to};
  }

  /** The clause of tokens [from, to) as offsets, quote marks and trailing commas left out; null when not a clause. */
  private int[] offsets(QuoteJob job, int from, int to) {
    if (from >= to || from > job.open || to < job.close) return null;
    int a = t.start[from], b = t.end[to - 1];
    // Quote marks at the edges stay out, as for any quote.
    if (t.quote[from] >= 0 && t.type[from] == Tokens.PUNCT) a = t.end[from];
    if (t.quote[to - 1] >= 0 && t.type[to - 1] == Tokens.PUNCT) b = t.start[to - 1];
    while (b > a && (text.charAt(b - 1) == ',' || Tokens.isSpace(text.charAt(b - 1)))) b--;
    return b > a ? new int[] {a, b} : null;
  }
}
