package verbatim.extract;

/**
 * Resolution steps for a mention that describes its speaker without naming it: a demonstrative or definite
 * description points back to the latest person named ("cet avocat", "the bow-tied maverick"); any other
 * description is the speaker as written ("a neighbour", "une poignée de «gilets jaunes»").
 */
final class DescriptionStep {
  private final Tokens t;
  private final EntityRegistry registry;

  DescriptionStep(Tokens t, EntityRegistry registry) {
    this.t = t;
    this.registry = registry;
  }

  /** A function word at either end ("and", "to"), or a lone capitalised non-name: no usable description. */
  boolean unusable(Mention m) {
    return WordClasses.isFunctionWord(t.lower(m.to() - 1)) || m.size() == 1 && t.isCapitalised(m.from())
        && Lexicon.NOT_NAME_START.contains(t.lower(m.from()));
  }

  /** People around someone who speak for them as a body: "son entourage", "sa famille", "his family". */
  private static final java.util.Set<String> CIRCLES = java.util.Set.of("entourage", "famille", "proches",
      "camp", "équipe", "cabinet", "avocats", "conseils", "family", "relatives", "aides", "lawyers", "team");

  /**
   * "son entourage", "sa famille", "his family": the circle of the last person named outside the quote, who is what
   * the possessive stands for ("entourage d’Anne Roy"); a circle is no person itself.
   */
  Resolution possessed(Mention m, QuoteSpan quote) {
    int k = m.to() - 1;
    String possessive = m.size() == 2 ? t.lower(m.from()) : m.size() == 1 ? m.wordBefore(t) : "";
    if (!CIRCLES.contains(t.lower(k)) || !isPossessive(possessive)) return null;
    // Only a person named in the same sentence: further back, what the possessive takes up is too often a role
    // ("le président … a précisé son entourage") that no name stands for.
    int start = t.start[sentenceStart(m.from())];
    Entity owner = registry.lastEntity(m.pos(), e -> e.person && e.keys.length >= 2 && !quote.names(e, registry)
        && e.lastMentionBefore(m.pos()) >= start);
    // "X se rendra sur place, a précisé son entourage": the person the reported words are about, named before the
    // possessive, is whose circle speaks.
    int at = t.start[m.from()];
    if (owner == null) {
      owner = registry.lastEntity(at, e -> e.person && e.keys.length >= 2 && e.lastMentionBefore(at) >= start);
    }
    if (owner == null) return null;
    String name = registry.fullest(owner).display;
    String noun = t.str(k);
    boolean english = possessive.equals("his") || possessive.equals("her") || possessive.equals("their");
    String of = english ? " of " : "aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ".indexOf(name.charAt(0)) >= 0 ? " d’" : " de ";
    return Resolution.nonPerson(new Speaker(noun + of + name, null));
  }

  /** The first token of the sentence holding token k. */
  private int sentenceStart(int k) {
    while (k > 0 && !t.endsSentence(k - 1) && t.type[k - 1] != Tokens.BREAK) k--;
    return k;
  }

  private static boolean isPossessive(String w) {
    return switch (w) {
      case "son", "sa", "ses", "leur", "leurs", "his", "her", "their" -> true;
      default -> false;
    };
  }

  /**
   * "cet avocat", "this lawyer": the latest person of a compatible gender, who takes the gender the word gives. "cette
   * source" is no person named before: a source is unnamed, and only the words it spoke tie it back.
   */
  Resolution demonstrative(Mention m, NameRun run) {
    String first = t.lower(m.from());
    if (run.found() || m.size() <= 1 || !(first.equals("ce") || first.equals("cet") || first.equals("cette")
        || first.equals("this")) || Names.hasOrgWord(t, m.from(), headEnd(m)) || anonymousSource(m)) {
      return null;
    }
    char g = first.equals("cette") ? 'F' : first.equals("this") ? 0 : 'M';
    Entity p = registry.lastEntity(m.pos(), e -> (e.person || e.spoke && !e.org)
        && (g == 0 || e.gender != (g == 'M' ? 'F' : 'M'))
        && (e.keys.length >= 2 || registry.hasFuller(e) || e.spoke
            || e.person && Lexicon.firstNameGender(e.keys[0]) != 0));
    if (p == null) return null;
    Entity full = registry.fullest(p);
    if (full.gender == 0 && g != 0) full.gender = g;
    return Resolution.person(full);
  }

  /**
   * The end of the noun phrase's head, before its first complement: "ce membre du gouvernement" is a person whatever
   * body the complement names, so only the words before "de"/"du"/"des"/"d'"/"of" say whether it is one.
   */
  private int headEnd(Mention m) {
    for (int k = m.from() + 1; k < m.to(); k++) {
      if (!t.isWord(k)) continue;
      switch (t.lower(k)) {
        case "de", "du", "des", "d'", "of" -> {
          return k;
        }
        default -> { }
      }
    }
    return m.to();
  }

  /**
   * "la France insoumise", "la Rose blanche": a capitalised word that is also a first name, after a determiner and
   * before a lower-case adjective, is a party's or a group's name; French writes no article before a person's first
   * name in news prose, so this is no role description standing for the last person named.
   */
  private boolean properNounHead(Mention m) {
    int k = m.from();
    return m.size() >= 2 && t.isCapitalised(k) && Lexicon.firstNameGender(t.lower(k)) != 0 && t.isWord(k + 1)
        && !t.isCapitalised(k + 1);
  }

  /** "the bow-tied maverick", "le journaliste": the last person named, preferably as a subject. */
  Resolution lastPersonNamed(Mention m, NameRun run) {
    String det = m.wordBefore(t);
    if (!(det.equals("the") || det.equals("le") || det.equals("la") || det.equals("l'") || det.equals("cet")
        || det.equals("cette")) || run.found() || Names.hasOrgWord(t, m.from(), m.to()) || run.prepositional()
        || anonymousSource(m) || INSTITUTIONS.contains(t.lower(m.from())) || oneOf(m.from(), m.to())
        || properNounHead(m)) {
      return null;
    }
    // Subjects first: a name last seen after a preposition ("claimed of the Cloverdale Sport …") is weaker.
    // "Interrogé par Paul Roy, le maire a répondu": the agent of a passive participle earlier in the description's
    // own sentence is the one acting on the subject, another participant than the description.
    java.util.function.Predicate<Entity> fits = e -> e.person && (e.keys.length >= 2 || registry.hasFuller(e))
        && !agentInSentence(e.lastMentionBefore(m.pos()), m.pos());
    Entity p = registry.lastEntity(m.pos(), fits, true);
    if (p == null) p = registry.lastEntity(m.pos(), fits);
    return p == null ? null : Resolution.person(registry.fullest(p));
  }

  /** Whether the name at text offset a follows "par"/"by" in the sentence of offset b. */
  private boolean agentInSentence(int a, int b) {
    if (a < 0) return false;
    int ka = t.at(a);
    for (int k = ka; k < t.at(b); k++) if (t.endsSentence(k)) return false;
    int p = ka - 1;
    while (p > 0 && t.isWord(p) && Lexicon.HONORIFICS.contains(t.lower(p))) p--;
    return p >= 0 && t.isWord(p) && (t.lower(p).equals("par") || t.lower(p).equals("by"));
  }

  /** Nouns of leadership (folded), one standing for another: the "chef" of a side is the "président" of its party. */
  private static final java.util.Set<String> LEADERS = java.util.Set.of("president", "presidente", "patron",
      "patronne", "chef", "leader", "dirigeant", "dirigeante", "head", "chief");

  /** Political sides (folded): their leader leads the side's party too. */
  private static final java.util.Set<String> SIDES = java.util.Set.of("droite", "gauche", "opposition", "majorite",
      "centre", "parti", "formation", "mouvement", "right", "left", "party", "movement");

  /**
   * "le président de LR" after "le chef de la droite, X": a leadership description no role holder matches is the
   * leader of a political side the article tied to a name last before it (a side's leader leads its party).
   */
  Resolution leader(Mention m, NameRun run) {
    if (!WordClasses.isDefinite(m.wordBefore(t)) || run.found() || m.size() < 3
        || !LEADERS.contains(verbatim.text.Folding.key(t.lower(m.from())))
        || !(WordClasses.frenchOf(t.lower(m.from() + 1)) || t.lower(m.from() + 1).equals("of"))) {
      return null;
    }
    int at = t.at(m.pos());
    RoleBinder.Binding best = null;
    for (RoleBinder.Binding b : RoleBinder.bind(t)) {
      if (b.at() < at && (best == null || b.at() > best.at()) && b.complement().stream().anyMatch(SIDES::contains)
          && b.words().stream().anyMatch(w -> LEADERS.contains(w) && !b.complement().contains(w))) {
        best = b;
      }
    }
    if (best == null) return null;
    Entity e = registry.find(NameKeys.keysOf(best.name()));
    return e == null ? null : Resolution.person(registry.fullest(e));
  }

  /** "la présidence", "l'opposition de droite", "the prosecution": an institution, not the latest person named. */
  private static final java.util.Set<String> INSTITUTIONS = Lexicon.list("institution-nouns");

  /**
   * "la présidence" after "la présidence française": an institution noun alone takes up the fuller description the
   * article gave it last (its adjectives, or its "de" complement), within 3,000 characters; null when none.
   */
  Resolution institutionTakenUp(Mention m) {
    String head = t.lower(m.from());
    boolean ministry = head.equals("ministère") || head.equals("ministry");
    if (m.size() != 1 || !WordClasses.isDefinite(m.wordBefore(t)) || !INSTITUTIONS.contains(head) && !ministry) {
      return null;
    }
    for (int k = m.from() - 1; k > 0 && t.start[m.from()] - t.start[k] < 3000; k--) {
      if (!t.isWord(k) || !t.lower(k).equals(head) || !WordClasses.isDefinite(t.lower(k - 1))) continue;
      int end = k + 1;
      // A ministry is always of something: "le ministère" takes up "le ministère de l'Intérieur" named before.
      if (ministry) {
        end = AcronymExpansion.withComplement(t, end);
      } else if (end + 1 < t.size && t.isWord(end) && t.lower(end).equals("de") && t.isWord(end + 1)
          && !t.isCapitalised(end + 1) && !WordClasses.isDeterminer(t.lower(end + 1))) {
        end += 2;
      } else if (end < t.size && t.isWord(end) && adjective(t.lower(end))) {
        end++;
      }
      if (end == k + 1) return null;
      return Resolution.nonPerson(new Speaker(t.text.substring(t.start[k], t.end[end - 1]), null));
    }
    return null;
  }

  /** A French adjective after its noun ("française", "américain"): its endings, not a verb form. */
  private static boolean adjective(String w) {
    return w.length() > 4 && (w.endsWith("aise") || w.endsWith("ais") || w.endsWith("aine") || w.endsWith("ain")
        || w.endsWith("ienne") || w.endsWith("ien") || w.endsWith("ale") || w.endsWith("al") || w.endsWith("ique"));
  }

  /** "la source judiciaire", "an insider", "l’entourage": a source is unnamed by definition, never a named person. */
  private boolean anonymousSource(Mention m) {
    for (int k = m.from(); k < m.to(); k++) {
      switch (t.lower(k)) {
        case "source", "sources", "entourage", "insider", "insiders":
          return true;
        default:
      }
    }
    return false;
  }

  /** News agencies and papers a source speaks to: "une source judiciaire à l’AFP", "a source told Reuters". */
  private static final java.util.Set<String> NEWSROOMS = java.util.Set.of("afp", "reuters", "ap", "bloomberg",
      "dpa", "efe", "ansa", "belga", "presse");

  /**
   * End of the description before a complement naming the newsroom it spoke to ("à l’AFP", "à La Presse", "to
   * Reuters"): the addressee of the words, not part of who said them.
   */
  private int beforeAddressee(int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      String w = t.lower(k);
      if (!(w.equals("à") || w.equals("au") || w.equals("to"))) continue;
      int n = k + 1;
      while (n < to - 1 && t.isWord(n) && WordClasses.isDefinite(t.lower(n))) n++;
      if (t.isWord(n) && t.isCapitalised(n) && NEWSROOMS.contains(t.lower(n))) return k;
    }
    return to;
  }

  /** "l'un des spectateurs", "une des habitantes": one of a group, an indefinite, whoever was named last. */
  private boolean oneOf(int from, int to) {
    String w = t.lower(from);
    return to - from >= 3 && (w.equals("un") || w.equals("une")) && t.lower(from + 1).equals("des");
  }

  /** "l'un des spectateurs parisiens" is "un spectateur parisien": the group's words made singular. */
  private String oneOfThem(int from, int to) {
    StringBuilder d = new StringBuilder(t.str(from));
    for (int k = from + 2; k < to; k++) {
      String w = t.str(k);
      if (!t.isWord(k) || t.isCapitalised(k) || !(w.endsWith("s") || w.endsWith("x")) || w.length() <= 3) {
        // "des spectateurs de Paris": the complement stays as written.
        d.append(' ').append(t.text, t.start[k], t.end[to - 1]);
        return d.toString();
      }
      d.append(' ').append(singular(w));
    }
    return d.toString();
  }

  /** The French singular of a plural noun or adjective: "-aux" → "-al"; "-ais", "-ois", "-eux" stay; else no "s". */
  private static String singular(String w) {
    if (w.endsWith("ais") || w.endsWith("ois") || w.endsWith("eux") || w.endsWith("ous")) return w;
    if (w.endsWith("aux")) return w.substring(0, w.length() - 3) + "al";
    return w.substring(0, w.length() - 1);
  }

  /**
   * "un porte-parole du groupe" after "le groupe Auchan": a complement headed by an organisation noun the article
   * wrote earlier with its name takes up that organisation, so the description gets the name (" Auchan"); else "".
   */
  private String namedComplement(int from, int to) {
    int head = to - 1;
    if (head - 1 <= from || !t.isWord(head) || t.isCapitalised(head) || !Lexicon.ORG_WORDS.contains(t.lower(head))
        || !WordClasses.frenchOf(t.lower(head - 1)) && !WordClasses.isDefinite(t.lower(head - 1))) {
      return "";
    }
    String noun = t.lower(head);
    for (int k = from - 1; k >= 0 && t.start[from] - t.start[k] < 2000; k--) {
      if (t.isWord(k) && t.lower(k).equals(noun) && Names.nameWord(t, k + 1)) {
        return " " + t.text.substring(t.start[k + 1], t.end[Names.runEnd(t, k + 1) - 1]);
      }
    }
    return "";
  }

  /** The description as written, up to a complement of place or age; null when empty or too long to be one. */
  Resolution asWritten(Mention m) {
    int from = m.from(), to = m.to();
    // "le médecin dans la soixantaine": the description ends at a complement of place or age after its role noun.
    for (int k = from + 1; k + 1 < to; k++) {
      String w = t.lower(k);
      if ((w.equals("dans") || w.equals("in")) && Lexicon.ROLE_NOUNS.contains(t.lower(k - 1))) {
        to = k;
        break;
      }
    }
    to = beforeAddressee(from, to);
    int dEnd = t.end[to - 1];
    // A description ending in a label keeps its closing mark: "une poignée de «gilets jaunes»".
    if (t.quote != null && to < t.size && t.quote[to - 1] >= 0 && t.quote[to] == t.quote[to - 1]
        && t.type[to] == Tokens.PUNCT) {
      dEnd = t.end[to];
    }
    String d = oneOf(from, to) ? oneOfThem(from, to)
        : t.text.substring(t.start[from], dEnd).strip() + namedComplement(from, to)
            + NounComplements.frontedPlace(t, from, to);
    if (d.isEmpty() || d.length() > 80) return null;
    return Resolution.nonPerson(new Speaker(d, null));
  }
}
