package verbatim.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds reported speech without quote marks ("X said (that) …", "according to X, …", "X a affirmé que …",
 * "selon X, …"): the {@code indirect} quotes. Speaker mentions are returned as spans; resolving them to
 * canonical names is {@link QuoteFinder}'s job (it shares one resolver with direct quotes).
 *
 * <p>The text is cut once into word and punctuation tokens and sentences (one pass, no regular expressions);
 * each sentence is then matched against a few cue patterns, so the cost is linear in the length of the text:
 * <ul>
 *   <li>mention, cue, clause: "The mayor said (that) …", "Secord told CTV News …", "X a affirmé que …";</li>
 *   <li>clause, then an incise: "…, said Telford.", "…, the utility said.", "…, a-t-il indiqué.", "…, estime X.";
 *       a clause continuing after the incise ("…, Scheer said, that …") is a second piece;</li>
 *   <li>"according to X, …" / "…, according to X." and "selon X, …" / "d'après X, …" / "…, selon X.";</li>
 *   <li>a participle after a clause: "…, saying (that) …", "…, adding that …" (speaker: the sentence's subject).</li>
 * </ul>
 * Precision guards: passive and modal forms ("is said to", "would say"), negation ("did not say"), "as he said",
 * "what X said", questions, the adjective "said", cue words inside names, and clauses shorter than three words.
 */
public final class ReportedSpeechFinder {

  /**
   * One piece of reported speech.
   *
   * @param start        String index of the first reported word
   * @param end          String index just past the last reported word
   * @param cue          the cue verb or phrase as written ("said", "a affirmé", "according to")
   * @param mentionStart start of the words naming the speaker ("Mr. Caire", "he", "the agency"), -1 if none
   * @param mentionEnd   end of those words, -1 if none
   */
  public record Reported(int start, int end, String cue, int mentionStart, int mentionEnd) {
    public Reported {
      if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      if ((mentionStart < 0) != (mentionEnd < 0) || mentionEnd < mentionStart) {
        throw new IllegalArgumentException("bad mention [" + mentionStart + ", " + mentionEnd + ")");
      }
    }
  }

  /** How freely a cue verb introduces a clause. */
  private enum Tier {
    /** the clause may follow directly: "said the plan is dead" */
    FREE,
    /** usually takes a noun object, so the clause needs "that" or a pronoun subject: "warned that …", "added he …" */
    CLAUSE,
    /** a verb of thought or denial: only with "that" */
    THAT,
    /** a directive with an object: "urged residents to conserve water" */
    DIRECTIVE
  }

  /**
   * Words in quote marks inside a reported clause must be under this share (%) of it: a longer partial quote
   * stands for the clause by itself (as in {@code QuoteFinder}'s reported clauses).
   */
  static final int QUOTED_SHARE = 30;

  private static final Map<String, Tier> EN_CUES = new HashMap<>();
  private static final Map<String, Tier> EN_PARTICIPLES = new HashMap<>();
  /** Verbs taking the listener as object first: "told reporters …", "assured the public …". */
  private static final Set<String> EN_OBJECT_FIRST = Set.of("told", "tells", "tell", "assured", "assures",
      "assure", "reminded", "reminds", "urged", "urges", "urge", "advised", "advises", "warned", "warns",
      "informed", "informs", "asked", "asks", "telling", "assuring", "reminding", "urging", "warning",
      "encouraged", "encourages", "promised", "promises");

  static {
    for (String v : List.of("said", "says", "say", "told", "tells", "tell", "claimed", "claims", "claim",
        "insisted", "insists", "insist", "argued", "argues", "argue", "contended", "contends", "alleged", "alleges",
        "asserted", "asserts", "maintained", "maintains", "conceded", "concedes", "admitted", "admits",
        "confessed", "confesses", "assured", "assures", "stated", "states", "testified", "testifies")) {
      EN_CUES.put(v, Tier.FREE);
    }
    for (String v : List.of("added", "adds", "noted", "notes", "explained", "explains", "explain", "warned",
        "warns", "suggested", "suggests", "suggest", "stressed", "stresses", "confirmed", "confirms", "announced",
        "announces", "wrote", "writes", "write", "reported", "reports", "report", "predicted", "predicts",
        "estimated", "estimates", "replied", "replies", "responded", "responds", "countered", "counters",
        "complained", "complains", "indicated", "indicates", "revealed", "reveals", "disclosed", "discloses",
        "declared", "declares", "recalled", "recalls", "observed", "observes", "emphasized", "emphasizes",
        "emphasised", "emphasises", "cautioned", "cautions", "acknowledged", "acknowledges", "acknowledge",
        "joked", "jokes", "quipped", "mused", "boasted", "boasts", "lamented", "laments", "conceded", "concede",
        "promised", "promises", "vowed", "vows", "pledged", "pledges", "announce", "informed", "informs",
        "reiterated", "reiterates", "specified", "clarified", "underlined", "underscored", "retorted",
        "speculated", "hinted", "hints", "charged", "charges", "forecast", "forecasts", "projected", "sniffed",
        "scoffed")) {
      EN_CUES.putIfAbsent(v, Tier.CLAUSE);
    }
    for (String v : List.of("believed", "believes", "believe", "thinks", "thought", "denied", "denies", "agreed",
        "agrees", "feared", "fears", "hoped", "hopes", "felt", "feels", "figured", "reckoned", "reckons",
        "worried", "worries", "expected", "expects")) {
      EN_CUES.put(v, Tier.THAT);
    }
    for (String v : List.of("urged", "urges", "urge", "advised", "advises", "reminded", "reminds", "asked", "asks",
        "encouraged", "encourages")) {
      EN_CUES.put(v, Tier.DIRECTIVE);
    }
    for (String v : List.of("saying", "adding", "telling", "insisting", "arguing", "claiming", "asserting",
        "contending", "maintaining", "assuring", "confessing", "admitting", "conceding")) {
      EN_PARTICIPLES.put(v, Tier.FREE);
    }
    for (String v : List.of("noting", "explaining", "warning", "stressing", "suggesting", "stating",
        "acknowledging", "arguing", "emphasizing", "emphasising", "reminding", "urging", "predicting",
        "announcing", "recalling", "complaining", "indicating", "declaring", "observing", "pointing", "joking",
        "boasting", "conceding", "predicting", "promising", "vowing")) {
      EN_PARTICIPLES.putIfAbsent(v, Tier.CLAUSE);
    }
  }

  private static final Set<String> EN_SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you",
      "there", "this", "these", "those");
  private static final Set<String> EN_PRONOUN_MENTIONS = Set.of("he", "she", "they", "it", "we", "i");
  private static final Set<String> EN_OBJECT_WORDS = Set.of("me", "him", "her", "us", "them", "you", "reporters",
      "journalists", "listeners", "viewers", "supporters", "members", "parliament", "police", "investigators",
      "officers", "residents", "customers", "people", "everyone", "colleagues", "delegates", "students",
      "guests", "analysts", "shareholders", "legislators", "lawmakers", "senators", "voters", "employees",
      "staff", "workers", "parents", "media", "it", "itself", "himself", "herself", "themselves");
  /** Words skipped between a mention and its cue: "McCallum has also said", "staff later said". */
  private static final Set<String> EN_BETWEEN = Set.of("has", "had", "have", "also", "later", "previously",
      "earlier", "then", "still", "recently", "repeatedly", "again", "once", "further", "simply", "only", "just",
      "even", "already", "publicly", "privately", "initially", "first", "often", "frequently", "since", "always",
      "long", "now", "reportedly", "allegedly", "openly", "flatly", "explicitly", "clearly", "quickly", "finally",
      "subsequently", "separately", "similarly", "likewise", "immediately", "angrily", "bluntly", "candidly",
      "insisted", "firmly", "strongly", "consistently", "herself", "himself", "themselves", "itself", "too",
      "broadly", "effectively", "essentially", "basically", "personally", "officially", "formally", "told",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "late",
      "tonight", "overnight");
  /** Adverbs in -ly that are nouns or adjectives of time, never skipped between a subject and its cue. */
  private static final Set<String> EN_LY_NOUNS = Set.of("family", "assembly", "ally", "rally", "supply",
      "monopoly", "anomaly", "daily", "weekly", "monthly", "quarterly", "yearly", "early", "july", "italy",
      "bully", "reply", "homily", "belly", "jelly", "lily", "holy", "only", "fly", "butterfly", "dolly");
  /** Sentence openers of a fronted subordinate clause: "Though X said …, he …" ends the report at its comma. */
  private static final Set<String> EN_FRONTED = Set.of("though", "although", "while", "whereas", "when",
      "whenever", "if", "because", "since", "after", "before", "once", "unless", "even");
  /** Subordinators that may open a reported clause when a main clause follows their comma. */
  private static final Set<String> EN_CLAUSE_SUBORDINATORS = Set.of("when", "whenever", "if", "although",
      "though", "because", "while", "unless", "once", "since", "until", "as");
  /** Time words skipped between a cue and its clause: "said Monday he …", "said last week the …". */
  private static final Set<String> EN_TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later", "recently", "again", "also",
      "previously", "repeatedly", "then", "afterward", "afterwards", "morning", "afternoon", "evening", "night",
      "overnight", "late", "week", "month", "year", "weekend");
  /** Prepositions opening an adjunct between a cue and its clause: "said in an interview the …". */
  private static final Set<String> EN_ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before",
      "from", "via", "through", "outside", "inside", "by", "with", "over", "without", "under", "following");
  /** Verbs of publishing: "X published a notice saying …" reports X's words. */
  private static final Set<String> EN_PUBLISHING = Set.of("published", "issued", "released", "sent", "posted",
      "put", "distributed", "tweeted", "filed", "shared", "circulated", "unveiled", "publishes", "issues",
      "releases", "sends", "posts", "issuing", "publishing", "releasing", "sending", "posting");
  /** Nouns that carry words: "a notice saying …", "reports by X saying …". */
  private static final Set<String> EN_MESSAGE_NOUNS = Set.of("notice", "notices", "statement", "statements",
      "release", "releases", "report", "reports", "letter", "letters", "memo", "note", "email", "emails",
      "e-mail", "message", "messages", "tweet", "tweets", "post", "posts", "sign", "signs", "banner", "banners",
      "notes", "document", "documents", "filing", "filings", "video", "advisory", "bulletin", "warning",
      "warnings", "text", "texts", "poster", "posters", "leaflet", "leaflets", "flyer", "flyers", "petition");
  /** Participles that report speech after "be" (progressive): "critics have been saying that …". */
  private static final Set<String> EN_PROGRESSIVE = Set.of("saying", "telling", "arguing", "warning", "claiming",
      "insisting", "suggesting", "predicting", "asserting", "complaining", "explaining", "stressing");
  private static final Set<String> EN_BE = Set.of("is", "are", "was", "were", "been", "'s", "'re", "am");
  /** Plural time nouns of "for years" between an auxiliary and a participle. */
  private static final Set<String> EN_DURATIONS = Set.of("years", "months", "weeks", "days", "decades", "hours",
      "ages", "some", "time", "long");

  /** Words before the cue that make it not a report: negation, modals, passive voice. */
  private static final Set<String> EN_BLOCKERS = Set.of("not", "never", "n't", "would", "could", "might", "may",
      "should", "must", "can", "cannot", "shall", "will", "to", "is", "was", "were", "are", "be", "been", "being",
      "am", "do", "does", "did", "don't", "doesn't", "didn't", "won't", "wouldn't", "couldn't", "can't", "let's",
      "hardly", "rarely", "seldom", "nobody", "no", "nor", "barely", "unless", "needless", "so-called", "i'd",
      "you'd", "we'd", "they'd", "he'd", "she'd", "let", "gets", "get");
  /** Words that end a mention when walking back from the cue (not part of it). */
  private static final Set<String> EN_MENTION_STOPS = Set.of("but", "and", "or", "so", "yet", "while", "when",
      "whereas", "although", "though", "because", "after", "before", "as", "if", "that", "which", "who", "whom",
      "where", "than", "what", "whatever", "whether", "then", "now", "meanwhile", "however", "instead", "in", "on",
      "at", "by", "with", "from", "to", "during", "under", "over", "into", "about", "against", "among", "through",
      "across", "until", "unless", "once", "since", "also", "both", "either", "neither", "is", "was", "were",
      "are", "be", "been", "has", "had", "have", "do", "did", "does", "said", "says", "told", "how", "why",
      "thus", "hence", "therefore", "whose", "within", "without", "outside", "inside", "upon", "per", "via",
      "like", "unlike", "despite", "except", "besides", "beyond", "toward", "towards", "behind", "amid");
  /** Words starting a noun phrase: included in the mention, and the walk back stops there. */
  private static final Set<String> EN_DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its",
      "his", "her", "their", "our", "my", "your", "several", "some", "many", "most", "other", "another", "both",
      "all", "two", "three", "four", "five", "few", "various", "numerous", "one", "each", "every", "any", "no");
  /** Words that, coming before the mention, make the cue not a report of speech ("as he said", "what X said"). */
  private static final Set<String> EN_MENTION_BLOCKERS = Set.of("what", "than", "whatever", "if", "whether",
      "how", "why", "where", "when", "unless", "to", "whoever", "whom", "nor");
  /** Clause openings after a cue that are not reported content ("said so", "said little"). */
  private static final Set<String> EN_EMPTY_OBJECTS = Set.of("so", "nothing", "something", "anything",
      "little", "much", "yes", "no", "hello", "goodbye", "thanks", "thank", "sorry", "otherwise",
      "too", "as", "goodnight", "farewell", "amen", "grace", "a", "an", "the", "this", "these", "those", "his",
      "her", "its", "their", "our", "my", "your", "about", "of", "for", "with", "by", "and", "or", "but", "to",
      "which", "what", "why", "how", "who", "when");
  /** Auxiliaries and modals: a phrase holding one is a clause, not a speaker's name. */
  private static final Set<String> EN_VERBISH = Set.of("is", "was", "are", "were", "has", "have", "had", "will",
      "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "be", "been", "being", "not",
      "that", "there", "it");
  /** Words before "say"/"claim"/"report" that make it a noun: "the final say", "a claim". */
  private static final Set<String> NOUN_SAY_BEFORE = Set.of("final", "a", "the", "no", "any", "some", "more",
      "little", "much", "equal", "last", "big", "bigger", "real", "strong", "greater", "direct", "annual", "new",
      "latest", "recent", "first", "this", "that", "such", "false", "similar", "his", "her", "its", "their");
  /** Participles whose clause may start with a noun phrase: "noting the board lobbies …". */
  private static final Set<String> PARTICIPLES_WITH_NOUN_CLAUSE = Set.of("noting", "arguing", "insisting",
      "warning", "claiming", "stressing");
  /** Objects of "claim" that are not speech: "claimed responsibility". */
  private static final Set<String> CLAIM_OBJECTS = Set.of("responsibility", "credit", "victory", "ownership",
      "asylum", "compensation", "damages", "benefits", "refugee", "title", "seats", "prize", "land", "territory",
      "victories", "responsibilities", "status", "lives", "life");
  /** Openings of a clause that is only the setting of the report: "When asked …, he said …". */
  private static final Set<String> EN_SUBORDINATORS = Set.of("when", "if", "while", "asked", "told", "after",
      "before", "although", "though", "because", "since", "as", "in", "on", "at", "during", "despite", "for",
      "with", "unlike", "like", "speaking", "responding", "referring", "following", "given", "pressed", "once",
      "until", "unless", "whether", "writing", "addressing", "reacting", "commenting", "interviewed", "quoted");
  /** Words opening an adjunct after a cue: "said in a statement", "said Thursday". */
  private static final Set<String> EN_ADJUNCTS = Set.of("in", "on", "at", "during", "after", "before", "while",
      "from", "via", "through", "outside", "inside", "by", "with", "earlier", "later", "yesterday", "today",
      "tonight", "recently", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last",
      "late", "afterward", "afterwards", "then", "when", "also", "again", "previously", "repeatedly", "over",
      "this", "next", "told", "adding", "without", "under", "following", "ahead", "shortly", "once");
  private static final Set<String> EN_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof",
      "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpl", "mt", "no", "inc", "corp", "ltd", "co", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "fig", "hon",
      "rev", "ste", "mme", "mlle", "mm", "me", "cie", "av", "boul", "approx", "dept", "univ", "est", "ft", "pp",
      "maj", "adm", "supt", "insp", "det", "const", "cst", "msgr", "fr", "p", "m");

  // French: cue verbs as finite forms or past participles, with "que" required after them.
  private static final Set<String> FR_CUES = new java.util.HashSet<>();
  /** Inverted cues after a clause: "…, indique-t-il", "…, a-t-elle précisé", "…, estime le ministre". */
  private static final Set<String> FR_AUX = Set.of("a", "ont", "avait", "avaient", "aurait", "auraient", "a-t-il",
      "a-t-elle", "a-t-on", "ont-ils", "ont-elles", "avait-il", "avait-elle", "avaient-ils", "aurait-il",
      "aurait-elle", "va", "vont");
  private static final Set<String> FR_PRONOUNS = Set.of("il", "elle", "ils", "elles", "on");
  /** Forms of "faire" before "savoir"/"valoir": "a fait savoir que", "faisait valoir que". */
  private static final Set<String> FR_FAIRE = Set.of("fait", "faisait", "font", "faisaient", "fera", "feront");
  private static final Set<String> FR_BETWEEN = Set.of("a", "ont", "avait", "avaient", "aussi", "également",
      "encore", "alors", "ensuite", "déjà", "notamment", "d'ailleurs", "toutefois", "cependant", "pourtant",
      "lui", "leur", "même", "bien", "plutôt", "par", "ailleurs", "récemment", "souvent", "toujours",
      "publiquement", "fermement", "clairement", "simplement", "enfin", "d'abord", "aussitôt", "immédiatement",
      "fait", "faisait", "font", "faisaient", "fera", "feront");
  private static final Set<String> FR_BLOCKERS = Set.of("ne", "n'", "pas", "jamais", "guère", "plus", "point",
      "pourrait", "pourraient", "devrait", "devraient", "peut", "peuvent", "doit", "doivent", "faut", "voudrait",
      "aurait", "auraient", "serait", "seraient", "est", "sont", "était", "étaient", "être", "été", "se", "s'",
      "de", "d'", "à", "pour", "sans", "voulu");
  private static final Set<String> FR_MENTION_STOPS = Set.of("mais", "et", "ou", "car", "donc", "or", "puis",
      "alors", "lorsque", "lorsqu'", "quand", "si", "comme", "où", "dont", "que", "qu'", "qui", "dans", "sur",
      "avec", "pour", "par", "en", "à", "au", "aux", "vers", "chez", "sans", "sous", "après", "avant", "depuis",
      "pendant", "selon", "est", "sont", "était", "a", "ont", "avait", "avaient", "ce", "cela", "ça", "c'",
      "parce", "puisque", "puisqu'", "tandis", "bien", "afin", "tout", "toutefois", "cependant", "pourtant",
      "ainsi", "aussi", "enfin", "entre", "contre", "malgré", "lors");
  private static final Set<String> FR_DETERMINERS = Set.of("le", "la", "les", "l'", "un", "une", "des", "ce",
      "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "plusieurs", "certains", "certaines", "deux",
      "trois", "quelques", "nombre", "bon", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "aucun", "aucune");
  private static final Set<String> FR_MENTION_BLOCKERS = Set.of("que", "qu'", "comme", "si", "ce", "ainsi");

  static {
    // present 3sg/3pl, imperfect, simple past and past participles of verbs of saying and opinion
    String[][] stems = {
        {"affirm", "er"}, {"déclar", "er"}, {"indiqu", "er"}, {"précis", "er"}, {"expliqu", "er"}, {"ajout", "er"},
        {"assur", "er"}, {"estim", "er"}, {"soulign", "er"}, {"rappel", "er"}, {"annonc", "er"}, {"confirm", "er"},
        {"avou", "er"}, {"jug", "er"}, {"pens", "er"}, {"considér", "er"}, {"signal", "er"}, {"soutien", "ir"},
        {"prévien", "ir"}, {"affirm", "er"}, {"insist", "er"}, {"raconter", ""}, {"racont", "er"}, {"admet", "tre"},
        {"reconnai", "tre"}, {"di", "re"}, {"écri", "re"}, {"cro", "ire"}, {"répét", "er"}, {"répond", "re"},
        {"rétorqu", "er"}, {"dénonc", "er"}, {"déplor", "er"}, {"craign", "ir"}, {"prétend", "re"},
        {"martel", "er"}, {"not", "er"}, {"observ", "er"}, {"avanc", "er"}, {"prédi", "re"}, {"constat", "er"},
        {"lanc", "er"}, {"révél", "er"}, {"mentionn", "er"}, {"fait valoir", ""}, {"fait savoir", ""},
        {"plaid", "er"}, {"concéd", "er"}, {"admett", "re"}, {"reconnaiss", "ent"}, {"sout", "enir"},
        {"prévi", "ent"}, {"cri", "er"}, {"promet", "tre"}, {"promett", "ent"}, {"assén", "er"}, {"tranch", "er"},
        {"spécifi", "er"}, {"clam", "er"}, {"certifi", "er"}, {"garant", "ir"}, {"reproch", "er"}, {"dément", "ir"}};
    for (String[] s : stems) {
      String st = s[0];
      if (s[1].equals("er")) {
        for (String end : List.of("e", "ent", "ait", "aient", "a", "èrent", "é", "ée", "és", "ées")) {
          FR_CUES.add(st + end);
        }
      } else if (!s[1].isEmpty()) {
        FR_CUES.add(st + s[1]);
      }
    }
    FR_CUES.addAll(List.of("dit", "disent", "disait", "disaient", "dira", "soutient", "soutiennent", "soutenait",
        "soutenu", "soutint", "prévient", "préviennent", "prévenu", "prévenait", "admet", "admettent", "admis",
        "admettait", "reconnaît", "reconnait", "reconnaissent", "reconnu", "reconnaissait", "écrit", "écrivent",
        "écrivait", "croit", "croient", "croyait", "cru", "répond", "répondent", "répondu", "répondait", "craint",
        "craignent", "craignait", "prétend", "prétendent", "prétendu", "prédit", "promet", "promis", "promettent",
        "garantit", "garanti", "dément", "démenti", "rétorque", "ajoute", "ajouté", "note", "noté", "lance",
        "lancé"));
  }

  /**
   * @param text     the text
   * @param language "en" or "fr"
   * @param taken    [start, end) spans already covered by quotes in quote marks, sorted; reported speech
   *                 overlapping them is not returned
   * @return reported speech in text order, non-overlapping
   */
  public List<Reported> find(String text, String language, List<int[]> taken) {
    if (text == null) throw new IllegalArgumentException("text is null");
    if (taken == null) taken = List.of();
    for (int[] t : taken) {
      if (t == null || t.length < 2 || t[0] > t[1]) throw new IllegalArgumentException("bad taken span");
    }
    boolean french = language != null && language.toLowerCase(Locale.ROOT).startsWith("fr");
    Tokens tk = new Tokens(text, french);
    List<Reported> found = new ArrayList<>();
    boolean[] skip = paragraphs(tk, found);
    int s = 0;
    for (int e : tk.sentenceEnds) {
      if (e > s && (skip == null || !skip[s])) {
        if (french) new FrenchSentence(tk, s, e, found).scan();
        else new EnglishSentence(tk, s, e, found).scan();
      }
      s = e;
    }
    found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Reported> out = new ArrayList<>(found.size());
    int lastEnd = -1;
    int ti = 0;
    for (Reported r : found) {
      if (r.start() < lastEnd) continue;
      while (ti < taken.size() && taken.get(ti)[1] <= r.start()) ti++;
      // a quote in marks may sit inside the clause (its share was checked on emitting), never across its edges
      boolean overlaps = false;
      int inside = 0;
      for (int k = ti; k < taken.size() && taken.get(k)[0] < r.end(); k++) {
        int[] q = taken.get(k);
        if (q[1] > r.start() && q[1] > q[0]) {
          if (q[0] >= r.start() && q[1] <= r.end()) {
            inside += q[1] - q[0];
          } else {
            overlaps = true;
            break;
          }
        }
      }
      if (overlaps || inside * 2 >= r.end() - r.start()) continue;
      out.add(r);
      lastEnd = r.end();
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Paragraphs: links to other stories, photo captions, embedded tweets and pull quotes

  /**
   * Reads each paragraph's shape. A link to another story ("READ MORE: …", "WATCH: …") or a photo caption (a
   * paragraph ending in a credit: "(Jane Roe/The Canadian Press)", "( Dreamstime )", "Jane Roe/THE CANADIAN PRESS")
   * is not the article's reporting: its tokens are flagged to skip. An embedded post ("… — Name (@handle) date")
   * and a pull quote ("… sentence. Name, role" with no final stop, the name met elsewhere in the article) are the
   * named source's words: added to {@code found}.
   */
  private static boolean[] paragraphs(Tokens tk, List<Reported> found) {
    boolean[] skip = null;
    boolean posts = tk.text.indexOf("(@") >= 0;
    int p0 = 0;
    for (int t = 1; t <= tk.n; t++) {
      if (t < tk.n && !tk.breakBefore[t]) continue;
      if (t > p0) {
        if (isStub(tk, p0, t) || isCaption(tk, p0, t)) {
          if (skip == null) skip = new boolean[tk.n + 1];
          java.util.Arrays.fill(skip, p0, t, true);
        } else {
          if (posts) embeddedPost(tk, p0, t, found);
          pullQuote(tk, p0, t, found);
        }
      }
      p0 = t;
    }
    return skip;
  }

  private static boolean isStub(Tokens tk, int p0, int p1) {
    if (p1 - p0 < 3 || !tk.word[p0]) return false;
    String w = tk.low[p0];
    if (w.equals("à") || w.equals("a")) {
      // "À LIRE AUSSI :", "À VOIR :"
      if (!tk.word[p0 + 1] || !(tk.low[p0 + 1].equals("lire") || tk.low[p0 + 1].equals("voir"))) return false;
      int c = p0 + 2;
      if (c < p1 && tk.word[c] && tk.low[c].equals("aussi")) c++;
      return c < p1 && tk.punct(c, ':');
    }
    if ((w.equals("lire") || w.equals("voir")) && tk.word[p0 + 1] && tk.low[p0 + 1].equals("aussi")) {
      return tk.punct(p0 + 2, ':');
    }
    if (w.equals("read") || w.equals("also") || w.equals("more")) {
      return tk.word[p0 + 1] && (tk.low[p0 + 1].equals("more") || tk.low[p0 + 1].equals("read")
          || tk.low[p0 + 1].equals("on")) && tk.punct(p0 + 2, ':');
    }
    return (w.equals("watch") || w.equals("related") || w.equals("listen") || w.equals("video")
        || w.equals("photos")) && tk.punct(p0 + 1, ':');
  }

  private static boolean isCaption(Tokens tk, int p0, int p1) {
    int last = p1 - 1;
    if (tk.punct(last, ')')) {
      int q = last - 1;
      while (q > p0 && last - q < 20 && !tk.punct(q, '(')) q--;
      if (q <= p0 || !tk.punct(q, '(')) return false;
      boolean slash = false, allCaps = true;
      int words = 0;
      for (int t = q + 1; t < last; t++) {
        if (tk.word[t]) {
          words++;
          if (!tk.capitalized(t)) allCaps = false;
        } else if (tk.punct(t, '/')) {
          slash = true;
        }
      }
      return words > 0 && (slash || allCaps);
    }
    // "… Jane Roe/THE CANADIAN PRESS": a credit glued with a slash
    for (int t = last - 1; t > p0 && last - t < 8; t--) {
      if (tk.punct(t, '/') && tk.capitalized(t - 1) && tk.capitalized(t + 1) && tk.end[t - 1] == tk.start[t]
          && tk.end[t] == tk.start[t + 1]) {
        for (int u = t + 1; u <= last; u++) if (!tk.capitalized(u)) return false;
        return true;
      }
    }
    return false;
  }

  /** "Text of the post. pic.twitter.com/… — Name (@handle) December 22, 2018": the text, by Name. */
  private static void embeddedPost(Tokens tk, int p0, int p1, List<Reported> found) {
    for (int t = p0 + 2; t + 2 < p1; t++) {
      if (!(tk.punct(t, '(') && tk.punct(t + 1, '@') && tk.word[t + 2])) continue;
      int ns = t;
      while (ns - 1 > p0 && t - ns < 6 && (tk.capitalized(ns - 1) || tk.word[ns - 1]
          && Lexicon.NAME_PARTICLES.contains(tk.low[ns - 1]) && tk.capitalized(ns))) {
        ns--;
      }
      while (ns < t && !tk.capitalized(ns)) ns++;
      if (ns == t || ns - 1 <= p0 || !isDash(tk, ns - 1)) return;
      String text = tk.text;
      int a = tk.start[p0];
      int b = tk.start[ns - 1];
      for (String link : new String[] {"pic.twitter.com", "http://", "https://", "t.co/", "www."}) {
        int x = text.indexOf(link, a);
        if (x >= 0 && x < b) b = x;
      }
      while (b > a && !Character.isWhitespace(text.charAt(b - 1))) {
        // a hashtag glued to the link ("#Storm" + "pic.twitter.com"): drop the whole word
        int w = b - 1;
        while (w > a && !Character.isWhitespace(text.charAt(w - 1))) w--;
        if (text.charAt(w) == '#' || text.charAt(w) == '@') b = w;
        else break;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
      if (b - a < 12 || words(text, a, b) < 3) return;
      found.add(new Reported(a, b, text.substring(tk.start[ns - 1], tk.end[ns - 1]), tk.start[ns], tk.end[t - 1]));
      return;
    }
  }

  private static boolean isDash(Tokens tk, int t) {
    return !tk.word[t] && (tk.first(t) == '—' || tk.first(t) == '–' || tk.first(t) == '-');
  }

  private static int words(String text, int a, int b) {
    int n = 0;
    boolean in = false;
    for (int i = a; i < b; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) n++;
      in = letter;
    }
    return n;
  }

  /** "It's a hard winter for seniors. Jane Roe, Lakeview mayor": the sentences before the name are hers. */
  private static void pullQuote(Tokens tk, int p0, int p1, List<Reported> found) {
    int last = p1 - 1;
    if (!tk.word[last]) return;
    int j = last;
    while (j > p0 && !((tk.punct(j, '.') || tk.punct(j, '!') || tk.punct(j, '?')) && j + 1 <= last
        && tk.end[j] < tk.start[j + 1])) {
      j--; // a stop followed by a space ("Example.ca" holds a glued one)
    }
    if (j <= p0 || !tk.capitalized(j + 1) || tk.end[j - 1] != tk.start[j]) return;
    if (tk.word[j - 1] && tk.end[j - 1] == tk.start[j] && (tk.low[j - 1].length() == 1
        || tk.low[j - 1].indexOf('.') >= 0 || EN_ABBREVIATIONS.contains(tk.low[j - 1]))) {
      return; // "Dr. Roe", "U.S. Treasury": not a sentence end
    }
    if (!tk.capitalized(p0) && !(tk.word[p0] && Character.isDigit(tk.first(p0)))) return; // not a sentence start
    int c = j + 1;
    while (c <= last && !tk.comma(c)) {
      if (!tk.capitalized(c) && !tk.punct(c, '.') && !tk.punct(c, '’') && !tk.punct(c, '\'')) return;
      c++;
    }
    int nameWords = 0;
    for (int t = j + 1; t < c; t++) if (tk.word[t]) nameWords++;
    if (nameWords < 1 || nameWords > 4) return;
    int roleWords = 0;
    for (int t = c + 1; t <= last; t++) {
      if (tk.word[t]) {
        roleWords++;
      } else if (!tk.punct(t, '.') && !tk.punct(t, '-') && !tk.punct(t, '’') && !tk.punct(t, '\'')) {
        return;
      }
    }
    if (roleWords > 6 || c <= last && roleWords == 0) return;
    int bodyWords = 0;
    for (int t = p0; t < j; t++) {
      if (tk.word[t]) bodyWords++;
      else if (isQuoteMark(tk.first(t))) return;
    }
    if (bodyWords < 5) return;
    String name = tk.text.substring(tk.start[j + 1], tk.end[c - 1]);
    int pa = tk.start[p0], pb = tk.end[last];
    int x = tk.text.indexOf(name);
    while (x >= 0 && x >= pa && x < pb) x = tk.text.indexOf(name, x + 1);
    if (x < 0) return; // a name met nowhere else is a credit, not a source
    found.add(new Reported(pa, tk.start[j], "—", tk.start[j + 1], tk.end[c - 1]));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Tokens and sentences

  /** Word and punctuation tokens of a text, with their sentence ends, made in one pass. */
  private static final class Tokens {
    /** One shared string per ASCII character: punctuation tokens need no allocation. */
    private static final String[] ASCII = new String[128];

    static {
      for (char c = 0; c < 128; c++) ASCII[c] = String.valueOf(c);
    }

    final String text;
    int n;
    int[] start = new int[256];
    int[] end = new int[256];
    String[] low = new String[256];
    /** true for words, false for punctuation */
    boolean[] word = new boolean[256];
    /** true when a line break precedes the token */
    boolean[] breakBefore = new boolean[256];
    /** true when the token stands inside quote marks opened earlier in its paragraph */
    boolean[] quoted;
    final List<Integer> sentenceEnds = new ArrayList<>();

    Tokens(String text, boolean french) {
      this.text = text;
      int len = text.length();
      int i = 0;
      boolean sawBreak = true;
      while (i < len) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
          if (c != '\n' || paragraphBreak(text, i)) sawBreak = true;
          i++;
          continue;
        }
        if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)
            || Character.getType(c) == Character.FORMAT) {
          i++;
          continue;
        }
        int j = i;
        if (Character.isLetterOrDigit(c)) {
          j = i + 1;
          while (j < len) {
            char d = text.charAt(j);
            if (d < 128 ? (d | 0x20) >= 'a' && (d | 0x20) <= 'z' || d >= '0' && d <= '9'
                : Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
              j++;
            } else if ((d == '\'' || d == '’' || d == '-' || d == '‑' || d == '.' || d == ',') && j + 1 < len
                && Character.isLetterOrDigit(text.charAt(j + 1))) {
              if (d == ',' && !(Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1)))) break;
              if (d == '.' && !(Character.isDigit(text.charAt(j - 1)) || isShortPiece(text, i, j))) break;
              if (french && (d == '\'' || d == '’') && isElision(text, i, j)) {
                j++; // keep "l'" "d'" "qu'" as their own token
                break;
              }
              j += 2;
            } else {
              break;
            }
          }
          add(i, j, true, sawBreak);
        } else {
          j = i + 1;
          if (Character.isHighSurrogate(c) && j < len) j++;
          add(i, j, false, sawBreak);
        }
        sawBreak = false;
        i = j;
      }
      quoted = new boolean[n];
      boolean open = false;
      for (int t = 0; t < n; t++) {
        if (breakBefore[t]) open = false;
        if (!word[t]) {
          char c = text.charAt(start[t]);
          if (c == '“' || c == '«') {
            open = true;
          } else if (c == '”' || c == '»') {
            open = false;
          } else if (c == '"') {
            open = !open;
          }
        }
        quoted[t] = open;
      }
      // sentence ends (exclusive token indices)
      for (int t = 0; t < n; t++) {
        if (t > 0 && breakBefore[t]) {
          addEnd(t);
          continue;
        }
        if (word[t]) continue;
        char c = text.charAt(start[t]);
        if (c == '.' || c == '!' || c == '?' || c == '…' || c == ';') {
          int u = t + 1;
          while (u < n && !word[u] && !breakBefore[u] && isCloser(text.charAt(start[u]))) u++;
          if (u >= n || breakBefore[u]) continue; // the break or the end closes it
          if (c == ';') {
            addEnd(u);
            continue;
          }
          char next = text.charAt(start[u]);
          boolean capital = Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next);
          if (!capital) continue;
          if (c == '.' && u == t + 1 && t > 0 && word[t - 1] && end[t - 1] == start[t] && isAbbreviation(t - 1)) {
            continue;
          }
          addEnd(u);
        }
      }
      addEnd(n);
    }

    /**
     * Whether the line feed at {@code i} ends a paragraph rather than wrapping a line (newswire text is often
     * hard-wrapped): a blank line or an indented next line, a previous line ending in terminal punctuation, or a
     * short previous line (a title or subheading).
     */
    private static boolean paragraphBreak(String text, int i) {
      int j = i + 1;
      if (j >= text.length()) return true;
      char next = text.charAt(j);
      if (next == '\n' || next == '\r' || next == ' ' || next == '\t' || next == '\u00a0') return true;
      int p = i - 1;
      while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\r' || text.charAt(p) == '\t')) p--;
      if (p < 0) return true;
      char c = text.charAt(p);
      if (".!?:;\"”»)…".indexOf(c) >= 0) return true;
      int lineStart = text.lastIndexOf('\n', p);
      return p - lineStart < 50;
    }

    private void addEnd(int t) {
      if (sentenceEnds.isEmpty() || sentenceEnds.get(sentenceEnds.size() - 1) < t) sentenceEnds.add(t);
    }

    private boolean isAbbreviation(int w) {
      String s = low[w];
      if (s.length() == 1 && Character.isLetter(s.charAt(0))) return true; // an initial: "J. Smith"
      if (s.indexOf('.') >= 0) return true; // "U.S." "B.C."
      return EN_ABBREVIATIONS.contains(s);
    }

    private static boolean isShortPiece(String text, int wordStart, int dot) {
      // "U.S" "B.C" "a.m": the piece before the dot is a single letter
      int k = dot - 1;
      return k == wordStart || text.charAt(k - 1) == '.';
    }

    private static boolean isElision(String text, int wordStart, int apostrophe) {
      int len = apostrophe - wordStart;
      if (len > 7) return false;
      String p = text.substring(wordStart, apostrophe).toLowerCase(Locale.ROOT);
      return switch (p) {
        case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu" -> true;
        default -> false;
      };
    }

    private void add(int s, int e, boolean isWord, boolean brk) {
      if (n == start.length) {
        int m = n * 2;
        start = java.util.Arrays.copyOf(start, m);
        end = java.util.Arrays.copyOf(end, m);
        low = java.util.Arrays.copyOf(low, m);
        word = java.util.Arrays.copyOf(word, m);
        breakBefore = java.util.Arrays.copyOf(breakBefore, m);
      }
      start[n] = s;
      end[n] = e;
      word[n] = isWord;
      breakBefore[n] = brk;
      low[n] = isWord ? lower(text, s, e) : e == s + 1 && text.charAt(s) < 128 ? ASCII[text.charAt(s)] : text.substring(s, e);
      n++;
    }

    private static String lower(String text, int s, int e) {
      boolean plain = true;
      for (int i = s; i < e; i++) {
        char c = text.charAt(i);
        if (c == '’' || Character.isUpperCase(c)) {
          plain = false;
          break;
        }
      }
      String w = text.substring(s, e);
      return plain ? w : w.replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    char first(int t) {
      return text.charAt(start[t]);
    }

    boolean capitalized(int t) {
      return word[t] && Character.isUpperCase(text.charAt(start[t]));
    }

    boolean punct(int t, char c) {
      return !word[t] && text.charAt(start[t]) == c;
    }

    boolean comma(int t) {
      return !word[t] && (text.charAt(start[t]) == ',');
    }

    /** A pause that can open or close an incise: comma, dash or parenthesis. */
    boolean pause(int t) {
      if (word[t]) return false;
      char c = text.charAt(start[t]);
      return c == ',' || c == '—' || c == '–';
    }
  }

  /** An adverb in -ly ("helpfully", "rudely"), not a noun like "family" or "assembly". */
  static boolean isLyAdverb(String w) {
    return w.length() >= 5 && w.endsWith("ly") && !EN_LY_NOUNS.contains(w);
  }

  static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '\'' || c == '›';
  }

  static boolean isOpener(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '«' || c == '(' || c == '[' || c == '\'' || c == '‹' || c == '—'
        || c == '-' || c == '•';
  }

  static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '‘' || c == '‹' || c == '›';
  }

  // ---------------------------------------------------------------------------------------------------------
  // Shared sentence machinery

  private abstract static class Sentence {
    final Tokens tk;
    final int from;
    final int to;
    final List<Reported> out;
    /** token range [clauseFrom, clauseTo) of the last clause emitted, and its mention, for participles */
    int subjectStart = -1;
    int subjectEnd = -1;

    Sentence(Tokens tk, int from, int to, List<Reported> out) {
      this.tk = tk;
      this.from = from;
      this.to = to;
      this.out = out;
    }

    abstract void scan();

    /** Last token of the sentence that is part of its content (trailing full stops and closers dropped). */
    int contentEnd() {
      int e = to;
      while (e > from && !tk.word[e - 1]) {
        char c = tk.first(e - 1);
        if (c == '.' || c == '!' || c == '?' || c == '…' || c == ';' || c == ':' || c == ',' || c == '—'
            || c == '–' || c == '-') {
          e--;
        } else {
          break;
        }
      }
      return e;
    }

    boolean question() {
      for (int t = to - 1; t >= from && !tk.word[t]; t--) if (tk.first(t) == '?') return true;
      return false;
    }

    int words(int a, int b) {
      int c = 0;
      for (int t = a; t < b; t++) if (tk.word[t]) c++;
      return c;
    }

    /**
     * Emits the clause [a, b) (token indices) when it has at least three words and any words in quote marks inside
     * it are a small part of it (a partial quote or a label in narration: "he was concerned to see China “acting
     * arbitrarily” by …"). An aside in parentheses of three words or more is the writer's, not the speaker's: it
     * cuts the clause in two pieces ("he would play (it had been years since his last win) and stay a week").
     */
    boolean emit(int a, int b, String cue, int ma, int mb) {
      while (a < b && !tk.word[a] && !isQuoteMark(tk.first(a)) && tk.first(a) != '(') a++;
      while (b > a && !tk.word[b - 1] && !isQuoteMark(tk.first(b - 1)) && tk.first(b - 1) != ')') b--;
      if (words(a, b) < 3) return false;
      if (tk.quoted[a] || tk.quoted[b - 1]) return false;
      if (!quotedShareOk(a, b)) return false;
      int ms = ma < 0 || mb <= ma ? -1 : tk.start[ma];
      int me = ma < 0 || mb <= ma ? -1 : tk.end[mb - 1];
      int open = -1;
      for (int t = a + 1; t < b; t++) {
        if (tk.punct(t, '(')) {
          open = t;
        } else if (open >= 0 && tk.punct(t, ')')) {
          if (words(open, t) >= 3) {
            boolean one = piece(a, open, cue, ms, me);
            boolean two = piece(t + 1, b, cue, ms, me);
            return one || two;
          }
          open = -1;
        }
      }
      out.add(new Reported(tk.start[a], tk.end[b - 1], cue, ms, me));
      return true;
    }

    private boolean piece(int a, int b, String cue, int ms, int me) {
      while (a < b && !tk.word[a] && !isQuoteMark(tk.first(a))) a++;
      while (b > a && !tk.word[b - 1] && !isQuoteMark(tk.first(b - 1))) b--;
      if (words(a, b) < 3 || tk.quoted[a] || tk.quoted[b - 1]) return false;
      out.add(new Reported(tk.start[a], tk.end[b - 1], cue, ms, me));
      return true;
    }

    /**
     * Whether the quote marks in [a, b) pair up (“ ”, « », ‘ ’, " ") and the words between them take under
     * {@link #QUOTED_SHARE} % of the clause's characters (a longer partial quote already stands for the clause).
     */
    boolean quotedShareOk(int a, int b) {
      int quotedChars = 0;
      int open = -1;
      char closer = 0;
      for (int t = a; t < b; t++) {
        if (tk.word[t]) continue;
        char c = tk.first(t);
        if (open < 0) {
          if (!isQuoteMark(c)) continue;
          closer = switch (c) {
            case '“' -> '”';
            case '«' -> '»';
            case '‘' -> '’';
            case '‹' -> '›';
            case '"' -> '"';
            default -> 0;
          };
          if (closer == 0) return false; // a closing mark with no opening one
          open = t;
        } else if (c == closer || (closer == '”' && c == '"') || (closer == '’' && c == '\'')) {
          quotedChars += tk.start[t] - tk.end[open];
          open = -1;
        }
      }
      if (open >= 0) return false;
      return quotedChars * 100 < (tk.end[b - 1] - tk.start[a]) * QUOTED_SHARE;
    }

    String cueText(int a, int b) {
      return tk.text.substring(tk.start[a], tk.end[b - 1]);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // English

  private static final class EnglishSentence extends Sentence {
    EnglishSentence(Tokens tk, int from, int to, List<Reported> out) {
      super(tk, from, to, out);
    }

    @Override
    void scan() {
      if (question()) return;
      int end = contentEnd();
      for (int i = from; i < end; i++) {
        if (!tk.word[i] || tk.quoted[i]) continue;
        String w = tk.low[i];
        if (w.equals("according") && i + 1 < end && tk.low[i + 1].equals("to")) {
          according(i, end);
          continue;
        }
        Tier tier = EN_CUES.get(w);
        if (tier != null) {
          if (tk.capitalized(i) && i > from && !(i == from + 1 && !tk.word[from])) continue; // "United States"
          cue(i, tier, end);
          continue;
        }
        if ((w.equals("went") || w.equals("goes")) && i + 1 < end && tk.low[i + 1].equals("on")
            && (i + 2 >= end || tk.pause(i + 2))) {
          incise(i, i + 2, end); // "…, he went on, that …"
          continue;
        }
        Tier part = EN_PARTICIPLES.get(w);
        if (part != null && i > from && (tk.comma(i - 1) || tk.word[i - 1] && tk.low[i - 1].equals("and")
            && i + 1 < end && tk.low[i + 1].equals("that"))) {
          // "…, saying …" and "… and adding that …"
          participle(i, part, end);
        } else if (i > from && w.endsWith("ing") && EN_PROGRESSIVE.contains(w)) {
          int b = skipAdverbs(i - 1);
          if (b >= from && tk.word[b] && EN_BE.contains(tk.low[b])) {
            // "critics have (for years) been saying that …": the progressive is a finite cue
            forward(i, Tier.CLAUSE, end, b);
          } else if (w.equals("saying")) {
            messageSaying(i, end);
          }
        }
      }
    }

    /** Index of the first token at or before {@code k} that is not an adverb in -ly or an EN_BETWEEN word. */
    private int skipAdverbs(int k) {
      while (k >= from && tk.word[k] && !tk.capitalized(k) && (isLyAdverb(tk.low[k])
          || EN_BETWEEN.contains(tk.low[k]) && !tk.low[k].equals("told"))) {
        k--;
      }
      return k;
    }

    /**
     * "… published a notice Tuesday saying (that) …", "… denied reports by CNBC saying …": a message noun a few
     * words before "saying" (no comma) carries the clause; its author is the subject of a publishing verb before
     * it, else the message itself (the resolver maps a document to its author).
     */
    private void messageSaying(int i, int end) {
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
      int[] m = null;
      if (ns - 1 >= from && tk.word[ns - 1] && EN_PUBLISHING.contains(tk.low[ns - 1])) m = mentionBefore(ns - 1);
      if (m == null) m = new int[] {ns, i};
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
      emit(k, stop, "saying", m[0], m[1]);
    }

    /** "According to X, …" and "…, according to X". */
    private void according(int i, int end) {
      int np = i + 2;
      int k = np;
      while (k < end && !tk.pause(k) && k - np < 14) k++;
      if (k == np) return;
      int mentionEnd = k;
      if (i == from || (i == from + 1 && !tk.word[from])) {
        if (k < end && tk.pause(k)) emit(k + 1, end, "according to", np, mentionEnd);
      } else if (tk.pause(i - 1)) {
        int a = clauseStartBefore(i - 1);
        emit(a, i - 1, "according to", np, mentionEnd);
        // "…, according to the city, and that rink is …"
        if (k < end && tk.pause(k) && k + 1 < end && tk.word[k + 1]) {
          int c = k + 1;
          if (tk.low[c].equals("and") || tk.low[c].equals("but")) c++;
          if (c < end && tk.word[c] && !EN_PARTICIPLES.containsKey(tk.low[c]) && !EN_VERBISH.contains(tk.low[c])
              && !tk.low[c].endsWith("ing")) {
            emit(c, end, "according to", np, mentionEnd);
          }
        }
      }
    }

    /** Start of the clause that ends at the pause {@code p}: the sentence start or just after a colon. */
    private int clauseStartBefore(int p) {
      int a = p;
      while (a > from && !(tk.punct(a - 1, ':'))) a--;
      return a;
    }

    private void cue(int i, Tier tier, int end) {
      // 1. incise after a clause: "…, Telford said." / "…, said Telford." / "…, he told reporters."
      if ((tier != Tier.THAT || i + 1 >= end || tk.pause(i + 1)) && incise(i, i + 1, end)) return;
      if (tier == Tier.FREE || tier == Tier.CLAUSE || tier == Tier.THAT || tier == Tier.DIRECTIVE) {
        forward(i, tier, end);
      }
    }

    /** Walks back from the cue over auxiliaries and the speaker's noun phrase: [ms, me) or null. */
    private int[] mentionBefore(int i) {
      int k = skipAdverbs(i - 1);
      if (k < from) return null;
      if (tk.word[k] && EN_BLOCKERS.contains(tk.low[k])) return null;
      if (tk.word[k] && tk.low[k].endsWith("n't")) return null;
      if (tk.word[k] && (tk.low[k].endsWith("'s") || tk.low[k].endsWith("s'")) && !tk.capitalized(k)
          || (!tk.word[k] && (tk.first(k) == '\'' || tk.first(k) == '’'))) {
        return null; // "the mayor's claims": a noun, not a cue
      }
      if (tk.word[k] && NOUN_SAY_BEFORE.contains(tk.low[k]) && !tk.low[i].endsWith("d")) return null;
      if (tk.comma(k)) return apposition(k);
      int me = k + 1;
      // relative "…, who said": the speaker is the phrase before the comma
      if (tk.word[k] && (tk.low[k].equals("who") || tk.low[k].equals("which")) && k - 1 > from && tk.comma(k - 1)) {
        if (k - 2 >= from && tk.capitalized(k - 2)) {
          int[] np = phraseEndingAt(k - 2);
          if (np != null) return np;
        }
        return apposition(k - 1);
      }
      int[] np = phraseEndingAt(k);
      if (np == null) return null;
      int before = np[0] - 1;
      if (before >= from && tk.word[before] && EN_MENTION_BLOCKERS.contains(tk.low[before])) return null;
      return np[1] == me ? np : null;
    }

    /**
     * The subject before "X, Y, said": a name set off by commas ("His lawyers, Ann Roy and Ed Lee, said") or
     * the phrase before a description ("Ken Njoroge, chief executive of …, said").
     */
    private int[] apposition(int comma) {
      int c2 = comma - 1;
      while (c2 > from && !tk.comma(c2) && comma - c2 < 9 && (tk.word[c2] || tk.punct(c2, '.')
          || tk.punct(c2, '\'') || tk.punct(c2, '’') || tk.punct(c2, '-'))) {
        c2--;
      }
      if (c2 > from && tk.comma(c2) && c2 + 1 < comma && tk.capitalized(c2 + 1)) {
        boolean name = true;
        for (int t = c2 + 1; t < comma; t++) {
          if (tk.word[t] && !tk.capitalized(t) && !tk.low[t].equals("and") && !tk.low[t].equals("of")) name = false;
        }
        if (name) return new int[] {c2 + 1, comma};
      }
      // the sentence's opening phrase, up to its first comma: "Ken Njoroge, chief executive of …, said"
      int s = from;
      while (s < comma && !tk.word[s]) s++;
      if (s >= comma || EN_MENTION_STOPS.contains(tk.low[s]) || EN_ADJUNCTS.contains(tk.low[s])) return null;
      int e = s;
      while (e < comma && !tk.comma(e) && e - s < 9) {
        if (tk.word[e] && EN_VERBISH.contains(tk.low[e]) && !tk.capitalized(e)) return null;
        if (!tk.word[e] && !tk.punct(e, '.') && !tk.punct(e, '\'') && !tk.punct(e, '’')) return null;
        e++;
      }
      if (!tk.comma(e) || e == s) return null;
      if (EN_PRONOUN_MENTIONS.contains(tk.low[s]) && e > s + 1) return null;
      return new int[] {s, e};
    }

    /** The noun phrase whose last token is {@code k}: [start, k + 1), or null. */
    private int[] phraseEndingAt(int k) {
      if (k < from || !tk.word[k]) return null;
      String last = tk.low[k];
      if (EN_MENTION_STOPS.contains(last) || EN_DETERMINERS.contains(last) || EN_BLOCKERS.contains(last)) {
        return null;
      }
      if (EN_PRONOUN_MENTIONS.contains(last) || last.equals("you")) {
        return last.equals("you") ? null : new int[] {k, k + 1};
      }
      int s = k;
      int count = 1;
      while (s - 1 >= from && count < 9) {
        int p = s - 1;
        if (!tk.word[p]) {
          char c = tk.first(p);
          if ((c == '.' && p > from && tk.word[p - 1] && tk.end[p - 1] == tk.start[p]
              && tk.capitalized(p - 1)) || c == '\'' || c == '’' || c == '&') {
            s = p; // "Mr." "Dr." "U.S."
            continue;
          }
          break;
        }
        String w = tk.low[p];
        if (EN_DETERMINERS.contains(w)) {
          s = p;
          break;
        }
        if (EN_MENTION_STOPS.contains(w) || EN_PRONOUN_MENTIONS.contains(w) || EN_CUES.containsKey(w)
            || EN_BLOCKERS.contains(w) || EN_BETWEEN.contains(w)) {
          break;
        }
        s = p;
        count++;
      }
      while (s <= k && !tk.word[s]) s++;
      if (s > k) return null;
      return new int[] {s, k + 1};
    }

    /** "…, Telford said." and "…, said Telford." and mid-sentence "…, Scheer said, that …". */
    private boolean incise(int i, int cueEnd, int end) {
      int[] m = mentionBefore(i);
      int pauseAt;
      int ma;
      int mb;
      int k;
      int descr = describedSubject(i);
      if (m != null && m[0] - 1 > from && (tk.pause(m[0] - 1) || closingQuote(m[0] - 1))) {
        pauseAt = m[0] - 1;
        ma = m[0];
        mb = m[1];
        k = afterAdjunct(i, cueEnd, end);
      } else if (cueEnd != i + 1) {
        return false; // "went on" is an incise only after its subject
      } else if (descr > from) {
        // "…, a security guard present during the attack told Reuters."
        pauseAt = descr - 1;
        ma = descr;
        mb = i;
        while (mb > ma && EN_BETWEEN.contains(tk.low[mb - 1])) mb--;
        k = afterAdjunct(i, i + 1, end);
      } else if (i - 1 > from && tk.pause(i - 1) && i + 1 < end && tk.word[i + 1]) {
        // inverted: ", said Telford" / ", argued Palvetzian" / ", said a statement from the office"
        String first = tk.low[i + 1];
        if (first.equals("that") || first.equals("this") || EN_VERBISH.contains(first)
            || EN_MENTION_STOPS.contains(first) || EN_EMPTY_OBJECTS.contains(first) && !EN_DETERMINERS.contains(first)) {
          return false;
        }
        boolean subjectShape = EN_PRONOUN_MENTIONS.contains(first) || EN_DETERMINERS.contains(first)
            || tk.capitalized(i + 1) || (i + 2 < end && tk.capitalized(i + 2));
        if (!subjectShape) return false;
        // "Tom Reyes, the club's treasurer, said the roof …": the subject is before, the clause after
        int[] app = apposition(i - 1);
        if (app != null && !EN_PRONOUN_MENTIONS.contains(first)) {
          int s0 = from;
          while (s0 < i && !tk.word[s0]) s0++;
          if (app[0] == s0 || app[0] > s0 && tk.comma(app[0] - 1)) return false;
        }
        int e = i + 1;
        if (EN_PRONOUN_MENTIONS.contains(first)) {
          e = i + 2;
        } else {
          while (e < end && (tk.word[e] || tk.punct(e, '.') || tk.punct(e, '\'') || tk.punct(e, '’')) && e - i <= 9
              && (e == i + 1 || !EN_ADJUNCTS.contains(tk.low[e]))) {
            if (tk.word[e] && EN_VERBISH.contains(tk.low[e])) return false;
            e++;
          }
        }
        pauseAt = i - 1;
        ma = i + 1;
        mb = e;
        k = afterAdjunct(i, e, end);
      } else {
        return false;
      }
      if (k < 0) return false;
      int a = clauseStartBefore(pauseAt);
      int a1 = a;
      while (a1 < pauseAt && !tk.word[a1]) a1++;
      if (a1 + 1 < pauseAt && (tk.low[a1].equals("but") || tk.low[a1].equals("and") || tk.low[a1].equals("yet")
          || tk.low[a1].equals("so"))) {
        a1++;
      }
      if (a1 < pauseAt && EN_SUBORDINATORS.contains(tk.low[a1]) && k < end) return false;
      String cue = tk.text.substring(tk.start[i], tk.end[i]);
      boolean before = emit(a, pauseAt, cue, ma, mb);
      // a continuation after the incise: "…, Scheer said, that the country is …"
      if (k < end && tk.pause(k) && k + 1 < end && tk.word[k + 1]) {
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
        if (!stops && (before || w.equals("that"))) {
          if (w.equals("that")) c++;
          int stop = c;
          while (stop < end && !(tk.pause(stop) && stop + 1 < end && tk.word[stop + 1]
              && (tk.low[stop + 1].equals("according") || EN_PARTICIPLES.containsKey(tk.low[stop + 1])))) {
            stop++;
          }
          emit(c, stop, cue, ma, mb);
        }
      }
      subjectStart = ma;
      subjectEnd = mb;
      return true;
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

    private boolean closingQuote(int t) {
      if (tk.word[t]) return false;
      char c = tk.first(t);
      return c == '”' || c == '»' || (c == '"' && !tk.quoted[t]);
    }

    /**
     * Start of a subject phrase between a pause and the cue that holds prepositions ("a guard present during the
     * attack"), or -1: at most ten words, no auxiliary, starting with a determiner or a capital.
     */
    private int describedSubject(int i) {
      int p = i - 1;
      while (p > from && tk.word[p] && i - p <= 10 && !EN_VERBISH.contains(tk.low[p])
          && !EN_CUES.containsKey(tk.low[p]) && !EN_PRONOUN_MENTIONS.contains(tk.low[p])) {
        p--;
      }
      if (p <= from || !tk.pause(p) || p + 1 >= i - 1) return -1;
      String first = tk.low[p + 1];
      if (!(EN_DETERMINERS.contains(first) || tk.capitalized(p + 1))) return -1;
      return p + 1;
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

    /** "The mayor said (that) …", "Secord told CTV News (that) …", "BC Hydro urged residents to …". */
    private void forward(int i, Tier tier, int end) {
      forward(i, tier, end, i);
    }

    /** As above, the speaker's phrase ending before token {@code mentionAt} (the cue, or "been" in "been saying"). */
    private void forward(int i, Tier tier, int end, int mentionAt) {
      if (mentionAt != i) {
        // "have for years been saying": skip "for years" before the auxiliary
        int b = mentionAt - 1;
        if (b - 1 >= from && EN_DURATIONS.contains(tk.low[b]) && tk.low[b - 1].equals("for")) mentionAt = b - 1;
      }
      int[] m = mentionBefore(mentionAt);
      if (m == null && subjectStart >= 0 && i - 1 > from && tk.word[i - 1]
          && (tk.low[i - 1].equals("and") || tk.low[i - 1].equals("but"))) {
        m = new int[] {subjectStart, subjectEnd}; // "He said …, and added …"
      }
      if (m == null) return;
      int k = i + 1;
      if (k >= end) return;
      String w = tk.low[i];
      // "“…,” McCallum told the council on Nov. 15": the cue attributes the quote before it
      int b = m[0] - 1;
      if (b >= from && (closingQuote(b) || (tk.pause(b) && b - 1 >= from && closingQuote(b - 1)))) return;
      if (CLAIM_OBJECTS.contains(tk.low[k]) && w.startsWith("claim")) return;
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
            if (tier == Tier.FREE) return; // "told stories", "tells part of the story": not a report
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
      if (k >= end) return;
      if (!that) {
        if (tier == Tier.THAT) return;
        if (!tk.word[k]) {
          if (!tk.comma(k)) return;
          // "said, in a statement, the plan …" — skip the aside
          int t = k + 1;
          while (t < end && !tk.comma(t) && t - k < 8) t++;
          if (t >= end || !tk.comma(t)) return;
          k = t + 1;
          if (k >= end || !tk.word[k]) return;
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
            return;
          }
          k = t;
        }
        if (k >= end || !tk.word[k]) return;
        String first = tk.low[k];
        // "said when the Liberals dismiss …, they insult …": a subordinate clause opens the report
        if (tier == Tier.FREE && EN_CLAUSE_SUBORDINATORS.contains(first) && subordinateOpensClause(k, end)) {
          emit(k, end, tk.text.substring(tk.start[i], tk.end[i]), m[0], m[1]);
          return;
        }
        if (tier == Tier.DIRECTIVE) {
          if (!first.equals("to") && !first.equals("not") && !first.equals("never")) {
            // "urged residents to conserve" — an object first, then "to"
            int t = k;
            while (t < end && tk.word[t] && t - k < 4 && !tk.low[t].equals("to")) t++;
            if (t >= end || !tk.low[t].equals("to") || t == k) return;
            k = t;
          }
        } else {
          if (first.equals("to") || EN_EMPTY_OBJECTS.contains(first)) {
            if (!(first.equals("the") || first.equals("a") || first.equals("an") || first.equals("this")
                || first.equals("his") || first.equals("her") || first.equals("its") || first.equals("their")
                || first.equals("these") || first.equals("those") || first.equals("our") || first.equals("my")
                || first.equals("your")) || tier != Tier.FREE) {
              return;
            }
          }
          if (tier == Tier.CLAUSE && !EN_SUBJECT_PRONOUNS.contains(first)) return;
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
          if (quotedShareOk(k, full) && !tk.quoted[k]) {
            stop = full;
            break;
          }
          if (full > stop && tk.end[full - 1] - tk.start[stop] > tk.start[stop] - tk.start[k]) return;
          break;
        }
        stop++;
      }
      // "as he said, …" is an aside, not a report
      if (m[0] - 1 >= from && tk.word[m[0] - 1] && tk.low[m[0] - 1].equals("as")
          && (i + 1 >= end || tk.pause(i + 1))) {
        return;
      }
      String cue = tk.text.substring(tk.start[i], tk.end[i]);
      if (emit(k, stop, cue, m[0], m[1])) {
        subjectStart = m[0];
        subjectEnd = m[1];
      }
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

    /** "…, saying (that) …", "…, adding that …": the speaker is the sentence's subject. */
    private void participle(int i, Tier tier, int end) {
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
      int ma = subjectStart, mb = subjectEnd;
      if (ma < 0) {
        int[] s = sentenceSubject(i);
        if (s != null) {
          ma = s[0];
          mb = s[1];
        }
      }
      emit(k, stop, tk.text.substring(tk.start[i], tk.end[k > i + 1 && tk.low[i].equals("pointing") ? i + 1 : i]),
          ma, mb);
    }

    /** The subject at the start of the sentence: a pronoun or a run of capitalised words. */
    private int[] sentenceSubject(int limit) {
      int s = from;
      while (s < limit && !tk.word[s]) s++;
      if (s >= limit) return null;
      if (EN_PRONOUN_MENTIONS.contains(tk.low[s])) return new int[] {s, s + 1};
      if (EN_MENTION_STOPS.contains(tk.low[s]) || EN_ADJUNCTS.contains(tk.low[s])) return null;
      int e = s;
      if (EN_DETERMINERS.contains(tk.low[e])) e++;
      int capStart = e;
      while (e < limit && (tk.capitalized(e) || (!tk.word[e] && tk.first(e) == '.' && e > capStart))) e++;
      if (e == capStart) {
        // "The utility warned …": determiner and one noun
        if (e > s && e < limit && tk.word[e]) return new int[] {s, e + 1};
        return null;
      }
      return new int[] {s, e};
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // French

  private static final class FrenchSentence extends Sentence {
    FrenchSentence(Tokens tk, int from, int to, List<Reported> out) {
      super(tk, from, to, out);
    }

    @Override
    void scan() {
      if (question()) return;
      int end = contentEnd();
      for (int i = from; i < end; i++) {
        if (!tk.word[i] || tk.quoted[i]) continue;
        String w = tk.low[i];
        if ((w.equals("selon") || w.equals("d'après")) || (w.equals("d'") && i + 1 < end
            && tk.low[i + 1].equals("après"))) {
          int np = w.equals("d'") ? i + 2 : i + 1;
          selon(i, np, end);
          continue;
        }
        // inverted cues "indique-t-il", "a-t-elle précisé", "ont-ils affirmé"
        int hyphen = w.indexOf('-');
        if (hyphen > 0) {
          String stem = w.substring(0, hyphen);
          String suffix = w.substring(hyphen + 1).replace("t-", "");
          if (FR_PRONOUNS.contains(suffix)) {
            if (FR_CUES.contains(stem) && !FR_AUX.contains(stem)) {
              inverted(i, i + 1, end, pronounMention(i));
            } else if (FR_AUX.contains(w) && i + 1 < end && FR_CUES.contains(tk.low[i + 1])) {
              inverted(i, i + 2, end, pronounMention(i));
            }
            continue;
          }
        }
        if (FR_CUES.contains(w)) {
          cue(i, end);
        } else if ((w.equals("savoir") || w.equals("valoir")) && i > from && FR_FAIRE.contains(tk.low[i - 1])) {
          cue(i, end); // "a fait savoir que", "fait valoir que"
        }
      }
    }

    /** The pronoun inside "a-t-il" / "indique-t-elle", as a token-relative mention (start, end chars). */
    private int[] pronounMention(int i) {
      String raw = tk.text.substring(tk.start[i], tk.end[i]);
      int h = raw.lastIndexOf('-');
      return new int[] {tk.start[i] + h + 1, tk.end[i]};
    }

    /** "…, indique-t-il." with the clause before; mention given as character offsets. */
    private void inverted(int cueFrom, int cueTo, int end, int[] mentionChars) {
      if (cueFrom - 1 <= from || !tk.pause(cueFrom - 1)) return;
      int k = cueTo;
      while (k < end && tk.word[k] && k - cueTo <= 6) k++;
      if (!(k >= end || tk.pause(k))) return;
      int a = from;
      for (int t = cueFrom - 1; t > from; t--) if (tk.punct(t - 1, ':')) { a = t; break; }
      if (!clauseOk(a, cueFrom - 1)) return;
      emitChars(a, cueFrom - 1, cueText(cueFrom, cueTo), mentionChars[0], mentionChars[1]);
    }

    /** The clause before the cue must not itself be a report ("X a dit que …") already taken by another rule. */
    private boolean clauseOk(int a, int b) {
      for (int t = a; t < b; t++) if (tk.word[t] && (tk.low[t].equals("que") || tk.low[t].equals("qu'"))
          && t > a && FR_CUES.contains(tk.low[t - 1])) return false;
      return true;
    }

    private void emitChars(int a, int b, String cue, int ms, int me) {
      while (a < b && !tk.word[a] && !isQuoteMark(tk.first(a))) a++;
      while (b > a && !tk.word[b - 1] && !isQuoteMark(tk.first(b - 1))) b--;
      if (words(a, b) < 3) return;
      if (tk.quoted[a] || tk.quoted[b - 1]) return;
      for (int t = a; t < b; t++) if (!tk.word[t] && isQuoteMark(tk.first(t))) return;
      out.add(new Reported(tk.start[a], tk.end[b - 1], cue, ms, me));
    }

    /** "Selon X, …" and "…, selon X." */
    private void selon(int i, int np, int end) {
      int k = np;
      while (k < end && !tk.pause(k) && k - np < 12) k++;
      if (k == np) return;
      // "selon que", "selon les cas": not a source
      String first = tk.low[np];
      if (first.equals("que") || first.equals("qu'") || first.equals("les") && k - np <= 2
          && tk.low[np + 1].equals("cas")) {
        return;
      }
      if (i == from || (i == from + 1 && !tk.word[from])) {
        if (k < end && tk.pause(k)) emit(k + 1, end, cueText(i, np), np, k);
      } else if (tk.pause(i - 1) && k >= end) {
        int a = from;
        emit(a, i - 1, cueText(i, np), np, k);
      }
    }

    /** "X a affirmé que …", "X estime que …" and the inverted "…, estime X." */
    private void cue(int i, int end) {
      if (i - 1 >= from && tk.word[i - 1] && tk.low[i - 1].indexOf('-') > 0 && FR_AUX.contains(tk.low[i - 1])) {
        return; // "a-t-il dit": an inverted cue, handled by scan
      }
      // inverted with a noun subject: "…, a indiqué le ministre." / "…, estime Jean Tremblay."
      int cueFrom = i;
      if (i - 1 > from && FR_AUX.contains(tk.low[i - 1]) && tk.low[i - 1].indexOf('-') < 0) cueFrom = i - 1;
      if (cueFrom - 1 > from && tk.pause(cueFrom - 1) && i + 1 < end && tk.word[i + 1]
          && !tk.low[i + 1].equals("que") && !tk.low[i + 1].equals("qu'")) {
        int k = i + 1;
        while (k < end && tk.word[k] && k - i <= 7) k++;
        if ((k >= end || tk.pause(k)) && (tk.capitalized(i + 1) || FR_DETERMINERS.contains(tk.low[i + 1]))) {
          int a = from;
          if (clauseOk(a, cueFrom - 1)) {
            emit(a, cueFrom - 1, cueText(cueFrom, i + 1), i + 1, k);
            return;
          }
        }
      }
      // forward: "que" within a few tokens
      int k = i + 1;
      int q = -1;
      for (int t = k; t < end && t <= k + 6; t++) {
        if (!tk.word[t]) {
          if (tk.comma(t)) continue;
          break;
        }
        if (tk.low[t].equals("que") || tk.low[t].equals("qu'")) {
          q = t;
          break;
        }
        if (tk.low[t].endsWith("ant") && t > k) break; // "…, ajoutant que": another verb's clause
      }
      if (q < 0) return;
      int[] m = mentionBefore(i);
      if (m == null) return;
      int stop = q + 1;
      while (stop < end && !(tk.pause(stop) && stop + 1 < end && (tk.low[stop + 1].equals("selon")))) stop++;
      int cueStart = i;
      if (cueStart - 1 >= from && FR_FAIRE.contains(tk.low[cueStart - 1]) && !FR_CUES.contains(tk.low[i])) cueStart--;
      if (cueStart - 1 >= from && FR_AUX.contains(tk.low[cueStart - 1])) cueStart--;
      emit(q + 1, stop, cueText(cueStart, i + 1), m[0], m[1]);
    }

    /**
     * The subject before "X, qui …, a dit": the sentence's opening noun phrase up to its first comma, when the
     * words between that comma and the cue's comma open with a relative or hold a description ("Le ministre, qui
     * était à Gaspé, a affirmé", "Marie Roy, porte-parole de la ville, a indiqué").
     */
    private int[] apposition(int comma) {
      int s = from;
      while (s < comma && !tk.word[s]) s++;
      if (s >= comma || FR_MENTION_STOPS.contains(tk.low[s]) || FR_PRONOUNS.contains(tk.low[s])) return null;
      if (!(tk.capitalized(s))) return null;
      int e = s;
      while (e < comma && !tk.comma(e) && e - s < 9) {
        if (tk.word[e] && (FR_BLOCKERS.contains(tk.low[e]) || FR_CUES.contains(tk.low[e])
            || FR_AUX.contains(tk.low[e]))) {
          return null;
        }
        if (!tk.word[e] && !tk.punct(e, '.') && !tk.punct(e, '\'') && !tk.punct(e, '’') && !tk.punct(e, '-')) {
          return null;
        }
        e++;
      }
      if (e >= comma || !tk.comma(e) || e == s) return null;
      return new int[] {s, e};
    }

    private int[] mentionBefore(int i) {
      int k = i - 1;
      while (k >= from && tk.word[k] && (FR_BETWEEN.contains(tk.low[k]))) k--;
      if (k < from || !tk.word[k]) {
        if (k >= from && tk.comma(k)) return apposition(k); // "Le ministre, qui …, a affirmé que"
        return null;
      }
      String last = tk.low[k];
      if (FR_BLOCKERS.contains(last) || FR_MENTION_STOPS.contains(last) || FR_DETERMINERS.contains(last)) {
        return null;
      }
      if (FR_PRONOUNS.contains(last)) {
        if (k - 1 >= from && tk.word[k - 1] && FR_MENTION_BLOCKERS.contains(tk.low[k - 1])) return null;
        return new int[] {k, k + 1};
      }
      int s = k;
      int count = 1;
      while (s - 1 >= from && count < 9) {
        int p = s - 1;
        if (!tk.word[p]) {
          char c = tk.first(p);
          if (c == '.' && p > from && tk.capitalized(p - 1)) {
            s = p;
            continue;
          }
          break;
        }
        String w = tk.low[p];
        if (FR_DETERMINERS.contains(w)) {
          s = p;
          break;
        }
        if (w.equals("de") || w.equals("du") || w.equals("des") || w.equals("d'")) {
          s = p;
          count++;
          continue;
        }
        if (FR_MENTION_STOPS.contains(w) || FR_PRONOUNS.contains(w) || FR_CUES.contains(w)
            || FR_BLOCKERS.contains(w)) {
          break;
        }
        s = p;
        count++;
      }
      while (s <= k && !tk.word[s]) s++;
      if (s > k) return null;
      if (s - 1 >= from && tk.word[s - 1] && FR_MENTION_BLOCKERS.contains(tk.low[s - 1])) return null;
      return new int[] {s, k + 1};
    }
  }
}
