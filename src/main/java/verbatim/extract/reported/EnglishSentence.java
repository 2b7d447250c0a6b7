package verbatim.extract.reported;

import static verbatim.extract.reported.EnglishWords.EN_BE;
import static verbatim.extract.reported.EnglishWords.EN_CUES;
import static verbatim.extract.reported.EnglishWords.EN_PARTICIPLES;
import static verbatim.extract.reported.EnglishWords.EN_PROGRESSIVE;

/**
 * Reads one English sentence left to right and hands each cue to the part that knows its shape: "according to",
 * an incise or a cue followed by its clause, a participle after a comma, a progressive ("have been saying"), a
 * message noun before "saying". The subject of the latest report is carried from one cue to the next as a local,
 * because a participle or a coordinated cue ("…, and added …") shares it.
 */
final class EnglishSentence {
  private EnglishSentence() {}

  /** The cue readers of one sentence, made only once a cue word turns up (most sentences have none). */
  private record Readers(EnglishMentions mentions, EnglishIncise incise, EnglishForward forward,
      EnglishParticiple participle) {
    static Readers of(Sentence s) {
      EnglishMentions mentions = new EnglishMentions(s);
      return new Readers(mentions, new EnglishIncise(s, mentions), new EnglishForward(s, mentions),
          new EnglishParticiple(s, mentions));
    }
  }

  static void scan(Sentence s) {
    if (s.question()) return;
    SentenceTokens tk = s.tk;
    int from = s.from;
    Readers r = null;
    Mention last = null;
    int end = s.contentEnd();
    for (int i = from; i < end; i++) {
      if (!tk.word[i] || tk.quoted[i]) continue;
      String w = tk.low[i];
      Mention subject = null;
      if (w.equals("according") && i + 1 < end && tk.low[i + 1].equals("to")) {
        new AccordingTo(s).read(i, end);
        continue;
      }
      Tier part = EN_PARTICIPLES.get(w);
      if (part != null && i - 2 > from && tk.low[i - 1].equals("as")) {
        if (r == null) r = Readers.of(s);
        Mention quoted = r.mentions().quotedAs(i);
        if (quoted != null) {
          r.participle().read(i, part, end, quoted); // "X quoted Y as saying …": Y's words
          last = quoted;
          continue;
        }
      }
      Tier tier = EN_CUES.get(w);
      if (tier != null) {
        if (tk.capitalized(i) && i > from && !(i == from + 1 && !tk.word[from])) continue; // "United States"
        if (r == null) r = Readers.of(s);
        subject = cue(tk, r, i, tier, end, last);
      } else if ((w.equals("went") || w.equals("goes")) && i + 1 < end && tk.low[i + 1].equals("on")
          && (i + 2 >= end || tk.pause(i + 2))) {
        if (r == null) r = Readers.of(s);
        subject = r.incise().read(i, i + 2, end); // "…, he went on, that …"
      } else if (EN_PARTICIPLES.containsKey(w) || EN_PROGRESSIVE.contains(w)) {
        if (r == null) r = Readers.of(s);
        subject = participleOrProgressive(s, r, i, end, last);
      }
      if (subject != null) last = subject;
    }
  }

  /** An incise first ("…, Telford said."), else the cue's clause after it; the subject of a report, or null. */
  private static Mention cue(SentenceTokens tk, Readers r, int i, Tier tier, int end, Mention last) {
    if (tier != Tier.THAT || i + 1 >= end || tk.pause(i + 1)) {
      Mention subject = r.incise().read(i, i + 1, end);
      if (subject != null) return subject;
    }
    return r.forward().read(i, tier, end, last);
  }

  /** "…, saying …", "… and adding that …", "have been saying that …", "a notice saying …". */
  private static Mention participleOrProgressive(Sentence s, Readers r, int i, int end, Mention last) {
    SentenceTokens tk = s.tk;
    int from = s.from;
    String w = tk.low[i];
    Tier part = EN_PARTICIPLES.get(w);
    if (part != null && i > from && (tk.comma(i - 1) || tk.word[i - 1] && tk.low[i - 1].equals("and")
        && i + 1 < end && tk.low[i + 1].equals("that"))) {
      r.participle().read(i, part, end, last);
    } else if (i > from && w.endsWith("ing") && EN_PROGRESSIVE.contains(w)) {
      int b = r.mentions().skipAdverbs(i - 1);
      if (b >= from && tk.word[b] && EN_BE.contains(tk.low[b])) {
        // the progressive is a finite cue
        return r.forward().read(i, Tier.CLAUSE, end, b, last);
      } else if (w.equals("saying")) {
        r.participle().messageSaying(i, end);
      }
    }
    return null;
  }
}
