package verbatim.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import verbatim.text.Folding;

/**
 * Resolves speaker mentions within one article to canonical speakers: pronouns to the last compatible speaker,
 * titles and honorifics ("Minister Caire", "Mme Hudon", "le premier ministre") and near-misspellings ("Mr. Cairo")
 * to the fullest name the article gives, organisations and unnamed described persons to their description.
 */
final class SpeakerResolver {

  private record Event(int pos, Speaker speaker, boolean person, char gender) {}

  /** Head nouns that stand for an organisation already named: "the company", "la société". */
  private static final Set<String> GENERIC_ORG_HEADS = Set.of("company", "agency", "firm",
      "utility", "organization", "organisation", "corporation", "group", "railway", "airline", "retailer", "union",
      "department",
      "société", "entreprise", "compagnie", "agence", "firme", "organisme", "syndicat", "groupe");

  /** People speaking for an organisation as a body: "city staff", "company officials". */
  private static final Set<String> STAFF_NOUNS = Set.of("staff", "officials", "employees",
      "workers", "officers", "management", "personnel", "representatives", "lawyers");

  /** How far back (chars) a document's author or source may be named. */
  private static final int DOCUMENT_WINDOW = 1500;

  private final Tokens t;
  private final EntityRegistry registry;
  private final List<Event> events = new ArrayList<>();

  SpeakerResolver(Tokens tokens) {
    this.t = tokens;
    this.registry = NameCollector.collect(tokens);
  }

  /** "dit-il" → "il", "a-t-elle" → "elle"; null for a word with no inverted subject pronoun. */
  static String invertedClitic(String w) {
    int hy = w.lastIndexOf('-');
    if (hy <= 0) return null;
    return switch (w.substring(hy + 1)) {
      case "il", "elle", "ils", "elles" -> w.substring(hy + 1);
      default -> null;
    };
  }

  static String stripPossessive(String name) {
    return NameKeys.stripPossessive(name);
  }

  static String[] keysOf(String name) {
    return NameKeys.keysOf(name);
  }

  static boolean isDefinite(String w) {
    return WordClasses.isDefinite(w);
  }

  static boolean isDeterminer(String w) {
    return WordClasses.isDeterminer(w);
  }

  /** Levenshtein distance, or max + 1 when it exceeds max. */
  static int distance(String a, String b, int max) {
    return NameKeys.distance(a, b, max);
  }

  /** "la source judiciaire", "an insider", "l’entourage": a source is unnamed by definition, never a named person. */
  private boolean anonymousSource(int from, int to) {
    for (int k = from; k < to; k++) {
      switch (t.lower(k)) {
        case "source", "sources", "entourage", "insider", "insiders":
          return true;
        default:
      }
    }
    return false;
  }

  private int wordsIn(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) if (t.isWord(k)) n++;
    return n;
  }

  // ---------------------------------------------------------------- resolution

  /**
   * Resolves the mention in tokens [from, to) at text offset pos, records it as the latest speaker and returns it;
   * null when nothing can be made of it.
   */
  Speaker resolve(int from, int to, int pos) {
    Resolved r = resolveQuietly(from, to, pos);
    if (r == null) return null;
    events.add(new Event(pos, r.speaker, r.person, r.gender));
    return r.speaker;
  }

  /** Text offsets of the quote being attributed: a person named inside it is not what its he/she stands for. */
  private int quoteFrom = -1, quoteTo = -1;

  /** Sets the span of the quote whose speaker is resolved next ("Okafor hid under a desk, he said": not Okafor). */
  void quoteSpan(int from, int to) {
    quoteFrom = from;
    quoteTo = to;
    quoteWordsRead = false;
  }

  /** Names inside quote marks are not registered: the quote's capitalised words, read when a pronoun needs them. */
  private void readQuoteWords() {
    quoteWordsRead = true;
    quoteWords.clear();
    for (int k = t.at(quoteFrom); k < t.size && t.start[k] < quoteTo; k++) {
      if (t.isWord(k) && t.isCapitalised(k) && k > 0 && !t.endsSentence(k - 1) && !Lexicon.NOT_NAME_START.contains(t.lower(k))) {
        String[] keys = keysOf(t.str(k));
        if (keys.length > 0) quoteWords.add(keys[keys.length - 1]);
      }
    }
  }

  private final Set<String> quoteWords = new HashSet<>();
  private boolean quoteWordsRead;

  private boolean namedInQuote(Entity e) {
    if (e == null || quoteFrom < 0) return false;
    if (!quoteWordsRead) readQuoteWords();
    if (!quoteWords.isEmpty() && e.person && quoteWords.contains(e.surname())) return true;
    for (int m : e.mentions) if (m >= quoteFrom && m < quoteTo) return true;
    Entity f = registry.fullest(e);
    if (f != e) for (int m : f.mentions) if (m >= quoteFrom && m < quoteTo) return true;
    return false;
  }

  /** Resolves a pronoun ("he", "elle") at text offset pos and records the result as the latest speaker. */
  Speaker resolvePronoun(String p, int pos) {
    Resolved r = pronoun(p.toLowerCase(Locale.ROOT), pos);
    if (r == null) return null;
    events.add(new Event(pos, r.speaker, r.person, r.gender));
    return r.speaker;
  }

  /** Records a speaker found without a mention (a neighbouring quote's). */
  void record(Speaker s, int pos) {
    if (s == null) return;
    Entity e = registry.byName(s.name());
    events.add(new Event(pos, s, e != null && e.person, e == null ? (char) 0 : e.gender));
  }

  /**
   * Whether no person other than the speaker is named between text offsets from and to: a quote paragraph after
   * narration about the last speaker continues that speaker's words.
   */
  boolean noOtherPersonBetween(Speaker s, int from, int to) {
    return !registry.otherPersonNamedIn(s.name(), from, to);
  }

  /**
   * "Lena told police she could hear the sirens": a reported clause opening on he/she (il/elle) speaks of its
   * speaker, whose gender it gives when none is known yet.
   */
  void noteGender(Speaker s, char gender) {
    if (!registry.learnGender(s.name(), gender)) return;
    for (int i = 0; i < events.size(); i++) {
      Event ev = events.get(i);
      if (ev.gender == 0 && ev.speaker.name().equals(s.name())) events.set(i, new Event(ev.pos, ev.speaker, true, gender));
    }
  }

  private record Resolved(Speaker speaker, boolean person, char gender) {}

  private Resolved resolveQuietly(int from, int to, int pos) {
    while (from < to && (t.type[from] != Tokens.WORD || isDefinite(t.lower(from)) && to - from > 1)) from++;
    while (to > from && t.type[to - 1] != Tokens.WORD) to--;
    if (from >= to) return null;
    if (to - from == 1 && Lexicon.PRONOUNS.contains(t.lower(from))) return pronoun(t.lower(from), pos);
    // An inverted subject clitic ("a-t-il", "dit-elle") is the subject: the mention is that pronoun, never the verb.
    for (int k = from; k < to; k++) {
      String clitic = invertedClitic(t.lower(k));
      if (clitic != null) return pronoun(clitic, pos);
    }
    int doc = documentHead(from, to);
    if (doc >= 0) {
      Resolved author = author(from, to, doc, pos);
      if (author != null) return author;
    }
    // The last name run in the mention that is not the object of a preposition ("the owner of the Clan X").
    int runFrom = -1, runTo = -1;
    boolean prepositional = false;
    for (int k = from; k < to; k++) {
      if (Names.nameWord(t, k) && (k == from || !Names.nameWord(t, k - 1))) {
        int e = Math.min(Names.runEnd(t, k), to);
        int p = k - 1;
        while (p >= from && t.isWord(p) && isDeterminer(t.lower(p))) p--;
        boolean prep = p >= from && t.isWord(p) && WordClasses.isPreposition(t.lower(p));
        if (prep && wordsIn(k, e) >= 3 && WordClasses.frenchOf(t.lower(p)) && !Names.hasOrgWord(t, k, e)) {
          // "le ministre de l'Intérieur Paul Roy": the complement's noun, then the person's name.
          runFrom = k + 1;
          runTo = e;
          k = e - 1;
          continue;
        }
        if (!prep) {
          runFrom = k;
          runTo = e;
        }
        prepositional |= prep;
        k = e - 1;
      }
    }
    // A name used as a modifier ("the Cambridge resident", "McCallum’s staff") is not the speaker's name.
    if (runFrom >= 0 && runTo < to && !t.isPunct(runTo, ',')) runFrom = -1;
    if (runFrom >= 0) {
      Resolved named = named(runFrom, runTo, from);
      if (named != null) return named;
    }
    if (runFrom < 0) {
      Resolved bound = boundRole(from, to, pos);
      if (bound != null) return bound;
    }
    // A description: find a known person with that role, else the description itself.
    for (int k = from; k < to; k++) {
      String w = t.lower(k);
      if (!Lexicon.ROLE_NOUNS.contains(w) || !t.isWord(k)) continue;
      Entity best = null;
      int bestPos = -1;
      for (Entity e : registry.all()) {
        if (!e.person || e.role == null) continue;
        if (!containsWord(e.role, w)) continue;
        int last = e.lastMentionBefore(pos);
        if (last > bestPos || best == null) {
          best = e;
          bestPos = last;
        }
      }
      if (best != null) return new Resolved(new Speaker(best.display, best.role), true, best.gender);
      for (int ev = events.size() - 1; ev >= 0; ev--) {
        Speaker sp = events.get(ev).speaker;
        if (sp.role() != null && containsWord(sp.role(), w)) return new Resolved(sp, events.get(ev).person, events.get(ev).gender);
      }
      break;
    }
    // A function word at either end: not a usable description.
    if (WordClasses.isFunctionWord(t.lower(to - 1)) || to - from == 1 && t.isCapitalised(from)
        && Lexicon.NOT_NAME_START.contains(t.lower(from))) {
      return null;
    }
    String det = from > 0 && t.isWord(from - 1) ? t.lower(from - 1) : "";
    // A demonstrative description ("cet avocat", "this lawyer") points back to the latest person with that gender.
    String first = t.lower(from);
    if (runFrom < 0 && to - from > 1 && (first.equals("ce") || first.equals("cet") || first.equals("cette")
        || first.equals("this")) && !Names.hasOrgWord(t, from, to)) {
      char g = first.equals("cette") ? 'F' : first.equals("this") ? 0 : 'M';
      Entity p = registry.lastEntity(pos, e -> (e.person || e.spoke && !e.org) && (g == 0 || e.gender != (g == 'M' ? 'F' : 'M'))
          && (e.keys.length >= 2 || registry.hasFuller(e) || e.spoke || e.person && Lexicon.firstNameGender(e.keys[0]) != 0));
      if (p != null) {
        Entity full = registry.fullest(p);
        if (full.gender == 0 && g != 0) full.gender = g;
        return new Resolved(new Speaker(full.display, full.role), true, full.gender);
      }
    }
    // "the city", "the agency": an organisation named in the article whose name holds the head noun.
    if (isDefinite(det) && runFrom < 0) {
      String head = t.lower(to - 1);
      if (Lexicon.ORG_WORDS.contains(head)) {
        Entity org = registry.lastEntity(pos, e -> e.org && Arrays.asList(e.keys).contains(Folding.key(head)));
        if (org != null) return new Resolved(new Speaker(org.display, org.role), false, (char) 0);
        // "the company said" after "Tesla said": a generic head noun takes the latest named organisation that spoke.
        if (GENERIC_ORG_HEADS.contains(head) && lowerCaseModifiers(from, to - 1)) {
          int at = t.start[from];
          // The latest organisation that spoke, even when its name was last written a while ago.
          for (int i = events.size() - 1; i >= 0; i--) {
            Event ev = events.get(i);
            if (ev.pos > pos) continue;
            if (pos - ev.pos > DOCUMENT_WINDOW) break;
            if (ev.person || isPlainDescription(ev.speaker)) continue;
            Entity x = registry.byName(ev.speaker.name());
            if (x != null && x.org && !x.person && !x.isPlace()) return new Resolved(ev.speaker, false, (char) 0);
          }
          Entity named = registry.lastEntity(at, e -> !e.person && !registry.fullest(e).person && !registry.fullest(e).spokeAsPerson
              && Lexicon.firstNameGender(e.keys[0]) == 0 && !e.isPlace());
          if (named != null && at - named.lastMentionBefore(at) < 600) {
            if (NameKeys.isAcronym(named.display)) {
              Entity full = registry.byAcronym(named.display);
              if (full != null) named = full;
            }
            return new Resolved(new Speaker(named.display, named.role), false, (char) 0);
          }
        }
      }
    }
    // A definite description ("the bow-tied maverick", "le journaliste") points back to the last person named.
    if ((det.equals("the") || det.equals("le") || det.equals("la") || det.equals("l'") || det.equals("cet")
        || det.equals("cette")) && runFrom < 0 && !Names.hasOrgWord(t, from, to) && !prepositional
        && !anonymousSource(from, to)) {
      // Subjects first: a name last seen after a preposition ("claimed of the Cloverdale Sport …") is weaker.
      Entity p = registry.lastEntity(pos, e -> e.person && (e.keys.length >= 2 || registry.hasFuller(e)), true);
      if (p == null) p = registry.lastEntity(pos, e -> e.person && (e.keys.length >= 2 || registry.hasFuller(e)));
      if (p != null) {
        Entity full = registry.fullest(p);
        return new Resolved(new Speaker(full.display, full.role), true, full.gender);
      }
    }
    // "city staff", "company officials": staff of the organisation named in the article whose name holds the
    // modifier ("City of Lakeview staff").
    if (runFrom < 0 && to - from == 2 && t.isWord(from) && !t.isCapitalised(from)
        && Lexicon.ORG_WORDS.contains(t.lower(from))
        && (Lexicon.ROLE_NOUNS.contains(t.lower(to - 1)) || STAFF_NOUNS.contains(t.lower(to - 1)))) {
      String head = Folding.key(t.lower(from));
      Entity org = registry.lastEntity(pos, e -> e.org && !e.person && Arrays.asList(e.keys).contains(head));
      if (org != null) return new Resolved(new Speaker(org.display + " " + t.str(to - 1), null), false, (char) 0);
    }
    // "le médecin dans la soixantaine": the description ends at a complement of place or age after its role noun.
    for (int k = from + 1; k + 1 < to; k++) {
      String w = t.lower(k);
      if ((w.equals("dans") || w.equals("in")) && Lexicon.ROLE_NOUNS.contains(t.lower(k - 1))) {
        to = k;
        break;
      }
    }
    int dEnd = t.end[to - 1];
    // A description ending in a label keeps its closing mark: "une poignée de «gilets jaunes»".
    if (t.quote != null && to < t.size && t.quote[to - 1] >= 0 && t.quote[to] == t.quote[to - 1]
        && t.type[to] == Tokens.PUNCT) {
      dEnd = t.end[to];
    }
    String d = t.text.substring(t.start[from], dEnd).strip();
    if (d.isEmpty() || d.length() > 80) return null;
    return new Resolved(new Speaker(d, null), false, (char) 0);
  }

  /**
   * A definite or demonstrative role description ("la ministre", "le ministre de l'Intérieur", "the minister") that
   * the article ties to a name ({@link RoleBinder}): that person, the binding sharing most of the description's
   * words, nearest before the quote (else the first after it); gender must agree. Null when nothing is tied.
   */
  private Resolved boundRole(int from, int to, int pos) {
    String det = from > 0 && t.isWord(from - 1) ? t.lower(from - 1) : "";
    String first = t.lower(from);
    boolean definite = isDefinite(det) || isDefinite(first) || det.equals("ce") || det.equals("cet")
        || det.equals("cette") || first.equals("ce") || first.equals("cet") || first.equals("cette")
        || det.equals("this") || first.equals("this");
    if (!definite) return null;
    String head = null;
    for (int k = from; k < to && head == null; k++) {
      if (t.isWord(k) && Lexicon.ROLE_NOUNS.contains(t.lower(k))) head = Folding.key(t.lower(k));
    }
    if (head == null) return null;
    char g = 0;
    for (String d : new String[] {det, first}) {
      if (d.equals("la") || d.equals("cette")) g = 'F';
      if (d.equals("le") || d.equals("ce") || d.equals("cet")) g = 'M';
    }
    if (g == 0) g = RoleBinder.gender(t, -1, from, to);
    java.util.Set<String> words = RoleBinder.words(t, from, to);
    words.removeIf(w -> w.equals("ce") || w.equals("cet") || w.equals("cette") || w.equals("this"));
    RoleBinder.Binding best = null;
    int bestScore = -1;
    int at = t.at(pos);
    for (RoleBinder.Binding b : bindings()) {
      if (!b.words().contains(head)) continue;
      if (g != 0 && b.gender() != 0 && b.gender() != g) continue;
      int shared = 0;
      for (String w : words) if (b.words().contains(w)) shared++;
      // Words of the description the binding lacks ("le ministre de l'Intérieur" against "le ministre de la Culture").
      if (shared < words.size() && b.words().size() > 1 && words.size() > 1) {
        boolean conflict = false;
        for (String w : words) if (!b.words().contains(w) && !w.equals(head)) conflict = true;
        if (conflict) continue;
      }
      int score = shared * 100000 + (b.at() <= at ? 50000 + b.at() : 50000 - b.at());
      if (score > bestScore) {
        best = b;
        bestScore = score;
      }
    }
    if (best == null) return null;
    Entity e = registry.find(keysOf(best.name()));
    String display = e == null ? best.name() : registry.fullest(e).display;
    char gender = e != null && registry.fullest(e).gender != 0 ? registry.fullest(e).gender : best.gender();
    return new Resolved(new Speaker(display, e == null ? null : registry.fullest(e).role), true, gender);
  }

  private List<RoleBinder.Binding> bindings;

  private List<RoleBinder.Binding> bindings() {
    if (bindings == null) bindings = RoleBinder.bind(t);
    return bindings;
  }

  /** Index of the document noun heading the mention ("the report", "a statement released by X"), or -1. */
  private int documentHead(int from, int to) {
    for (int k = from; k < to && k < from + 6; k++) {
      if (!t.isWord(k)) return -1;
      String w = t.lower(k);
      if (Lexicon.DOCUMENT_NOUNS.contains(w)) return k;
      if (WordClasses.isPreposition(w) || Lexicon.isCue(w)) return -1;
    }
    return -1;
  }

  /**
   * The author a document mention stands for: a name after "by"/"from" ("a statement released by the Prime
   * Minister’s Office"), a name or organisation before the noun ("the Civic Action study", "the union’s
   * release"), else the latest speaker within a few paragraphs, who is taken to be its source ("Gatsby said … A
   * statement said …"), else null.
   */
  private Resolved author(int from, int to, int doc, int pos) {
    // The author after the noun, inside the mention or right after it ("a statement released | by the PMO").
    for (int k = doc + 1; k < t.size && k < Math.max(to, doc + 1) + 3 && t.isWord(k); k++) {
      String w = t.lower(k);
      if (w.equals("by") || w.equals("from") || w.equals("par")) {
        int e = k + 1;
        while (e < t.size && e < k + 9 && (t.isWord(e) || t.isPunct(e, '’') || t.isPunct(e, '\''))
            && (t.quote == null || t.quote[e] < 0) && !Lexicon.isCue(t.lower(e))) {
          e++;
        }
        if (e > k + 1 && documentHead(k + 1, e) < 0) {
          Resolved r = resolveQuietly(k + 1, e, pos);
          if (r != null) return r;
        }
        break;
      }
    }
    Resolved publisher = publisher(doc + 1);
    if (publisher != null) return publisher;
    int m = from;
    while (m < doc && t.isWord(m) && isDeterminer(t.lower(m))) m++;
    if (m < doc) {
      int end = doc;
      while (end > m && !t.isWord(end - 1)) end--;
      boolean named = false, possessive = false;
      for (int k = m; k < end; k++) named |= Names.nameWord(t, k);
      String last = end > m ? t.str(end - 1) : "";
      possessive = last.endsWith("'s") || last.endsWith("’s") || end < doc && t.isPunct(end, '’');
      if (named || possessive) {
        // "the union’s Friday release": the possessor; "the Civic Action study": the name.
        int a = possessive ? from : m;
        int b = end;
        if (!possessive) {
          while (b > m && !Names.nameWord(t, b - 1)) b--;
        }
        if (b > a) {
          Resolved r = resolveQuietly(a, b, pos);
          if (r != null) return r;
        }
      }
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (e.pos > pos) continue;
      if (pos - e.pos > DOCUMENT_WINDOW) break;
      if (isDocument(keysOf(e.speaker.name()))) continue;
      return new Resolved(e.speaker, e.person, e.gender);
    }
    return null;
  }

  /** Where a document is published: its owner is its author ("on X’s website", "sur le site de X"). */
  private static final Set<String> PUBLISHING_PLACES = Set.of("website", "site", "blog", "page",
      "account", "feed", "channel", "newsletter", "compte", "chaîne", "infolettre");

  /**
   * The owner of the place a document was published, later in its clause: "a document titled … on Canadian
   * Pacific Railway’s website" → Canadian Pacific Railway, "un texte publié sur le site de la Ville" → la Ville.
   */
  private Resolved publisher(int from) {
    for (int k = from; k < t.size && k < from + 25; k++) {
      if (t.type[k] == Tokens.BREAK || t.quote != null && t.quote[k] >= 0 || t.endsSentence(k)) return null;
      if (!t.isWord(k)) continue;
      String w = t.lower(k);
      if (Lexicon.isCue(w)) return null;
      if (!PUBLISHING_PLACES.contains(w)) continue;
      String before = k > from ? t.str(k - 1) : "";
      if ((before.endsWith("'s") || before.endsWith("’s")) && Names.nameWord(t, k - 1)) {
        int s = k - 1;
        while (s - 1 >= from && Names.nameWord(t, s - 1)) s--;
        return resolveQuietly(s, k, t.start[k]);
      }
      int x = k + 1;
      if (x < t.size && t.isWord(x) && (t.lower(x).equals("web") || t.lower(x).equals("internet"))) x++;
      if (x < t.size && t.isWord(x) && (t.lower(x).equals("of") || t.lower(x).equals("de") || t.lower(x).equals("d'"))) {
        x++;
        while (x < t.size && t.isWord(x) && isDefinite(t.lower(x))) x++;
        int e = Names.runEnd(t, x);
        if (e > x) return resolveQuietly(x, e, t.start[k]);
      }
      return null;
    }
    return null;
  }

  /** "the security firm", "the Crown corporation": up to two lower-case words before a generic head noun. */
  private boolean lowerCaseModifiers(int from, int head) {
    if (head - from > 2) return false;
    for (int k = from; k < head; k++) {
      if (!t.isWord(k) || t.isCapitalised(k) || WordClasses.isFunctionWord(t.lower(k)) || Lexicon.ROLE_NOUNS.contains(t.lower(k))) {
        return false;
      }
    }
    return true;
  }


  private static boolean isDocument(String[] keys) {
    for (String k : keys) if (Lexicon.DOCUMENT_NOUNS.contains(k)) return true;
    return false;
  }

  private static boolean containsWord(String phrase, String word) {
    String f = " " + Folding.key(phrase) + " ";
    return f.contains(" " + Folding.key(word) + " ");
  }

  private Resolved named(int runFrom, int runTo, int mentionFrom) {
    runFrom = NameCollector.afterPrepositionHead(t, runFrom, runTo);
    char gender = 0;
    String role = null;
    int cut = NameCollector.afterTitle(t, runFrom, runTo);
    if (cut > runFrom) {
      role = t.text.substring(t.start[runFrom], t.end[cut - 1]);
      runFrom = cut;
    }
    int s = runFrom;
    while (s < runTo) {
      String w = t.lower(s);
      if (t.isPunct(s, '.')) {
        s++;
      } else if (Lexicon.HONORIFICS.contains(w)) {
        if (Lexicon.MALE_HONORIFICS.contains(w)) gender = 'M';
        if (Lexicon.FEMALE_HONORIFICS.contains(w)) gender = 'F';
        s++;
      } else if (Lexicon.NOT_NAME_START.contains(w) && !Names.nameWord(t, s) || Names.elision(t, s)) {
        s++;
      } else if (Lexicon.ROLE_NOUNS.contains(w) && s + 1 < runTo && !Names.hasOrgWord(t, s, runTo)) {
        role = t.str(s);
        s++;
      } else {
        break;
      }
    }
    if (s >= runTo) return null;
    String given = stripPossessive(t.text.substring(t.start[s], t.end[runTo - 1]));
    String[] keys = keysOf(given);
    if (keys.length == 0) return null;
    boolean org = Names.isOrganisation(t, s, runTo);
    Entity e = registry.find(keys);
    if ((e == null || e.keys.length == 1) && keys.length == 1 && !org) {
      Entity byFirst = null;
      int count = 0;
      for (Entity x : registry.all()) {
        if (x.person && x.keys.length >= 2 && x.keys[0].equals(keys[0])) {
          byFirst = x;
          count++;
        }
      }
      if (count == 1) e = byFirst;
    }
    if ((e == null || e.keys.length == 1) && !org) {
      Entity f = registry.fuzzy(keys, e);
      if (f != null && (e == null || f.keys.length > 1)) e = f;
    }
    if ((e == null || e.keys.length == 1) && NameKeys.isAcronym(given)) {
      Entity full = registry.byAcronym(given);
      if (full != null) e = full;
    }
    if (e != null) {
      e.spoke = true;
      return new Resolved(new Speaker(e.display, e.role != null ? e.role : role), e.person, e.gender != 0 ? e.gender : gender);
    }
    if (mentionFrom < runFrom && role == null) {
      String lead = t.text.substring(t.start[mentionFrom], t.start[runFrom]).strip();
      if (lead.endsWith(",")) lead = lead.substring(0, lead.length() - 1).strip();
      for (int k = mentionFrom; k < runFrom; k++) {
        if (Lexicon.ROLE_NOUNS.contains(t.lower(k))) {
          role = lead;
          break;
        }
      }
    }
    return new Resolved(new Speaker(given, role), !org, gender);
  }

  private Resolved pronoun(String p, int pos) {
    boolean male = p.equals("he") || p.equals("il") || p.equals("lui");
    boolean female = p.equals("she") || p.equals("elle");
    boolean it = p.equals("it");
    if (it) {
      for (int i = events.size() - 1; i >= 0; i--) {
        Event e = events.get(i);
        if (e.pos <= pos && !e.person) return new Resolved(e.speaker, false, e.gender);
      }
      Entity best = registry.lastEntity(pos, e -> e.org && !e.isPlace());
      return best == null ? null : new Resolved(new Speaker(best.display, best.role), false, (char) 0);
    }
    // The latest compatible person, whether a speaker already or only named in the narration.
    Event ev = null;
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (e.pos > pos) continue;
      if (male && e.gender == 'F' || female && e.gender == 'M') continue;
      if ((male || female) && !e.person) continue;
      if ((male || female) && e.gender == 0 && e.speaker.role() == null) {
        Entity x = registry.byName(e.speaker.name());
        if (x == null || !x.spoke && x.gender == 0) continue;
      }
      if ((male || female) && quoteFrom >= 0 && namedInQuote(registry.byName(e.speaker.name()))) continue;
      ev = e;
      break;
    }
    Predicate<Entity> candidate = e -> e.person && e.keys.length >= 1 && !namedInQuote(e)
        && !(male && e.gender == 'F' || female && e.gender == 'M')
        && (e.gender != 0 || e.role != null || e.spoke || registry.fullest(e).gender != 0 || registry.fullest(e).spoke);
    // Subjects first: a name only seen as a possessive or after a preposition is a weaker antecedent.
    Entity named = (male || female) ? registry.lastEntity(pos, candidate, true) : null;
    if (named == null && (male || female)) named = registry.lastEntity(pos, candidate);
    if (named != null) {
      int m = named.lastMentionBefore(pos);
      if (ev == null || m > ev.pos) {
        Entity full = registry.fullest(named);
        if ((male || female) && full.gender == 0) full.gender = male ? 'M' : 'F';
        if (male || female) full.spokeAsPerson = true;
        return new Resolved(new Speaker(full.display, full.role), true, full.gender);
      }
    }
    if (ev == null) return null;
    return new Resolved(ev.speaker, ev.person, ev.gender);
  }

  private static boolean isPlainDescription(Speaker s) {
    return !s.name().isEmpty() && Character.isLowerCase(s.name().charAt(0));
  }

  /** Capitalises nothing, changes nothing: exposed for tests of the registry. */
  String canonical(String name) {
    Entity e = registry.byName(name);
    return e == null ? name : e.display;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
