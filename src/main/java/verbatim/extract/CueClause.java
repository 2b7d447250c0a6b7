package verbatim.extract;

/**
 * A reporting clause around a cue: the cue's subject before it ("X said"), its inverted subject after it ("said X",
 * «…», peste la voisine), its inverted pronoun ("a-t-il dit"), or the object of a prepositional cue ("according to
 * X"). The sieves use it to read the clause at a given place. Immutable.
 */
final class CueClause {

  private final Tokens t;
  private final String language;
  private final CueReader cues;
  private final MentionReader mentions;

  CueClause(Tokens t, String language, CueReader cues, MentionReader mentions) {
    this.t = t;
    this.language = language;
    this.cues = cues;
    this.mentions = mentions;
  }

  /** The speaker around a cue at k: after a prepositional cue, else its subject before, else an inverted one. */
  Attribution around(int k, int len, int floor, int limit) {
    return around(k, len, floor, limit, false);
  }

  /** @param beforeQuote the quote starts at limit: an inverted subject must reach it */
  Attribution around(int k, int len, int floor, int limit, boolean beforeQuote) {
    String cue = cues.cueText(k, len);
    String pron = cues.cuePronoun(k, len);
    if (pron != null) return new Attribution(-1, -1, pron, cue);
    if (CueReader.isPrepCue(t, k)) {
      // "selon de récents sondages": the partitive "de" before a preposed adjective is the noun phrase's determiner.
      int from = k + len;
      int owner = WordsOf.owner(t, from);
      if (owner > 0) from = owner;
      Attribution m = t.isWord(from) && t.lower(from).equals("de") ? partitive(from + 1, limit)
          : mentions.after(from, limit);
      return m == null ? null : new Attribution(m.from(), m.to(), null, cue);
    }
    Attribution m = subjectBefore(k, len, floor);
    if (m == NO_SUBJECT) return null;
    if (m != null && m.to() - m.from() == 1 && Lexicon.PRONOUNS.contains(t.lower(m.from()))) {
      Attribution topic = DislocatedTopic.before(t, m.from(), floor);
      if (topic != null) m = topic;
    }
    if (m != null) return new Attribution(m.from(), m.to(), null, cue);
    // "quipped to Colton": the one spoken to is not the speaker.
    if (t.isWord(k + len) && (t.lower(k + len).equals("to") || t.lower(k + len).equals("à"))) return null;
    m = mentions.after(k + len, limit);
    if (m == null || !mentions.hasSpeakerWord(m)) {
      int x = cues.skipAdverbs(k + len, limit);
      if (x > k + len) m = mentions.after(x, limit);
    }
    if (m == null || !mentions.hasSpeakerWord(m)) return null;
    // Inverted before a quote ("Then said the mayor: “…”"): the speaker must reach the quote, or a participle
    // clause of theirs must ("a indiqué la ministre, promettant « … »").
    if (beforeQuote && !reachesQuote(m.to(), limit) && !participleReachesQuote(m.to(), limit)) return null;
    return new Attribution(m.from(), m.to(), null, cue);
  }

  /** "(selon de) récents sondages,": lower-case words up to a comma, at most four; null when none. */
  private Attribution partitive(int from, int limit) {
    int e = from;
    while (e < limit && e < from + 4 && t.isWord(e) && !t.isCapitalised(e) && t.quote[e] < 0) e++;
    return e > from && (e >= limit || t.isPunct(e, ',')) ? Attribution.mention(from, e) : null;
  }

  private boolean reachesQuote(int from, int limit) {
    for (int x = from; x < limit; x++) if (t.type[x] != Tokens.PUNCT) return false;
    return true;
  }

  /**
   * ", promettant « … »", " en exprimant son soutien et « … »", ", calling it “…”": a present participle after a
   * comma, or a French gerund, opens a clause whose subject is the one before it, so the quote in it is theirs.
   */
  private boolean participleReachesQuote(int from, int limit) {
    int x = t.isPunct(from, ',') ? from + 1 : from;
    boolean gerund = t.isWord(x) && t.lower(x).equals("en") && language.equals("fr");
    if (x == from && !gerund) return false;
    if (gerund) x++;
    if (x >= limit || !t.isWord(x) || t.isCapitalised(x) || !cues.isParticiple(x) || isAdverbInAnt(t.lower(x))) {
      return false;
    }
    for (int y = x + 1; y < limit; y++) {
      if (y > x + MAX_PARTICIPLE_CLAUSE || t.endsSentence(y) || t.quote[y] >= 0) return false;
    }
    return true;
  }

  /** A participle clause reaches its quote within this many tokens. */
  private static final int MAX_PARTICIPLE_CLAUSE = 12;

  /** Words ending like a participle that are not one: adverbs and prepositions. */
  private static boolean isAdverbInAnt(String w) {
    return switch (w) {
      case "maintenant", "avant", "pendant", "durant", "cependant", "pourtant", "autant", "tant", "devant",
          "suivant", "moyennant", "nonobstant", "during", "notwithstanding", "according", "including",
          "regarding", "concerning", "following", "nothing", "something", "anything", "everything", "morning",
          "evening" -> true;
      default -> false;
    };
  }

  /** Marks a participle cue whose clause has no subject: no speaker at all, not even an inverted one. */
  private static final Attribution NO_SUBJECT = Attribution.mention(-1, -1);

  /** The subject of the cue of len tokens at k, before it; null when none, {@link #NO_SUBJECT} to give up. */
  private Attribution subjectBefore(int k, int len, int floor) {
    Attribution m = mentions.before(k - 1, floor);
    // "…, auprès de l'AFP, jugeant …": a noun phrase opened by a preposition is a complement, never the subject.
    if (m != null && m.from() >= 0 && t.isWord(m.from()) && opensComplement(t.lower(m.from()))) m = null;
    if (m != null && m.from() >= 0) m = nameBeforeAppositions(m, floor);
    // "il a évoqué la Syrie, dénonçant …": the participle's subject is the clause's, not the verb's object.
    if (m != null && m.from() >= 0 && t.isPunct(k - 1, ',') && cues.isParticiple(k + len - 1)
        && ClauseObject.isObject(t, floor, m.from())) {
      m = null;
    }
    // "un groupe de manifestants qui criaient « … »", "Jo Ray, an organizer, who said": the subject of a relative
    // clause is the noun phrase the relative pronoun stands for, not the clause's main subject further back.
    if (m == null && k - 1 > floor && t.isWord(k - 1) && isSubjectRelative(t.lower(k - 1))) {
      return mentions.antecedent(k - 1, floor);
    }
    // ", en déplorant …": a French gerund after a comma shares the clause's subject like a bare participle
    int comma = t.isPunct(k - 1, ',') ? k - 1
        : k - 2 > floor && language.equals("fr") && t.isWord(k - 1) && t.lower(k - 1).equals("en")
            && t.isPunct(k - 2, ',') ? k - 2 : -1;
    if (m == null && cues.isParticiple(k + len - 1) && comma > floor) {
      m = mentions.before(comma - 1, floor);
      // "X a fait amende honorable dans la journée, assurant …": a time or place complement before the comma is
      // no subject; the clause's subject is.
      if (m != null && (afterComplementPreposition(m.from(), floor) || opensComplement(t.lower(m.from())))) m = null;
      if (m != null && m.from() >= 0 && ClauseObject.isObject(t, floor, m.from())) m = null;
      // "X shot back on Tuesday, saying Y should “…”": the participle's subject is the clause's, never the name
      // after it.
      if (m == null && !CueReader.isPrepCue(t, k)) {
        m = mentions.clauseSubject(floor, comma);
        if (m == null) m = invertedSubjectBefore(comma, floor);
        if (m == null) return NO_SUBJECT;
      }
    }
    if (m == null && t.isWord(k - 1)) {
      // "X said he was gay and then quipped": a coordinated cue shares the clause's subject.
      int c = k - 1;
      while (c > floor && t.isWord(c) && isLinkAdverb(t.lower(c))) c--;
      String w = t.lower(c);
      if (w.equals("and") || w.equals("but") || w.equals("et") || w.equals("mais")) m = mentions.clauseSubject(floor, c);
    }
    return m;
  }

  /** Prepositions opening a time or place complement ("dans la journée", "on Tuesday", "at the hearing"). */
  private static boolean isAdverbialPreposition(String w) {
    return switch (w) {
      case "dans", "en", "sur", "sous", "à", "au", "aux", "pendant", "depuis", "après", "avant", "vers", "devant",
          "lors", "in", "on", "at", "during", "after", "before", "since", "until", "into", "over" -> true;
      default -> false;
    };
  }

  /**
   * "«…», s'est alarmé Jo Roy, président de X, auprès de l'AFP, jugeant …": the participle's subject is the inverted
   * subject of the clause's own cue, before it in the sentence; null when there is none.
   */
  private Attribution invertedSubjectBefore(int to, int floor) {
    for (int x = to - 1; x >= floor; x--) {
      if (t.quote[x] >= 0) return language.equals("fr") ? inciseAfterQuote(x + 1, to) : null;
      if (t.endsSentence(x)) break;
      int len = cues.cueAt(x);
      if (len == 0 || x + len > to || cues.isParticiple(x + len - 1)) continue;
      Attribution a = invertedAt(x, len, to);
      if (a != null && a.from() >= 0) return Attribution.mention(a.from(), a.to());
    }
    return null;
  }

  /**
   * "Frédéric, 34 ans, agent de nettoyage (Oise), se désolait …": a description set off by commas after a name is
   * its apposition, so the name opening the chain is the subject; an age ("34 ans", "45") may sit between. The
   * mention itself when it is no such description.
   */
  private Attribution nameBeforeAppositions(Attribution m, int floor) {
    if (!t.isWord(m.from()) || t.isCapitalised(m.from()) || !t.isPunct(m.from() - 1, ',')) return m;
    int end = m.from() - 1; // the comma after the segment before the description
    for (int seg = 0; seg < 2 && end > floor; seg++) {
      int s = end;
      while (s > floor && !t.isPunct(s - 1, ',') && end - s < MAX_NAME_SEGMENT) s--;
      if (s == end || s > floor && !t.isPunct(s - 1, ',')) return m;
      if (isNameSegment(s, end)) return Attribution.mention(s, end);
      if (!isAge(s, end)) return m;
      end = s - 1;
    }
    return m;
  }

  /** A name set off by commas before its appositions runs at most this many tokens. */
  private static final int MAX_NAME_SEGMENT = 4;

  private boolean isNameSegment(int s, int e) {
    for (int x = s; x < e; x++) if (!Names.nameWord(t, x)) return false;
    return e > s;
  }

  /** "34 ans", "45 years old", "45": a person's age in apposition. */
  private boolean isAge(int s, int e) {
    if (!t.isWord(s) || !Character.isDigit(t.ch(s))) return false;
    for (int x = s + 1; x < e; x++) {
      String w = t.lower(x);
      if (!(w.equals("ans") || w.equals("years") || w.equals("old") || w.equals("an"))) return false;
    }
    return true;
  }

  /** Whether the noun phrase at from follows a time or place preposition ("dans la journée", "auprès de l'AFP"). */
  private boolean afterComplementPreposition(int from, int floor) {
    int p = from - 1;
    if (p <= floor || !t.isWord(p)) return false;
    if (isAdverbialPreposition(t.lower(p))) return true;
    if (!WordClasses.frenchOf(t.lower(p)) || !t.isWord(p - 1)) return false;
    // "lors de", and a complex preposition "au cours de", "à la suite de", "en raison de"
    return opensComplement(t.lower(p - 1))
        || p - 2 > floor && t.isWord(p - 2) && isAdverbialPreposition(t.lower(p - 2));
  }

  /** The French incise opening at j after a quote and its comma ("», s'est alarmé Jo Roy, …"), or null. */
  private Attribution inciseAfterQuote(int j, int to) {
    if (!t.isPunct(j, ',')) return null;
    Attribution a = frenchIncise(j + 1, to);
    return a == null || a.from() < 0 ? null : Attribution.mention(a.from(), a.to());
  }

  private static boolean opensComplement(String w) {
    return isAdverbialPreposition(w) || w.equals("auprès") || w.equals("lors") || w.equals("près");
  }

  private static boolean isSubjectRelative(String w) {
    return w.equals("qui") || w.equals("who");
  }

  private static boolean isLinkAdverb(String w) {
    return switch (w) {
      case "then", "later", "also", "again", "finally", "quickly", "puis", "ensuite", "aussi", "enfin" -> true;
      default -> false;
    };
  }

  /** The first cue in tokens [from, to) with a speaker around it, within those bounds. */
  Attribution in(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.quote[k] >= 0) continue;
      int len = cues.cueAt(k);
      if (len == 0) continue;
      Attribution a = around(k, len, from, to);
      if (a != null) return a;
    }
    return null;
  }

  /** "said X", "X said", "a-t-il dit", "X a affirmé" starting at token j. */
  Attribution at(int j, int limit) {
    int len = cues.cueAt(j);
    if (len > 0) return invertedAt(j, len, limit);
    if (language.equals("fr")) return null;
    Attribution m = mentions.after(j, limit);
    if (m == null) return null;
    int k = m.to();
    while (k < limit && t.isWord(k) && Lexicon.FILLERS.contains(t.lower(k)) && !CueReader.isAuxiliary(t.lower(k))) k++;
    int l2 = cues.cueAt(k);
    if (l2 == 0 || CueReader.isPrepCue(t, k)) return null;
    return new Attribution(m.from(), m.to(), null, cues.cueText(k, l2));
  }

  /** A cue of len tokens at j with its inverted pronoun or subject after it ("said X", "a-t-il dit"). */
  private Attribution invertedAt(int j, int len, int limit) {
    String cue = cues.cueText(j, len);
    String pron = cues.cuePronoun(j, len);
    if (pron != null) return new Attribution(-1, -1, pron, cue);
    // A present participle has no inverted subject: "«…», se demandant même si elle …" shares the subject of
    // the clause before the quote.
    if (cues.isParticiple(j + len - 1) && !CueReader.isPrepCue(t, j)) return null;
    int from = j + len;
    if (language.equals("fr")) from = cues.skipInverted(from, limit);
    int owner = CueReader.isPrepCue(t, j) ? WordsOf.owner(t, from) : -1;
    if (owner > 0) from = owner;
    if (t.isWord(from) && (t.lower(from).equals("to") || t.lower(from).equals("à"))) return null;
    Attribution m = mentions.after(from, limit);
    if (m == null || !mentions.hasSpeakerWord(m)) {
      int x = cues.skipAdverbs(from, limit);
      if (x > from) m = mentions.after(x, limit);
    }
    if (m == null && t.isPunct(from, ',')) {
      // "constate, impassible, Greta Thunberg"
      for (int x = from + 1; x < limit && x < from + 5; x++) {
        if (t.isPunct(x, ',')) {
          m = mentions.after(x + 1, limit);
          break;
        }
        if (!t.isWord(x)) break;
      }
    }
    return m == null ? null : new Attribution(m.from(), m.to(), null, cue);
  }

  /**
   * Conjunctions and adverbs that open a complement or a new clause, never the verb of an incise: «…», comme à
   * Laval; «…», notamment à Laval.
   */
  private static boolean opensNoVerb(String w) {
    return switch (w) {
      case "comme", "puis", "donc", "car", "ni", "tandis", "quand", "notamment", "surtout", "voire", "dont", "où",
          "y" -> true;
      default -> false;
    };
  }

  /**
   * French sets a reporting clause after a quote and a comma with its subject inverted, whatever the verb
   * («…», peste la voisine; «…», a twitté le ministre; «…», explique à la radio Anne Roy): a finite verb
   * (an auxiliary and its participle, or one word) opening the clause, an optional complement, then the subject
   * noun phrase, which must hold a name, a role or a determiner.
   */
  Attribution frenchIncise(int j, int limit) {
    if (!t.isWord(j) || t.isCapitalised(j) || t.quote[j] >= 0) return null;
    String w = t.lower(j);
    if (!CueReader.isAuxiliary(w) && (SpeakerResolver.isDeterminer(w) || Lexicon.PRONOUNS.contains(w)
        || MentionWords.isComplementOf(w) || MentionWords.stopsMention(w) || Lexicon.NOT_NAME_START.contains(w)
        || cues.isParticiple(j) || opensNoVerb(w))) {
      return null;
    }
    int v = j + 1;
    // "s'est exclamé": the reflexive clitic, its auxiliary, then the participle.
    if ((w.equals("s'") || w.equals("se")) && t.isWord(v) && CueReader.isAuxiliary(t.lower(v))) v++;
    if (CueReader.isAuxiliary(t.lower(v - 1)) && t.isWord(v) && !t.isCapitalised(v)) v++;
    String pron = cues.inlinePronoun(v - 1);
    if (pron != null) return new Attribution(-1, -1, pron, cues.cueText(j, v - j));
    int from = cues.skipInverted(cues.skipAdverbs(InvertedAdverbials.skip(t, v, limit), limit), limit);
    Attribution m = mentions.after(from, limit);
    if (m == null || !mentions.hasSpeakerWord(m) || Lexicon.PRONOUNS.contains(t.lower(m.from()))) return null;
    return new Attribution(m.from(), m.to(), null, cues.cueText(j, v - j));
  }
}
