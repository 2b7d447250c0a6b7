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
  int[] read(int i, Tier tier, int end, int[] last) {
    return read(i, tier, end, i, last);
  }

  /** As above, the speaker's phrase ending before token {@code mentionAt} (the cue, or "been" in "been saying"). */
  int[] read(int i, Tier tier, int end, int mentionAt, int[] last) {
    if (mentionAt != i) {
      // "have for years been saying": skip "for years" before the auxiliary
      int b = mentionAt - 1;
      if (b - 1 >= from && EN_DURATIONS.contains(tk.low[b]) && tk.low[b - 1].equals("for")) mentionAt = b - 1;
    }
    int[] m = mentions.mentionBefore(mentionAt);
    if (m == null && last != null && i - 1 > from && tk.word[i - 1]
        && (tk.low[i - 1].equals("and") || tk.low[i - 1].equals("but"))) {
      m = new int[] {last[0], last[1]}; // "He said …, and added …"
    }
    if (m == null) return null;
    int k = i + 1;
    if (k >= end) return null;
    String w = tk.low[i];
    // "“…,” McCallum told the council on Nov. 15": the cue attributes the quote before it
    int b = m[0] - 1;
    if (b >= from && (mentions.closingQuote(b) || (tk.pause(b) && b - 1 >= from && mentions.closingQuote(b - 1)))) return null;
    if (CLAIM_OBJECTS.contains(tk.low[k]) && w.startsWith("claim")) return null;
    // the listener: "told reporters", "told CTV News", "assured the committee"
    if (EN_OBJECT_FIRST.contains(w) && tk.word[k]) {
      if (EN_OBJECT_WORDS.contains(tk.low[k])) {
        k++;
      } else if (EN_DETERMINERS.contains(tk.low[k]) || tk.capitalized(k)) {
        if (EN_DETERMINERS.contains(tk.low[k])) k++;
        if (k < end && tk.capitalized(k)) {
          k = nameEnd(k, end);
        } else if (k < end && tk.word[k]) {
          k++;
        }
      } else {
        // "told detectives he …": a short object, then a subject or "that"
        int t = k;
        while (t < end && tk.word[t] && t - k < 3 && !tk.low[t].equals("that")
            && !EN_SUBJECT_PRONOUNS.contains(tk.low[t])) {
          t++;
        }
        if (t >= end || !tk.word[t] || t == k
            || !(tk.low[t].equals("that") || EN_SUBJECT_PRONOUNS.contains(tk.low[t]))) {
          if (tier == Tier.FREE) return null; // "told stories", "tells part of the story": not a report
        } else {
          k = t;
        }
      }
    }
    // "that" within a few words: "said Thursday that", "said in a statement that"
    boolean that = false;
    boolean adjunct = k < end && tk.word[k] && (tk.low[k].equals("that") || EN_ADJUNCTS.contains(tk.low[k])
        || tk.capitalized(k) || EN_OBJECT_WORDS.contains(tk.low[k]));
    for (int t = k; adjunct && t < end && t <= k + 6; t++) {
      if (!tk.word[t]) {
        if (tk.comma(t)) continue;
        break;
      }
      if (tk.low[t].equals("that")) {
        that = true;
        k = t + 1;
        break;
      }
      if (EN_SUBJECT_PRONOUNS.contains(tk.low[t]) || EN_MENTION_BLOCKERS.contains(tk.low[t])) break;
    }
    if (k >= end) return null;
    if (!that) {
      if (tier == Tier.THAT) return null;
      if (!tk.word[k]) {
        if (!tk.comma(k)) return null;
        // "said, in a statement, the plan …" — skip the aside
        int t = k + 1;
        while (t < end && !tk.comma(t) && t - k < 8) t++;
        if (t >= end || !tk.comma(t)) return null;
        k = t + 1;
        if (k >= end || !tk.word[k]) return null;
      }
      // "said Monday he …", "said last week the …", "said in an interview the …": the adjunct is not reported
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
          return null;
        }
        k = t;
      }
      if (k >= end || !tk.word[k]) return null;
      String first = tk.low[k];
      // "said when the Liberals dismiss …, they insult …": a subordinate clause opens the report
      if (tier == Tier.FREE && EN_CLAUSE_SUBORDINATORS.contains(first) && subordinateOpensClause(k, end)) {
        sentence.emit(k, end, tk.text.substring(tk.start[i], tk.end[i]), m[0], m[1]);
        return null;
      }
      if (tier == Tier.DIRECTIVE) {
        if (!first.equals("to") && !first.equals("not") && !first.equals("never")) {
          // "urged residents to conserve" — an object first, then "to"
          int t = k;
          while (t < end && tk.word[t] && t - k < 4 && !tk.low[t].equals("to")) t++;
          if (t >= end || !tk.low[t].equals("to") || t == k) return null;
          k = t;
        }
      } else {
        if (first.equals("to") || EN_EMPTY_OBJECTS.contains(first)) {
          if (!(first.equals("the") || first.equals("a") || first.equals("an") || first.equals("this")
              || first.equals("his") || first.equals("her") || first.equals("its") || first.equals("their")
              || first.equals("these") || first.equals("those") || first.equals("our") || first.equals("my")
              || first.equals("your")) || tier != Tier.FREE) {
            return null;
          }
        }
        if (tier == Tier.CLAUSE && !EN_SUBJECT_PRONOUNS.contains(first)) return null;
      }
    }
    // "Though the judge said he was loath to …, he believed …": the report ends with the subordinate clause
    int s0 = from;
    while (s0 < m[0] && !tk.word[s0]) s0++;
    boolean fronted = s0 < m[0] && EN_FRONTED.contains(tk.low[s0]);
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
        break; // "…, and added he …": a second report
      }
      if (!tk.word[stop] && isQuoteMark(tk.first(stop))) {
        // a quotation inside the clause: the whole clause when the quoted words are under half of it, else the
        // words before it when they are most of the clause
        int full = stop;
        while (full < end && !(tk.pause(full) && full + 1 < end && tk.word[full + 1]
            && (tk.low[full + 1].equals("according") || EN_PARTICIPLES.containsKey(tk.low[full + 1])))) {
          full++;
        }
        if (sentence.quotedShareOk(k, full) && !tk.quoted[k]) {
          stop = full;
          break;
        }
        if (full > stop && tk.end[full - 1] - tk.start[stop] > tk.start[stop] - tk.start[k]) return null;
        break;
      }
      stop++;
    }
    // "as he said, …" is an aside, not a report
    if (m[0] - 1 >= from && tk.word[m[0] - 1] && tk.low[m[0] - 1].equals("as")
        && (i + 1 >= end || tk.pause(i + 1))) {
      return null;
    }
    String cue = tk.text.substring(tk.start[i], tk.end[i]);
    return sentence.emit(k, stop, cue, m[0], m[1]) ? m : null;
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
