package verbatim.extract;

import static verbatim.extract.Attribution.mention;

/**
 * Speaker mentions over one text's tokens: the noun phrase, name or pronoun running forward from a token (an inverted
 * subject, "said the mayor of Halton") or ending at a token (a subject before its cue, "Anne Laveau, porte-parole de
 * l’association, résume"). Returns mentions as {@link Attribution}s with no cue. Immutable; the label flags it reads
 * are filled by their owner in text order, so a mention read while labels are being decided sees those decided so far.
 */
final class MentionReader {

  /** A mention runs at most this many tokens. */
  static final int MAX_MENTION = 12;

  private final Tokens t;
  private final CueReader cues;
  /** Per quote span: a label (les «gilets jaunes»), which may close a noun phrase. */
  private final boolean[] labels;
  /** Inside a quote, reading an incise: the quote's own tokens may then hold the mention. */
  private final boolean insideQuote;

  MentionReader(Tokens t, CueReader cues, boolean[] labels, boolean insideQuote) {
    this.t = t;
    this.cues = cues;
    this.labels = labels;
    this.insideQuote = insideQuote;
  }

  /** The speaker words starting at k and running forward (inverted subject or subject before a cue). */
  Attribution after(int k, int limit) {
    // "demande encore @marc_prof2": a handle is a name, whatever its case.
    if (k < limit && Handles.opensAt(t, k) && (t.quote[k] < 0 || insideQuote)) {
      return mention(k + 1, Math.min(Handles.end(t, k + 1), limit));
    }
    if (k >= limit || !t.isWord(k) || t.quote[k] >= 0 && !insideQuote) return null;
    String w = t.lower(k);
    if (Lexicon.PRONOUNS.contains(w)) return mention(k, k + 1);
    if (NounComplements.pluralArticle(t, k, limit)) {
      int last = lastWordAfter(k + 1, limit);
      return last > k + 1 ? mention(k + 1, last + 1) : null;
    }
    boolean plain = !(SpeakerResolver.isDeterminer(w) || t.isCapitalised(k) || Lexicon.ROLE_NOUNS.contains(w)
        || cues.isNumeral(k));
    if (plain && (Lexicon.FILLERS.contains(w) || MentionWords.stopsMention(w) || Lexicon.isCue(w))) return null;
    int paper = NounComplements.afterPaperTitle(t, k, limit);
    if (paper > k) return after(paper, limit);
    int lastWord = lastWordAfter(k, limit);
    if (lastWord < k) return null;
    // "lead author Dr. Allan Garland": a lower-case start needs a role noun or a name.
    if (plain && !hasRoleOrName(k, lastWord)) return null;
    // Drop trailing prepositions and determiners.
    while (lastWord > k && (MentionWords.isNpInner(t.lower(lastWord)) || SpeakerResolver.isDeterminer(t.lower(lastWord)))) lastWord--;
    return mention(k, lastWord + 1);
  }

  /** The last word of the noun phrase starting at k, or a value below k when none. */
  private int lastWordAfter(int k, int limit) {
    int j = k;
    int lastWord = -1;
    while (j < limit && j < k + MAX_MENTION && (t.quote[j] < 0 || insideQuote || labelAfterOf(j, k))) {
      if (t.quote[j] >= 0 && !insideQuote) {
        // "une poignée de «gilets jaunes»": a label closes the noun phrase.
        int q = t.quote[j];
        while (j < t.size && t.quote[j] == q) {
          if (t.isWord(j)) lastWord = j;
          j++;
        }
        break;
      }
      if (t.isWord(j)) {
        String x = t.lower(j);
        boolean roleNp = (x.equals("à") || x.equals("au") || x.equals("aux")) && hasRoleNoun(k, j)
            && !afterPersonName(j) && !timeOrCircumstance(j) || NounComplements.placeComplement(t, k, j);
        int employer = EnglishAffiliation.employerEnd(t, k, j, limit);
        if (employer > j) {
          // "a securities dealer at a major Swiss bank": the workplace, article included, ends the mention.
          lastWord = employer;
          break;
        }
        if (j > k && !roleNp
            && (Lexicon.isCue(x) && !t.isCapitalised(j) || MentionWords.stopsMention(x) && !t.isCapitalised(j))) {
          break;
        }
        if (j > k && Lexicon.FILLERS.contains(x) && !t.isCapitalised(j) && !MentionWords.isNpInner(x)) break;
        // "le ministre Jean Roy venu saluer les policiers": a lower-case word after a person's full name opens
        // what is said of the person (a participle, an adverb), never more of the noun phrase; a particle or a
        // preposition may still build it ("Jean de la Roche", "Ann Moss of Acme"). Only after a title: capitalised
        // words opening the phrase may be a title's own ("Policy Review editor Ann Moss")
        if (j - 2 > k && !t.isCapitalised(j) && afterPersonName(j) && !MentionWords.isNpInner(x)
            && !WordClasses.isPreposition(x) && !Lexicon.NAME_PARTICLES.contains(x)
            && !Lexicon.ROLE_NOUNS.contains(x) && !Lexicon.PERSON_NOUNS_EN.contains(x)) {
          break;
        }
        lastWord = j;
        j++;
      } else if (t.isPunct(j, '.') && j > k && t.isWord(j + 1)
          && (Names.isHonorificOrInitial(t, j - 1) || dottedInitialism(j - 1) && !t.endsSentence(j))) {
        // "one U.S. official": the initialism's last dot ends no sentence and the phrase goes on to its head.
        j++;
      } else if (t.isPunct(j, ',') && Names.nameWord(t, j + 1) && lastWord >= 0
          && (SpeakerResolver.isDeterminer(t.lower(k)) || hasRoleNoun(k, j) || possessive(k) && j - k <= 3)) {
        // Appositive: "le chef du parquet, Rémy Heitz"
        return Names.runEnd(t, j + 1) - 1;
      } else {
        break;
      }
    }
    return lastWord;
  }

  /** "U.S", "U.N": capital letters joined by dots, written before the dot that follows them. */
  private boolean dottedInitialism(int i) {
    String w = t.str(i);
    return t.isWord(i) && w.length() >= 3 && w.matches("(\\p{Lu}\\.)+\\p{Lu}");
  }

  /**
   * "le ministre de la Santé Paul Roy au Grand Jury": a person's name closes the noun phrase, so "à"/"au" after two
   * capitalised words (or an honorific and a name) opens a complement of the verb, not of the role ("ministre
   * délégué aux Transports", "secrétaire d'État aux Sports" keep theirs: no name stands before the preposition).
   */
  private boolean afterPersonName(int j) {
    int p = j - 1;
    if (p < 1 || !t.isWord(p) || !t.isCapitalised(p) || Lexicon.ORG_WORDS.contains(t.lower(p))) return false;
    if (Names.isHonorificOrInitial(t, p - 1)) return true;
    if (t.isPunct(p - 1, '.') && p >= 2 && Names.isHonorificOrInitial(t, p - 2)) return true;
    return t.isWord(p - 1) && t.isCapitalised(p - 1) && !MentionWords.isNpInner(t.lower(p - 1))
        && !Lexicon.ORG_WORDS.contains(t.lower(p - 1)) && !t.lower(p - 1).endsWith("'");
  }

  /** "au cours de", "au moment de", "à l'issue de": a compound preposition of time or circumstance, never a role's. */
  private boolean timeOrCircumstance(int j) {
    String n = t.isWord(j + 1) ? t.lower(j + 1) : "";
    if (n.equals("l'") && t.isWord(j + 2)) n = t.lower(j + 2);
    return switch (n) {
      case "cours", "terme", "moment", "lendemain", "micro", "sortir", "sortie", "issue", "occasion", "heure" -> true;
      default -> false;
    };
  }

  private boolean hasRoleOrName(int from, int last) {
    for (int x = from; x <= last; x++) {
      if (t.isWord(x) && (Lexicon.ROLE_NOUNS.contains(t.lower(x)) || Names.nameWord(t, x))) return true;
    }
    return false;
  }

  /** Whether token j opens a label quote right after "de"/"of" inside a mention starting at k. */
  private boolean labelAfterOf(int j, int k) {
    if (j <= k || t.quote[j] < 0 || t.quote[j] >= labels.length || !labels[t.quote[j]]) return false;
    if (j > 0 && t.quote[j - 1] == t.quote[j]) return false; // only at the opening mark
    String p = t.isWord(j - 1) ? t.lower(j - 1) : "";
    return p.equals("de") || p.equals("of") || p.equals("des") || p.equals("d'");
  }

  private boolean hasRoleNoun(int from, int to) {
    for (int x = from; x < to; x++) if (t.isWord(x) && Lexicon.ROLE_NOUNS.contains(t.lower(x))) return true;
    return false;
  }

  /** "Lee’s", "Jones'": a possessive word, which opens a description ("Lee’s brother, Sam Lee"). */
  private boolean possessive(int k) {
    if (!t.isWord(k)) return false;
    String w = t.lower(k);
    return w.length() > 2 && (w.endsWith("’s") || w.endsWith("'s"));
  }

  /** Whether the mention opens with a word that can start a speaker: a determiner, capital, role, pronoun, number. */
  boolean hasSpeakerWord(Attribution m) {
    int k = m.from();
    String w = t.lower(k);
    return SpeakerResolver.isDeterminer(w) || t.isCapitalised(k) || Lexicon.ROLE_NOUNS.contains(w)
        || Lexicon.PRONOUNS.contains(w) || cues.isNumeral(k) || Handles.startsWith(t, k);
  }

  /** The speaker words ending at token k, scanning left (subject before its cue). */
  Attribution before(int k, int floor) {
    while (k >= floor && t.isWord(k) && t.quote[k] < 0 && Lexicon.FILLERS.contains(t.lower(k))
        && !Lexicon.PRONOUNS.contains(t.lower(k)) && !t.isCapitalised(k)) {
      k--;
    }
    if (k < floor || t.quote[k] >= 0) return null;
    // A parenthesis after the subject: "Richard Ferrand (LREM, parti présidentiel), a dit", "Jo Ray (D-Ohio) said".
    int paren = t.isPunct(k, ')') ? k : t.isPunct(k, ',') && k - 1 >= floor && t.isPunct(k - 1, ')') ? k - 1 : -1;
    if (paren >= 0) {
      for (int j = paren - 1; j > floor && j > paren - 12 && t.quote[j] < 0 && t.type[j] != Tokens.BREAK; j--) {
        if (!t.isPunct(j, '(')) continue;
        if (Names.nameWord(t, j - 1)) return agedName(before(j - 1, floor), floor);
        // "La France insoumise (gauche radicale) dénonce", "le parti vert (opposition) a dit": the parenthesis glosses
        // the noun phrase before it, which stays the subject whatever its last word.
        return t.isWord(j - 1) && !t.isCapitalised(j - 1) ? before(j - 1, floor) : null;
      }
      return null;
    }
    if (t.isPunct(k, ',')) return beforeComma(k, floor);
    if (!t.isWord(k)) return null;
    String w = t.lower(k);
    if (Lexicon.PRONOUNS.contains(w)) return mention(k, k + 1);
    if (Names.nameWord(t, k) && !Lexicon.NOT_NAME_START.contains(w)) return nameBefore(k, floor);
    // "Ce dernier a rappelé": the latter, an anaphor for the person named last.
    if (isLatter(w) && k - 1 >= floor && t.isWord(k - 1) && isDemonstrative(t.lower(k - 1))) return mention(k - 1, k + 1);
    if (Lexicon.isCue(w) || MentionWords.stopsMention(w)) return null;
    return nounPhraseBefore(k, floor);
  }

  /**
   * "Frédéric, 34 ans, agent de nettoyage de X (Oise), se désolait": a description after a name and an age between
   * commas describes that person, who is the speaker; else the mention a unchanged.
   */
  private Attribution agedName(Attribution a, int floor) {
    if (a == null || a.from() - 1 < floor || !t.isPunct(a.from() - 1, ',')) return a;
    int c = a.from() - 2;
    if (c >= floor && t.isWord(c) && (t.lower(c).equals("ans") || t.lower(c).equals("an"))) c--;
    if (c < floor || !cues.isNumeral(c)) return a;
    c--;
    if (c - 1 < floor || !t.isPunct(c, ',') || !Names.nameWord(t, c - 1)) return a;
    Attribution name = nameBefore(c - 1, floor);
    return name == null ? a : name;
  }

  /** A subject set off by a comma before its cue: an apposition, a relative clause or a description. */
  private Attribution beforeComma(int k, int floor) {
    // A relative clause set off by commas: "a citizen, whose name is redacted, wrote" → a citizen.
    int relative = relativeComma(k, floor);
    if (relative >= 0) return before(relative - 1, floor);
    if (Names.nameWord(t, k - 1) && k - 1 >= floor) {
      // "The coach, Marta Quinn, told"
      Attribution a = before(k - 1, floor);
      if (a != null && a.from() - 1 >= floor && t.isPunct(a.from() - 1, ',')) {
        // "Kiichi Mori, Norland's Finance Minister, said": a title after a name describes the named speaker.
        int person = EnglishAffiliation.roleNoun(t, a.to() - 1)
            ? EnglishAffiliation.personBeforeTitle(t, a.from() - 1, floor) : -1;
        return person >= 0 ? nameBefore(person, floor) : a;
      }
      // Else a name closing a longer apposition ("an organizer at Railroad Workers United, said"): below.
    }
    Attribution best = leftmostNamedStretch(k, floor);
    if (best != null) return best;
    // "Anne Laveau, porte-parole de l’association, résume"
    for (int j = k - 1; j >= floor && j > k - MAX_MENTION && t.quote[j] < 0; j--) {
      if (t.type[j] != Tokens.WORD && !t.isPunct(j, ',') && !t.isPunct(j, '.')) return null;
      if (t.isPunct(j, ',')) {
        Attribution a = before(j - 1, floor);
        if (a != null && Names.nameWord(t, a.to() - 1)) return a;
        return null;
      }
    }
    return null;
  }

  /**
   * The noun phrase a subject relative pronoun at r stands for: the one right before it ("des militants qui"), or
   * before the commas that set the clause off, across an apposition ("Jo Ray, an organizer from Ohio, who");
   * null when none. The head of an apposition chain is its first mention that holds a name or a role.
   */
  Attribution antecedent(int r, int floor) {
    if (!t.isPunct(r - 1, ',')) return before(r - 1, floor);
    Attribution head = null;
    int commas = 0;
    for (int j = r - 1; j > floor && j > r - 30 && t.quote[j] < 0 && t.type[j] != Tokens.BREAK; j--) {
      if (t.isWord(j) && (Lexicon.isCue(t.lower(j)) && !t.isCapitalised(j) || MentionWords.isRelative(t.lower(j)))) break;
      if (!t.isPunct(j, ',')) continue;
      if (++commas > 3) break;
      Attribution a = t.isWord(j - 1) ? before(j - 1, floor) : null;
      if (a == null) continue;
      if (hasRoleOrName(a.from(), a.to() - 1)) head = a;
      if (a.from() - 1 < floor || !t.isPunct(a.from() - 1, ',')) break;
    }
    return head != null ? head : RelativeAntecedent.plain(t, this, r, floor);
  }

  private static boolean isLatter(String w) {
    return w.equals("dernier") || w.equals("dernière") || w.equals("derniers") || w.equals("dernières");
  }

  private static boolean isDemonstrative(String w) {
    return w.equals("ce") || w.equals("cette") || w.equals("ces");
  }

  /** The comma opening a relative clause that ends at the comma k ("…, whose name is redacted,"), else -1. */
  private int relativeComma(int k, int floor) {
    for (int j = k - 1; j > floor && j > k - 12 && t.quote[j] < 0 && t.type[j] != Tokens.BREAK; j--) {
      if (t.isPunct(j, ',')) return t.isWord(j + 1) && MentionWords.isRelative(t.lower(j + 1)) ? j : -1;
    }
    return -1;
  }

  /**
   * "Lee, a welder based in Springfield, Mo., and an organizer at X, said": the leftmost name closing a
   * comma-separated stretch that starts the clause at floor; null when the stretch does not start there.
   */
  private Attribution leftmostNamedStretch(int k, int floor) {
    Attribution best = null;
    for (int j = k - 1; j >= floor && j > k - 30 && t.quote[j] < 0; j--) {
      if (t.type[j] == Tokens.BREAK || t.isWord(j) && Lexicon.isCue(t.lower(j))) break;
      if (t.isPunct(j, ',') && Names.nameWord(t, j - 1)) {
        Attribution a = before(j - 1, floor);
        if (a != null && Names.nameWord(t, a.to() - 1) && (a.from() == floor || t.isPunct(a.from() - 1, ',')
            || t.isWord(a.from() - 1) && SpeakerResolver.isDeterminer(t.lower(a.from() - 1)))) {
          best = a;
        }
      }
    }
    return best != null && best.from() == floor ? best : null;
  }

  /** A name ending at k, with the role phrase before it, unless it is a complement or a passive's agent. */
  private Attribution nameBefore(int k, int floor) {
    int s = k;
    while (s - 1 >= floor && t.quote[s - 1] < 0 && (Names.nameWord(t, s - 1)
        || t.isWord(s - 1) && Lexicon.NAME_PARTICLES.contains(t.lower(s - 1)) && s - 2 >= floor && Names.nameWord(t, s - 2)
        || t.isPunct(s - 1, '.') && Names.isHonorificOrInitial(t, s - 2))) {
      s--;
    }
    while (s < k && Lexicon.NOT_NAME_START.contains(t.lower(s)) && !Lexicon.HONORIFICS.contains(t.lower(s))
        && !Names.nameWord(t, s)) {
      s++;
    }
    // The agent of a passive participle is not the speaker: "a neighbour interviewed by CBC said" → the neighbour.
    int p = s - 1;
    while (p >= floor && t.isWord(p) && SpeakerResolver.isDeterminer(t.lower(p))) p--;
    if (p - 1 >= floor && t.isWord(p) && (t.lower(p).equals("by") || t.lower(p).equals("par"))
        && cues.isPassiveParticiple(p - 1)) {
      Attribution a = before(p - 2, floor);
      if (a != null) return a;
    }
    // A one-word name after a preposition is a complement, not the subject: "the mayor of Halton said" is the
    // mayor; "ce «…» en France rappelle" has no speaker.
    if (s == k && p > floor && t.isWord(p) && t.quote[p] < 0 && MentionWords.isComplementOf(t.lower(p))) {
      Attribution a = t.isWord(p - 1) && !t.isCapitalised(p - 1) ? before(p - 1, floor) : null;
      return a == null || Names.nameWord(t, a.to() - 1) ? null : mention(a.from(), k + 1);
    }
    // English "a dealer at the Bolton Bank said": the workplace named after "at" belongs to the person noun before.
    if (p - 1 > floor && t.isWord(p) && t.lower(p).equals("at") && t.isWord(p - 1) && t.quote[p - 1] < 0
        && (Lexicon.ROLE_NOUNS.contains(t.lower(p - 1)) || Lexicon.PERSON_NOUNS_EN.contains(t.lower(p - 1)))) {
      Attribution a = nounPhraseBefore(p - 1, floor);
      if (a != null) return mention(a.from(), k + 1);
    }
    // "Ann Moss, comptroller of Leeds City told": the firm of a title after the speaker's name.
    int person = p > floor && t.isWord(p) ? EnglishAffiliation.personBeforeTitle(t, p, floor) : -1;
    if (person >= 0) return nameBefore(person, floor);
    // Include a role phrase right before: "le ministre de l’Intérieur Christophe Castaner"
    return mention(s, k + 1);
  }

  /** A lower-case noun phrase ending at k: "a spokesperson", "observers", "the mayor". */
  private Attribution nounPhraseBefore(int k, int floor) {
    int s = k;
    int stop = Math.max(floor, k - 6);
    while (s - 1 >= stop && t.isWord(s - 1) && t.quote[s - 1] < 0) {
      String x = t.lower(s - 1);
      if (SpeakerResolver.isDeterminer(x)) {
        s = headBeforeComplement(s - 1, floor);
        break;
      }
      if (Lexicon.isCue(x) || MentionWords.stopsMention(x) || Lexicon.PRONOUNS.contains(x) || Lexicon.FILLERS.contains(x)
          && !MentionWords.isNpInner(x)) {
        break;
      }
      s--;
    }
    boolean noun = false;
    for (int j = s; j <= k; j++) {
      String x = t.lower(j);
      if (Lexicon.ROLE_NOUNS.contains(x) || SpeakerResolver.isDeterminer(x) || Lexicon.ORG_WORDS.contains(x)) noun = true;
    }
    boolean allFunction = true;
    for (int j = s; j <= k; j++) if (!Lexicon.NOT_NAME_START.contains(t.lower(j))) allFunction = false;
    if (allFunction) return null;
    if (!noun && !(s > floor && t.isPunct(s - 1, ',') || s == floor)) return null;
    if (!noun && k - s > 2) return null;
    return mention(s, k + 1);
  }

  /**
   * The start of a noun phrase whose determiner is at s: "ce médecin dans la soixantaine", "a lawyer in his
   * fifties" start at the determiner of the head noun before the complement.
   */
  private int headBeforeComplement(int s, int floor) {
    // English "a trader at a brokerage house": "at" ties a workplace to the person noun before it; "for" and "to"
    // tie the body a person speaks for or serves ("a spokesman for a major firm", "an adviser to the board").
    boolean at = t.isWord(s - 1) && (t.lower(s - 1).equals("at") || t.lower(s - 1).equals("for")
        || t.lower(s - 1).equals("to"));
    if (s - 2 >= floor && t.isWord(s - 1) && (MentionWords.isComplementPreposition(t.lower(s - 1)) || at) && t.quote[s - 1] < 0) {
      for (int d = s - 2; d >= floor && d >= s - 4 && t.isWord(d) && t.quote[d] < 0; d--) {
        String y = t.lower(d);
        if (SpeakerResolver.isDeterminer(y)) {
          String head = t.lower(s - 2);
          if (d + 1 < s - 1 && (Lexicon.ROLE_NOUNS.contains(head) || at && Lexicon.PERSON_NOUNS_EN.contains(head))) return d;
          break;
        }
        if (Lexicon.isCue(y) || MentionWords.stopsMention(y) || Lexicon.PRONOUNS.contains(y)) break;
      }
    }
    return s;
  }

  /** The first name or pronoun of the clause [floor, to): the subject a coordinated cue verb shares. */
  Attribution clauseSubject(int floor, int to) {
    return ClauseSubjects.first(t, floor, to);
  }
}
