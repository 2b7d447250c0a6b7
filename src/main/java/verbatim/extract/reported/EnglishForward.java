package verbatim.extract.reported;

import static verbatim.extract.reported.EnglishWords.*;
import static verbatim.extract.reported.SentenceTokens.isQuoteMark;

/**
 * A cue followed by its clause: "The mayor said (that) …", "Secord told CTV News (that) …", "BC Hydro urged
 * residents to …". The listener, time adjuncts and asides between the cue and the clause are skipped, not reported.
 */
final class EnglishForward {
  private final Sentence sentence;
  private final SentenceTokens tk;
  private final int from;
  private final EnglishMentions mentions;

  EnglishForward(Sentence s, EnglishMentions mentions) {
    this.sentence = s;
    this.tk = s.tk;
    this.from = s.from;
    this.mentions = mentions;
  }

  /** "The mayor said (that) …", "Secord told CTV News (that) …", "BC Hydro urged residents to …". */
  Mention read(int i, Tier tier, int end, Mention last) {
    return read(i, tier, end, i, last);
  }

  /** As above, the speaker's phrase ending before token {@code mentionAt} (the cue, or "been" in "been saying"). */
  Mention read(int i, Tier tier, int end, int mentionAt, Mention last) {
    Mention m = speaker(i, mentionAt, last);
    if (m == null) return null;
    int k = i + 1;
    if (k >= end) return null;
    String w = tk.low[i];
    // "“…,” McCallum told the council on Nov. 15": the cue attributes the quote before it
    int b = m.from() - 1;
    if (b >= from && (mentions.closingQuote(b) || (tk.pause(b) && b - 1 >= from && mentions.closingQuote(b - 1)))) {
      return null;
    }
    if (CLAIM_OBJECTS.contains(tk.low[k]) && w.startsWith("claim")) return null;
    if (EN_OBJECT_FIRST.contains(w) && tk.word[k]) {
      k = afterListener(k, tier, end);
      if (k < 0) return null;
    }
    int afterThat = thatWithin(k, end);
    if (afterThat >= 0) k = afterThat;
    if (k >= end) return null;
    if (afterThat < 0) {
      if (tier == Tier.THAT) return null;
      k = afterAdjuncts(k, end);
      if (k < 0) return null;
      k = clauseOpening(i, k, tier, end, m);
      if (k < 0) return null;
    }
    int stop = clauseStop(k, end, m);
    if (stop < 0) return null;
    // "as he said, …" is an aside, not a report
    if (m.from() - 1 >= from && tk.word[m.from() - 1] && tk.low[m.from() - 1].equals("as")
        && (i + 1 >= end || tk.pause(i + 1))) {
      return null;
    }
    String cue = tk.text.substring(tk.start[i], tk.end[i]);
    return sentence.emit(k, stop, cue, m.from(), m.to()) ? m : null;
  }

  /** The cue's subject: the phrase before it, else the subject of the report before "and"/"but" ("and added"). */
  private Mention speaker(int i, int mentionAt, Mention last) {
    if (mentionAt != i) {
      // "have for years been saying": skip "for years" before the auxiliary
      int b = mentionAt - 1;
      if (b - 1 >= from && EN_DURATIONS.contains(tk.low[b]) && tk.low[b - 1].equals("for")) mentionAt = b - 1;
    }
    Mention m = mentions.mentionBefore(mentionAt);
    if (m == null && last != null && i - 1 > from && tk.word[i - 1]
        && (tk.low[i - 1].equals("and") || tk.low[i - 1].equals("but"))) {
      m = new Mention(last.from(), last.to()); // "He said …, and added …"
    }
    return m;
  }

  /**
   * Skips the listener after a verb that takes one first: "told reporters", "told CTV News", "assured the
   * committee", "told detectives he …". Returns where the clause may start, or -1 when the object is no listener
   * of a report ("told stories").
   */
  private int afterListener(int k, Tier tier, int end) {
    if (EN_OBJECT_WORDS.contains(tk.low[k])) {
      k++;
    } else if (EN_DETERMINERS.contains(tk.low[k]) || tk.capitalized(k)) {
      int audience = audienceEnd(k, end);
      if (audience > k) return audience;
      if (EN_DETERMINERS.contains(tk.low[k])) k++;
      if (k < end && tk.capitalized(k)) {
        k = nameEnd(k, end);
      } else if (k < end && tk.word[k]) {
        k++;
      }
    } else {
      // a short object, then a subject or "that"
      int t = k;
      while (t < end && tk.word[t] && t - k < 3 && !tk.low[t].equals("that")
          && !EN_SUBJECT_PRONOUNS.contains(tk.low[t])) {
        t++;
      }
      if (t >= end || !tk.word[t] || t == k
          || !(tk.low[t].equals("that") || EN_SUBJECT_PRONOUNS.contains(tk.low[t]))) {
        if (tier == Tier.FREE) return -1; // "tells part of the story": not a report
      } else {
        k = t;
      }
    }
    return k;
  }

  /** A listener phrase runs at most this many words after its determiner ("the bank's annual news conference"). */
  private static final int MAX_AUDIENCE = 5;

  /**
   * "told a news conference the plan …", "told the bank's annual meeting that …": a determiner (or a possessive
   * name) and a few words ending on an audience noun are the listener; returns the token after it, else k.
   */
  private int audienceEnd(int k, int end) {
    for (int t = k + 1; t < end && t <= k + MAX_AUDIENCE; t++) {
      if (!tk.word[t]) {
        if (tk.punct(t, '\'') || tk.punct(t, '’')) continue; // "the bank ' s"
        return k;
      }
      if (EN_GATHERINGS.contains(tk.low[t])) return t + 1;
      if (tk.low[t].equals("that") || EN_SUBJECT_PRONOUNS.contains(tk.low[t]) || EN_DETERMINERS.contains(tk.low[t])) {
        return k;
      }
    }
    return k;
  }

  /** Index just after a "that" within a few words ("said Thursday that", "said in a statement that"), else -1. */
  private int thatWithin(int k, int end) {
    boolean adjunct = k < end && tk.word[k] && (tk.low[k].equals("that") || EN_ADJUNCTS.contains(tk.low[k])
        || tk.capitalized(k) || EN_OBJECT_WORDS.contains(tk.low[k]));
    for (int t = k; adjunct && t < end && t <= k + 6; t++) {
      if (!tk.word[t]) {
        if (tk.comma(t)) continue;
        break;
      }
      if (tk.low[t].equals("that")) return t + 1;
      if (EN_SUBJECT_PRONOUNS.contains(tk.low[t]) || EN_MENTION_BLOCKERS.contains(tk.low[t])) break;
    }
    return -1;
  }

  /**
   * Skips what sits between a cue and a clause without "that" and is not reported: an aside between commas ("said,
   * in a statement, the plan …"), time words ("said Monday he …", "said last week the …"), a short prepositional
   * adjunct ("said in an interview the …"). Returns the clause's first word, or -1 when none follows.
   */
  private int afterAdjuncts(int k, int end) {
    if (!tk.word[k]) {
      if (!tk.comma(k)) return -1;
      int t = k + 1;
      while (t < end && !tk.comma(t) && t - k < 8) t++;
      if (t >= end || !tk.comma(t)) return -1;
      k = t + 1;
      if (k >= end || !tk.word[k]) return -1;
    }
    int t0 = k;
    while (k < end && tk.word[k] && !tk.capitalized(k) && EN_TIME_WORDS.contains(tk.low[k]) || k < end
        && tk.capitalized(k) && EN_TIME_WORDS.contains(tk.low[k])) {
      k++;
    }
    if (k < end && k == t0 && tk.word[k] && (tk.low[k].equals("last") || tk.low[k].equals("this")
        || tk.low[k].equals("next")) && k + 1 < end && EN_TIME_WORDS.contains(tk.low[k + 1])) {
      k += 2;
    }
    if (k < end && tk.word[k] && EN_ADJUNCT_PREPOSITIONS.contains(tk.low[k])) {
      int t = k + 1;
      if (t < end && tk.word[t] && EN_DETERMINERS.contains(tk.low[t])) t++;
      int words = 0;
      while (t < end && tk.word[t] && words < 4 && !EN_SUBJECT_PRONOUNS.contains(tk.low[t])
          && !EN_DETERMINERS.contains(tk.low[t])) {
        t++;
        words++;
      }
      if (t < end && tk.comma(t)) t++;
      if (t >= end || !tk.word[t] || words == 0
          || !(EN_SUBJECT_PRONOUNS.contains(tk.low[t]) || EN_DETERMINERS.contains(tk.low[t])
              || tk.capitalized(t))) {
        return -1;
      }
      k = t;
    }
    if (k >= end || !tk.word[k]) return -1;
    return k;
  }

  /**
   * Whether the words at {@code k} can open the cue's clause without "that", by its tier: a directive needs "to"
   * after a short object ("urged residents to conserve"); a verb that usually takes a noun object needs a pronoun
   * subject; no tier reports "said so" or "said to". A subordinate clause followed by a main clause ("said when the
   * Liberals dismiss …, they insult …") is reported whole here. Returns the clause start, or -1.
   */
  private int clauseOpening(int i, int k, Tier tier, int end, Mention m) {
    String first = tk.low[k];
    if (tier == Tier.FREE && EN_CLAUSE_SUBORDINATORS.contains(first) && subordinateOpensClause(k, end)) {
      sentence.emit(k, end, tk.text.substring(tk.start[i], tk.end[i]), m.from(), m.to());
      return -1;
    }
    if (tier == Tier.DIRECTIVE) {
      if (!first.equals("to") && !first.equals("not") && !first.equals("never")) {
        int t = k;
        while (t < end && tk.word[t] && t - k < 4 && !tk.low[t].equals("to")) t++;
        if (t >= end || !tk.low[t].equals("to") || t == k) return -1;
        k = t;
      }
      return k;
    }
    if (first.equals("to") || EN_EMPTY_OBJECTS.contains(first)) {
      if (!(first.equals("the") || first.equals("a") || first.equals("an") || first.equals("this")
          || first.equals("his") || first.equals("her") || first.equals("its") || first.equals("their")
          || first.equals("these") || first.equals("those") || first.equals("our") || first.equals("my")
          || first.equals("your")) || tier != Tier.FREE) {
        return -1;
      }
    }
    if (tier == Tier.CLAUSE && !EN_SUBJECT_PRONOUNS.contains(first)) return -1;
    return k;
  }

  /**
   * End of the clause starting at {@code k}: the sentence's content end, or before "according to" or a participle
   * after a pause, a colon, a second coordinated cue ("…, and added he …"), or the comma of a fronted subordinate
   * clause ("Though the judge said he was loath to …, he believed …"). A quotation inside it stays when it is a
   * small part of the clause; -1 when it is most of it (the quotation stands for the report).
   */
  private int clauseStop(int k, int end, Mention m) {
    int s0 = from;
    while (s0 < m.from() && !tk.word[s0]) s0++;
    boolean fronted = s0 < m.from() && EN_FRONTED.contains(tk.low[s0]);
    int stop = k;
    while (stop < end) {
      if (fronted && tk.comma(stop)) break;
      if (tk.pause(stop) && stop + 1 < end && tk.word[stop + 1]) {
        String nx = tk.low[stop + 1];
        if (nx.equals("according") || (EN_PARTICIPLES.containsKey(nx) && stop + 2 < end)) break;
      }
      if (!tk.word[stop] && tk.first(stop) == ':') break;
      if (stop > k && tk.word[stop] && (tk.low[stop].equals("and") || tk.low[stop].equals("but"))
          && stop + 1 < end && EN_CUES.containsKey(tk.low[stop + 1]) && tk.low[stop + 1].endsWith("ed")) {
        break;
      }
      if (!tk.word[stop] && isQuoteMark(tk.first(stop))) {
        int full = stop;
        while (full < end && !(tk.pause(full) && full + 1 < end && tk.word[full + 1]
            && (tk.low[full + 1].equals("according") || EN_PARTICIPLES.containsKey(tk.low[full + 1])))) {
          full++;
        }
        if (sentence.quotedShareOk(k, full) && !tk.quoted[k]) return full;
        if (full > stop && tk.end[full - 1] - tk.start[stop] > tk.start[stop] - tk.start[k]) return -1;
        return stop;
      }
      stop++;
    }
    return stop;
  }

  /** End of a capitalised name starting at {@code k}: "House of Commons", "Department of Finance and Trade". */
  private int nameEnd(int k, int end) {
    while (k < end) {
      if (tk.capitalized(k) || (!tk.word[k] && (tk.punct(k, '.') || tk.punct(k, '\'') || tk.punct(k, '’'))
          && k > 0 && tk.end[k - 1] == tk.start[k])) {
        k++;
      } else if (tk.word[k] && (tk.low[k].equals("of") || tk.low[k].equals("for") || tk.low[k].equals("and")
          || tk.low[k].equals("the") || tk.low[k].equals("on")) && k + 1 < end && tk.capitalized(k + 1)) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * Whether the subordinate clause opening at {@code k} ("when …", "if …") is followed by a comma and a main
   * clause with a subject (so the whole is reported), and is not the setting of the cue ("when asked").
   */
  private boolean subordinateOpensClause(int k, int end) {
    if (k + 1 >= end || !tk.word[k + 1]) return false;
    String next = tk.low[k + 1];
    if (next.endsWith("ed") || next.endsWith("ing") || next.equals("asked") || next.equals("told")) return false;
    for (int t = k + 2; t + 1 < end && t - k < 60; t++) {
      if (tk.comma(t)) {
        // the main clause starts after one of the commas ("when they dismiss …, or try to …, he is …")
        String w = tk.low[t + 1];
        if (tk.word[t + 1] && (EN_SUBJECT_PRONOUNS.contains(w) || EN_DETERMINERS.contains(w)
            || tk.capitalized(t + 1) && !EN_MENTION_STOPS.contains(w))) {
          return true;
        }
        continue;
      }
      if (!tk.word[t] && !tk.punct(t, '\'') && !tk.punct(t, '’') && !tk.punct(t, '.')) return false;
    }
    return false;
  }
}
