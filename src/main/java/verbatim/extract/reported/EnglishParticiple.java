package verbatim.extract.reported;

import static verbatim.extract.reported.EnglishWords.*;

/**
 * A participle carrying a report: "…, saying (that) …", "…, adding that …" (the speaker is the subject of the
 * clause before, else of the sentence), and a message noun before "saying" ("published a notice saying …").
 */
final class EnglishParticiple {
  private final Sentence sentence;
  private final SentenceTokens tk;
  private final int from;
  private final EnglishMentions mentions;

  EnglishParticiple(Sentence s, EnglishMentions mentions) {
    this.sentence = s;
    this.tk = s.tk;
    this.from = s.from;
    this.mentions = mentions;
  }

  /** "…, saying (that) …", "…, adding that …": the speaker is the sentence's subject. */
  void read(int i, Tier tier, int end, Mention last) {
    int k = i + 1;
    String w = tk.low[i];
    if (w.equals("pointing")) {
      if (k >= end || !tk.low[k].equals("out")) return;
      k++;
      tier = Tier.CLAUSE;
    }
    if (w.equals("telling") || EN_OBJECT_FIRST.contains(w)) {
      if (k < end && tk.word[k] && (EN_OBJECT_WORDS.contains(tk.low[k]) || tk.capitalized(k))) {
        while (k < end && tk.capitalized(k)) k++;
        if (k < end && EN_OBJECT_WORDS.contains(tk.low[k])) k++;
      }
    }
    if (k >= end || !tk.word[k]) return;
    if (tk.low[k].equals("that")) {
      k++;
    } else if (tier != Tier.FREE && !EN_SUBJECT_PRONOUNS.contains(tk.low[k])
        && !(EN_DETERMINERS.contains(tk.low[k]) && PARTICIPLES_WITH_NOUN_CLAUSE.contains(w))) {
      return;
    } else if (EN_EMPTY_OBJECTS.contains(tk.low[k]) || tk.low[k].equals("to")) {
      boolean nounClause = w.equals("saying") || w.equals("adding") || PARTICIPLES_WITH_NOUN_CLAUSE.contains(w);
      if (!nounClause || !EN_DETERMINERS.contains(tk.low[k])) return;
    }
    int stop = k;
    while (stop < end && !(tk.pause(stop) && stop + 1 < end && tk.word[stop + 1]
        && EN_PARTICIPLES.containsKey(tk.low[stop + 1]))) {
      stop++;
    }
    int ma = last == null ? -1 : last.from(), mb = last == null ? -1 : last.to();
    if (ma < 0) {
      Mention s = mentions.sentenceSubject(i);
      if (s != null) {
        ma = s.from();
        mb = s.to();
      }
    }
    int cueLast = k > i + 1 && tk.low[i].equals("pointing") ? i + 1 : i; // "pointing out"
    sentence.emit(k, stop, tk.text.substring(tk.start[i], tk.end[cueLast]), ma, mb);
  }

  /**
   * "… published a notice Tuesday saying (that) …", "… denied reports by CNBC saying …": a message noun a few
   * words before "saying" (no comma) carries the clause; its author is the subject of a publishing verb before
   * it, else the message itself (the resolver maps a document to its author).
   */
  void messageSaying(int i, int end) {
    int n = -1;
    for (int t = i - 1; t >= from && i - t <= 10; t--) {
      if (!tk.word[t]) {
        if (tk.punct(t, '.') || tk.punct(t, '\'') || tk.punct(t, '’') || tk.punct(t, '&')) continue;
        break;
      }
      String w = tk.low[t];
      if (EN_MESSAGE_NOUNS.contains(w)) {
        n = t;
        break;
      }
      if (EN_VERBISH.contains(w) || EN_CUES.containsKey(w) || w.equals("that") || w.equals("which")
          || w.equals("who")) {
        break;
      }
    }
    if (n < 0) return;
    int ns = n;
    while (ns - 1 >= from && tk.word[ns - 1] && i - ns < 14 && !EN_DETERMINERS.contains(tk.low[ns])
        && !EN_PUBLISHING.contains(tk.low[ns - 1]) && !EN_MENTION_STOPS.contains(tk.low[ns - 1])
        && !EN_CUES.containsKey(tk.low[ns - 1])) {
      ns--;
    }
    Mention m = null;
    if (ns - 1 >= from && tk.word[ns - 1] && EN_PUBLISHING.contains(tk.low[ns - 1])) m = mentions.mentionBefore(ns - 1);
    if (m == null) m = new Mention(ns, i);
    int k = i + 1;
    if (k < end && tk.word[k] && tk.low[k].equals("that")) {
      k++;
    } else if (k >= end || !tk.word[k] || EN_EMPTY_OBJECTS.contains(tk.low[k]) && !EN_DETERMINERS.contains(tk.low[k])
        || tk.low[k].equals("to")) {
      return;
    }
    int stop = k;
    while (stop < end && !(tk.pause(stop) && stop + 1 < end && tk.word[stop + 1]
        && EN_PARTICIPLES.containsKey(tk.low[stop + 1]))) {
      stop++;
    }
    sentence.emit(k, stop, "saying", m.from(), m.to());
  }
}
