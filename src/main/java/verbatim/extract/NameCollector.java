package verbatim.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the names an article gives outside its quotes into an {@link EntityRegistry}, in text order: each run of
 * capitalised words minus its titles and honorifics, with the gender its honorific, role determiner or first name
 * gives, the role written next to it, and where it is named (as a subject or not).
 */
final class NameCollector {
  /** What precedes a name inside its run: the run's title ("Transport Minister") and honorific ("Mme"). */
  private record Lead(int from, int nameFrom, String role, char gender) {}

  private final Tokens t;
  private final EntityRegistry registry;

  private NameCollector(Tokens t, EntityRegistry registry) {
    this.t = t;
    this.registry = registry;
  }

  /** The registry of every name the article gives. */
  static EntityRegistry collect(Tokens t) {
    EntityRegistry registry = new EntityRegistry();
    new NameCollector(t, registry).collectNames();
    return registry;
  }

  private void collectNames() {
    boolean[] stub = Names.stubParagraphs(t);
    int i = 0;
    boolean split = false;
    while (i < t.size) {
      if (stub[i]) {
        i++;
        continue;
      }
      if (!Names.nameWord(t, i) || !split && i > 0 && Names.nameWord(t, i - 1)) {
        i++;
        continue;
      }
      split = false;
      int end = Names.runEnd(t, i);
      int owner = possessor(i, end);
      if (owner > 0) {
        // "Tremblay’s Vision Lakeview council": a known person’s possessive opens a new name.
        register(i, owner);
        i = owner;
        split = true;
        continue;
      }
      int list = listedOrganisation(i, end);
      end = list > end ? list : JoinedName.end(t, i, end);
      if (heading(i, end)) {
        i = end;
        continue;
      }
      register(i, end);
      i = Math.max(end, i + 1);
    }
  }

  /**
   * "Article Continued Below", "Related Stories": a line of three or more capitalised words and nothing else is a
   * heading or page furniture, not a name.
   */
  private boolean heading(int from, int end) {
    if (end - from < 3) return false;
    if (from > 0 && t.type[from - 1] != Tokens.BREAK || end < t.size && t.type[end] != Tokens.BREAK) return false;
    for (int k = from; k < end; k++) if (!t.isWord(k) || Lexicon.HONORIFICS.contains(t.lower(k))) return false;
    return true;
  }

  /** End of a possessive word inside the run [from, end) that names a person already met, or -1. */
  private int possessor(int from, int end) {
    for (int k = from; k < end - 1; k++) {
      String w = t.str(k);
      if (!(w.endsWith("'s") || w.endsWith("’s"))) continue;
      String[] keys = NameKeys.keysOf(w);
      if (keys.length == 0) continue;
      List<Entity> same = registry.withSurname(keys[keys.length - 1]);
      for (Entity e : same) if (e.person && e.keys.length >= 2) return k + 1;
    }
    return -1;
  }

  /**
   * "Immigration, Refugees and Citizenship Canada": single capitalised words joined by commas and a final "and",
   * closed by a run holding an organisation word, are one organisation's name. Returns the end of that name, or
   * end when the run at [from, end) does not start one ("Ontario, Quebec and British Columbia" has no such word).
   */
  private int listedOrganisation(int from, int end) {
    if (end != from + 1) return end;
    int j = end, items = 1;
    while (j + 1 < t.size && t.isPunct(j, ',') && Names.nameWord(t, j + 1) && Names.runEnd(t, j + 1) == j + 2) {
      j += 2;
      items++;
    }
    if (items < 2 && !t.isWord(j)) return end;
    if (j + 1 >= t.size || !t.isWord(j)) return end;
    String w = t.lower(j);
    if (!(w.equals("and") || w.equals("et") || w.equals("&"))) return end;
    if (!Names.nameWord(t, j + 1)) return end;
    int last = Names.runEnd(t, j + 1);
    return items >= 2 && Names.hasOrgWord(t, j + 1, last) ? last : end;
  }

  /** Registers the name run [from, to), unless nothing name-like remains of it. */
  private void register(int from, int to) {
    int runStart = from;
    from = afterPrepositionHead(t, from, to);
    from = afterComplementWord(from, to);
    boolean oblique = from == runStart && isOblique(from, to);
    Lead lead = lead(from, to);
    int s = lead.nameFrom();
    if (s >= to) return;
    // "France Inter", "Radio Nord": a broadcaster is an organisation, though "France" is also a first name.
    boolean org = Names.isOrganisation(t, s, to) || NounComplements.hasMediaWord(t, s, to);
    int words = 0;
    for (int k = s; k < to; k++) if (t.isWord(k)) words++;
    char gender = lead.gender();
    String display = NameKeys.stripPossessive(t.text.substring(t.start[s], t.end[to - 1]));
    String[] keys = NameKeys.keysOf(display);
    if (keys.length == 0) return;
    // English puts no article before a person's name: "the China Daily", "the White House" name a body or a place
    // (a first name after "the" is a person's name used as a modifier: "the Larry Ellison appraisal").
    boolean articled = s == from && from > 0 && t.isWord(from - 1) && t.lower(from - 1).equals("the")
        && Lexicon.firstNameGender(keys[0]) == 0;
    boolean person = !org && !articled && (words >= 2 || gender != 0 || lead.role() != null || titledBefore(s));
    // A first name said alone as a subject is a person ("Chantal, 45 ans, approuve"): news names ordinary people
    // that way. After a determiner or a preposition it is a place or a thing ("en France", "boulevard Robert-Bourassa").
    if (!person && !org && words == 1 && display.indexOf('-') < 0 && !oblique && !afterFunctionWord(s)
        && Lexicon.firstNameGender(keys[0]) != 0) {
      person = true;
    }
    Entity e = registry.find(keys);
    if (e == null || !org && e.person != person && words >= 2 && !e.person) {
      e = registry.add(display, keys, person);
    } else {
      registry.preferFuller(e, display, keys);
    }
    if (org) e.org = true;
    // "Martineau, Rouleau et Franky … / l'humoriste Franky": the title shows the bare name met first was a person's.
    if (!e.person && !e.org && words == 1 && titledBefore(s)) e.person = true;
    if (gender == 0 && person) gender = Lexicon.firstNameGender(keys[0]);
    if (gender != 0 && e.gender == 0) e.gender = gender;
    if (e.role == null && e.mentions.size() < 3) e.role = roleAround(lead.from(), to, lead.role());
    e.mentions.add(t.start[s]);
    if (!oblique) e.subjectMentions.add(t.start[s]);
  }

  /**
   * The title, honorifics and role nouns that open the run [from, to) before the name itself, with the gender they
   * (or the determiner before the run) give.
   */
  private Lead lead(int from, int to) {
    char gender = genderBefore(from);
    String leadingRole = null;
    int cut = afterTitle(t, from, to);
    if (cut > from) {
      leadingRole = t.text.substring(t.start[from], t.end[cut - 1]);
      from = cut;
    }
    int s = from;
    while (s < to) {
      String w = t.lower(s);
      if (t.isPunct(s, '.')) {
        s++;
      } else if (Lexicon.HONORIFICS.contains(w) && t.isWord(s)) {
        if (Lexicon.MALE_HONORIFICS.contains(w)) gender = 'M';
        if (Lexicon.FEMALE_HONORIFICS.contains(w)) gender = 'F';
        s++;
      } else if (Lexicon.NOT_NAME_START.contains(w) && !Names.nameWord(t, s) || Names.elision(t, s)) {
        s++;
      } else if (Lexicon.ROLE_NOUNS.contains(w) && s + 1 < to && !Names.hasOrgWord(t, s, to)) {
        leadingRole = leadingRole == null ? t.str(s) : leadingRole + " " + t.str(s);
        s++;
      } else {
        break;
      }
    }
    return new Lead(from, s, leadingRole, gender);
  }

  /**
   * "l'humoriste Franky", "the comedian Franky": a singular role noun in lower case right before a one-word name is
   * its title in apposition, and only people bear titles, so the name is a person's (a stage name or a first name).
   */
  private boolean titledBefore(int k) {
    if (k < 1 || !t.isWord(k - 1) || t.isCapitalised(k - 1)) return false;
    String w = t.lower(k - 1);
    return Lexicon.ROLE_NOUNS.contains(w) && !w.endsWith("s");
  }

  /** Whether the word before token k is a determiner, a preposition or an elision ("la", "en", "d’"). */
  private boolean afterFunctionWord(int k) {
    if (!t.isWord(k - 1)) return false;
    String w = t.lower(k - 1);
    return WordClasses.isDeterminer(w) || WordClasses.isPreposition(w) || w.equals("en") || w.equals("dans")
        || Names.elision(t, k - 1);
  }

  /** "an idea from X", "conseiller de X", "X’s kitchen": a name that is not the subject of its clause. */
  /** English prepositions of place and direction that {@link WordClasses#isPreposition} leaves out. */
  private static final Set<String> MORE_PREPOSITIONS = Set.of("into", "onto", "across",
      "against", "among", "between", "throughout", "within", "outside", "inside", "under",
      "over", "during", "via", "near", "around", "beyond", "through");

  /** "ACME" in "<ACME.S>": a capitalised symbol of two to five letters (a bracketed "<Acme Inc>" is a name). */
  private boolean isTicker(int k) {
    String w = t.str(k);
    return t.isWord(k) && w.length() >= 2 && w.length() <= 5 && w.equals(w.toUpperCase(Locale.ROOT));
  }

  private boolean isOblique(int from, int to) {
    // "$420 (U.S.)", "sold by Acme (Canada)", a ticker "<ACME.S>": a name in brackets inside a sentence is an aside,
    // not what a clause is about ("(Acme Inc) said …" opening the sentence is its subject).
    int close = to;
    while (t.isPunct(close, '.')) close++;
    boolean bracketed = t.isPunct(from - 1, '(') && t.isPunct(close, ')')
        || t.isPunct(from - 1, '<') && isTicker(from); // a wire ticker: "Acme Steel Co Ltd <ACME.S> said"
    if (bracketed && from >= 2 && !t.endsSentence(from - 2) && t.type[from - 2] != Tokens.BREAK) return true;
    String last = t.str(to - 1);
    if (last.endsWith("’s") || last.endsWith("'s") || last.endsWith("s’") || last.endsWith("s'")) return true;
    if (t.isWord(to) && (t.lower(to).equals("s") || t.lower(to).equals("’s")) && t.isPunct(to - 1, '’')) return true;
    int p = from - 1;
    // "au président X", "to Prime Minister X": a title between the preposition and the name keeps it oblique.
    while (p >= 0 && t.isWord(p)
        && (WordClasses.isDefinite(t.lower(p)) || !t.isCapitalised(p) && Lexicon.ROLE_NOUNS.contains(t.lower(p)))) {
      p--;
    }
    if (p < 0 || !t.isWord(p) || !(WordClasses.isPreposition(t.lower(p)) || MORE_PREPOSITIONS.contains(t.lower(p)))
        || t.lower(p).equals("par")
        || t.lower(p).equals("by")) {
      return false;
    }
    // A fronted topic ("For X, …", "but for X — …", "Pour X, …") is what the sentence is about.
    String prep = t.lower(p);
    if ((prep.equals("for") || prep.equals("pour")) && to < t.size && t.type[to] == Tokens.PUNCT
        && (t.ch(to) == ',' || t.ch(to) == '—' || t.ch(to) == '–')) {
      return false;
    }
    return !(p == 0 || t.endsSentence(p - 1) || t.type[p - 1] == Tokens.PUNCT && t.ch(p - 1) != ',');
  }

  /** "ministre de l’Intérieur Christophe Castaner": the run's first word belongs to the role, not the name. */
  static int afterPrepositionHead(Tokens t, int from, int to) {
    if (from == 0 || !t.isWord(from - 1)) return from;
    String p = t.lower(from - 1);
    // "président de la République Paul Roy": an article after de is part of the complement.
    boolean articleAfterDe = (p.equals("la") || p.equals("le") || p.equals("les")) && from >= 2 && t.isWord(from - 2)
        && t.lower(from - 2).equals("de");
    if (!(p.equals("de") || p.equals("du") || p.equals("d'") || p.equals("l'") || p.equals("des") || p.equals("of")
        || articleAfterDe)) {
      return from;
    }
    int words = 0;
    for (int k = from; k < to; k++) if (t.isWord(k)) words++;
    if (words < 3 || Names.hasOrgWord(t, from, to)) return from;
    return from + 1;
  }

  /**
   * "a déclaré à l’AFP Jacques Roy", "said on CNN Mary Lee": after a preposition, a run whose second word is a known
   * first name opens on the complement (a newsroom, a place) and the person's name follows it.
   */
  private int afterComplementWord(int from, int to) {
    if (from == 0 || !t.isWord(from - 1) || from + 2 >= to) return from;
    String p = t.lower(from - 1);
    if (!(WordClasses.isPreposition(p) || Names.elision(t, from - 1) || p.equals("sur"))) return from;
    // A title ("to Minister John Clark") is the name's lead, read by lead(), and keeps the name oblique.
    if (firstName(from) || Lexicon.ROLE_NOUNS.contains(t.lower(from)) || Lexicon.HONORIFICS.contains(t.lower(from))
        || !t.isWord(from + 1) || !firstName(from + 1)) {
      return from;
    }
    int words = 0;
    for (int k = from + 1; k < to; k++) if (t.isWord(k)) words++;
    return words >= 2 && !Names.hasOrgWord(t, from + 1, to) ? from + 1 : from;
  }

  private boolean firstName(int k) {
    String[] keys = NameKeys.keysOf(t.str(k));
    return keys.length == 1 && Lexicon.firstNameGender(keys[0]) != 0;
  }

  /** "Transport Minister Pierre Dubois": index after the last role noun of a run, or from when none. */
  static int afterTitle(Tokens t, int from, int to) {
    if (Names.hasOrgWord(t, from, to)) return from;
    int cut = from;
    for (int k = from; k < to - 1; k++) {
      if (t.isWord(k) && Lexicon.ROLE_NOUNS.contains(t.lower(k)) && t.isCapitalised(k)) cut = k + 1;
    }
    return cut;
  }

  private char genderBefore(int from) {
    int k = from - 1;
    if (k >= 0 && t.isWord(k)) {
      String w = t.lower(k);
      if (Lexicon.ROLE_NOUNS.contains(w) && k > 0) {
        String d = t.lower(k - 1);
        if (d.equals("la") || d.equals("une")) return 'F';
        if (d.equals("le") || d.equals("un")) return 'M';
      }
    }
    return 0;
  }

  /** The role given next to a name: "PQ leader X", "the Minister of Y, X", "X, porte-parole de Z,". */
  private String roleAround(int from, int to, String leadingRole) {
    String left = roleBefore(from);
    if (left != null) return left;
    String right = roleAfter(to);
    return right != null ? right : leadingRole;
  }

  /** Left of the name: "PQ leader Paul …", "le ministre de l’Intérieur Christophe Castaner", "the Minister, X". */
  private String roleBefore(int from) {
    int k = from - 1;
    boolean comma = false;
    if (t.isPunct(k, ',')) {
      comma = true;
      k--;
    }
    int stop = Math.max(0, from - 12);
    int left = k + 1;
    boolean hasRole = false;
    while (k >= stop && t.type[k] == Tokens.WORD && (t.quote == null || t.quote[k] < 0)) {
      String w = t.lower(k);
      if (WordClasses.isDeterminer(w) || Lexicon.isCue(w) || Lexicon.PRONOUNS.contains(w) || w.equals("that")
          || w.equals("que") || w.equals("qu'") || Lexicon.FILLERS.contains(w) && !w.equals("de")) {
        break;
      }
      if (Lexicon.ROLE_NOUNS.contains(w)) hasRole = true;
      left = k;
      k--;
    }
    if (hasRole && left <= (comma ? from - 2 : from - 1)) {
      String r = t.text.substring(t.start[left], t.end[comma ? from - 2 : from - 1]);
      if (r.length() > 2) return r;
    }
    return null;
  }

  /** Right of the name: "X, porte-parole de l’association,". */
  private String roleAfter(int to) {
    if (!(t.isPunct(to, ',') && t.isWord(to + 1))) return null;
    int j = to + 1;
    boolean role = false;
    int last = -1;
    while (j < t.size && j < to + 12 && t.type[j] == Tokens.WORD) {
      String w = t.lower(j);
      if (Lexicon.ROLE_NOUNS.contains(w)) role = true;
      if (Lexicon.isCue(w)) break;
      last = j;
      j++;
    }
    if (role && last > 0 && (t.isPunct(j, ',') || t.isPunct(j, '.'))) {
      int first = to + 1;
      if (WordClasses.isDeterminer(t.lower(first))) first++;
      if (first <= last) return t.text.substring(t.start[first], t.end[last]);
    }
    return null;
  }
}
