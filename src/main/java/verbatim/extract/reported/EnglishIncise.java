package verbatim.extract.reported;

import static verbatim.extract.reported.EnglishWords.*;
import static verbatim.extract.reported.SentenceTokens.isQuoteMark;

/**
 * An English incise: the clause before it is reported ("…, Telford said.", "…, said Telford.", "…, he told
 * reporters."), and a clause continuing after it is a second piece ("…, Scheer said, that …").
 */
final class EnglishIncise {
  private final Sentence sentence;
  private final SentenceTokens tk;
  private final int from;
  private final EnglishMentions mentions;

  EnglishIncise(Sentence s, EnglishMentions mentions) {
    this.sentence = s;
    this.tk = s.tk;
    this.from = s.from;
    this.mentions = mentions;
  }

  /** Where an incise sits: the pause before it, the speaker's tokens [ma, mb), the pause or end after it (k). */
  private record Place(int pauseAt, int ma, int mb, int k) {}

  /**
   * "…, Telford said." and "…, said Telford." and mid-sentence "…, Scheer said, that …": the speaker's mention
   * {from, to} when the cue is an incise (reported or not), else null.
   */
  Mention read(int i, int cueEnd, int end) {
    Place p = place(i, cueEnd, end);
    if (p == null || p.k() < 0) return null;
    int pauseAt = p.pauseAt(), k = p.k();
    int a = sentence.clauseStartBefore(pauseAt);
    int a1 = a;
    while (a1 < pauseAt && !tk.word[a1]) a1++;
    if (a1 + 1 < pauseAt && (tk.low[a1].equals("but") || tk.low[a1].equals("and") || tk.low[a1].equals("yet")
        || tk.low[a1].equals("so"))) {
      a1++;
    }
    // "When asked …, he said …": the clause before is only the setting of the report
    if (a1 < pauseAt && EN_SUBORDINATORS.contains(tk.low[a1]) && k < end) return null;
    String cue = tk.text.substring(tk.start[i], tk.end[i]);
    boolean before = sentence.emit(a, pauseAt, cue, p.ma(), p.mb());
    if (!(p.ma() > i && apposition(k, end))) continuation(k, end, before, cue, p.ma(), p.mb());
    return new Mention(p.ma(), p.mb());
  }

  /** The incise's subject before the cue ("…, Telford said"), a described subject, or an inverted one; or null. */
  private Place place(int i, int cueEnd, int end) {
    Mention m = mentions.mentionBefore(i);
    int descr = mentions.describedSubject(i);
    if (m != null && m.from() - 1 > from && (tk.pause(m.from() - 1) || mentions.closingQuote(m.from() - 1))) {
      return new Place(m.from() - 1, m.from(), m.to(), afterAdjunct(i, cueEnd, end));
    } else if (cueEnd != i + 1) {
      return null; // "went on" is an incise only after its subject
    } else if (descr > from) {
      // "…, a security guard present during the attack told Reuters."
      int mb = i;
      while (mb > descr && EN_BETWEEN.contains(tk.low[mb - 1])) mb--;
      return new Place(descr - 1, descr, mb, afterAdjunct(i, i + 1, end));
    } else if (i - 1 > from && tk.pause(i - 1) && i + 1 < end && tk.word[i + 1]) {
      return inverted(i, end);
    }
    return null;
  }

  /** ", said Telford" / ", argued Palvetzian" / ", said a statement from the office": the subject after the cue. */
  private Place inverted(int i, int end) {
    String first = tk.low[i + 1];
    if (first.equals("that") || first.equals("this") || EN_VERBISH.contains(first)
        || EN_MENTION_STOPS.contains(first) || EN_EMPTY_OBJECTS.contains(first) && !EN_DETERMINERS.contains(first)) {
      return null;
    }
    boolean subjectShape = EN_PRONOUN_MENTIONS.contains(first) || EN_DETERMINERS.contains(first)
        || tk.capitalized(i + 1) || (i + 2 < end && tk.capitalized(i + 2));
    if (!subjectShape) return null;
    // "Tom Reyes, the club's treasurer, said the roof …": the subject is before, the clause after
    Mention app = mentions.apposition(i - 1);
    if (app != null && !EN_PRONOUN_MENTIONS.contains(first)) {
      int s0 = from;
      while (s0 < i && !tk.word[s0]) s0++;
      if (app.from() == s0 || app.from() > s0 && tk.comma(app.from() - 1)) return null;
    }
    int e = i + 1;
    if (EN_PRONOUN_MENTIONS.contains(first)) {
      e = i + 2;
    } else {
      while (e < end && (tk.word[e] || tk.punct(e, '.') || tk.punct(e, '\'') || tk.punct(e, '’')) && e - i <= 9
          && (e == i + 1 || !EN_ADJUNCTS.contains(tk.low[e]))) {
        if (tk.word[e] && EN_VERBISH.contains(tk.low[e])) return null;
        e++;
      }
    }
    return new Place(i - 1, i + 1, e, afterAdjunct(i, e, end));
  }

  /**
   * "…, said Ann Moss, an economist at Bolton Bank.": what follows an inverted incise's subject up to the end of the
   * sentence describes that subject when it is a short phrase with no verb (no auxiliary, no -ed form), not a
   * second piece of the report.
   */
  private boolean apposition(int k, int end) {
    if (!(k < end && tk.pause(k))) return false;
    int words = 0;
    for (int x = k + 1; x < end; x++) {
      if (!tk.word[x]) {
        if (tk.pause(x) || isQuoteMark(tk.first(x))) return false;
        continue;
      }
      if (EN_VERBISH.contains(tk.low[x]) || tk.low[x].endsWith("ed") || ++words > 10) return false;
    }
    return words > 0;
  }

  /** A clause continuing after the incise: "…, Scheer said, that the country is …" (a second piece). */
  private void continuation(int k, int end, boolean before, String cue, int ma, int mb) {
    if (!(k < end && tk.pause(k) && k + 1 < end && tk.word[k + 1])) return;
    int c = k + 1;
    String w = tk.low[c];
    boolean stops = EN_PARTICIPLES.containsKey(w) || w.equals("according") || w.equals("as")
        || w.equals("who") || w.equals("which") || w.equals("and") || w.equals("but") || w.equals("because")
        || w.endsWith("ing") || EN_VERBISH.contains(w) && !w.equals("that") && !w.equals("there")
        || !(w.equals("that") || EN_SUBJECT_PRONOUNS.contains(w) || EN_DETERMINERS.contains(w)
            || tk.capitalized(c));
    if (w.equals("but") && c + 1 < end && tk.word[c + 1] && (EN_DETERMINERS.contains(tk.low[c + 1])
        || EN_SUBJECT_PRONOUNS.contains(tk.low[c + 1]) || tk.capitalized(c + 1))) {
      stops = false; // "…, he said, but one person ran to the roof"
    }
    if (stops || !(before || w.equals("that"))) return;
    if (w.equals("that")) c++;
    int stop = c;
    while (stop < end && !(tk.pause(stop) && stop + 1 < end && tk.word[stop + 1]
        && (tk.low[stop + 1].equals("according") || EN_PARTICIPLES.containsKey(tk.low[stop + 1])))) {
      stop++;
    }
    sentence.emit(c, stop, cue, ma, mb);
  }

  /**
   * After an incise's cue (and its inverted subject) only an adjunct may follow before a pause or the end:
   * "in a statement", "Thursday", "told reporters". Returns the index of that pause or end, or -1.
   */
  private int afterAdjunct(int cue, int p, int end) {
    if (p >= end || tk.pause(p) || tk.punct(p, '(')) return p;
    if (EN_OBJECT_FIRST.contains(tk.low[cue]) && tk.word[p]) {
      if (EN_OBJECT_WORDS.contains(tk.low[p])) {
        p++;
      } else {
        if (EN_DETERMINERS.contains(tk.low[p])) p++;
        int q = p;
        while (p < end && tk.capitalized(p)) p++;
        if (p == q && p < end && tk.word[p]) p++;
      }
      if (p >= end || tk.pause(p) || tk.punct(p, '(')) return p;
    }
    if (!tk.word[p] || !EN_ADJUNCTS.contains(tk.low[p])) return -1;
    int q = p;
    while (q < end && (tk.word[q] || tk.punct(q, '\'') || tk.punct(q, '’')) && q - p < 9) q++;
    return q >= end || tk.pause(q) || tk.punct(q, '(') ? q : -1;
  }
}
