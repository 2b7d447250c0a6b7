package verbatim.extract;

import java.util.HashSet;
import java.util.Set;

/** Word lists for cues, names and roles in English and French. All entries lower-case, ’ written as '. */
final class Lexicon {
  private Lexicon() {}

  static final Set<String> HONORIFICS = set(
      "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "hon", "rev", "m", "mme", "mmes", "mlle", "me", "mgr", "pr");

  static final Set<String> MALE_HONORIFICS = set("mr", "m", "sir");
  static final Set<String> FEMALE_HONORIFICS = set("mrs", "ms", "miss", "mme", "mlle", "dame");

  /** Nouns naming a function or role: minister, mayor, porte-parole… (singular and plural). */
  static final Set<String> ROLE_NOUNS = set(
      "minister", "ministers", "premier", "president", "prime", "mayor", "leader", "chief", "spokesperson", "spokesman",
      "spokeswoman", "director", "executive", "ceo", "chair", "chairman", "chairwoman", "chairperson", "head",
      "secretary", "governor", "senator", "mp", "mla", "mpp", "deputy", "councillor", "councilor", "commissioner",
      "officer", "manager", "founder", "owner", "professor", "researcher", "economist", "analyst", "expert", "lawyer",
      "attorney", "judge", "prosecutor", "coach", "critic", "member", "candidate", "inspector", "sergeant", "constable",
      "superintendent", "captain", "lieutenant", "general", "ambassador", "advocate", "organizer", "organiser",
      "representative", "official", "officials", "doctor", "scientist", "author", "vice-president", "trustee", "dean",
      "ministre", "ministres", "président", "présidente", "maire", "mairesse", "chef", "cheffe", "porte-parole",
      "directeur", "directrice", "secrétaire", "gouverneur", "sénateur", "sénatrice", "député", "députée",
      "conseiller", "conseillère", "commissaire", "fondateur", "fondatrice", "propriétaire", "professeur",
      "professeure", "chercheur", "chercheuse", "économiste", "analyste", "avocat", "avocate", "juge", "procureur",
      "procureure", "entraîneur", "candidat", "candidate", "inspecteur", "sergent", "capitaine", "lieutenant",
      "général", "ambassadeur", "ambassadrice", "représentant", "représentante", "responsable", "délégué",
      "déléguée", "adjoint", "adjointe", "vice-président", "vice-présidente", "médecin", "spécialiste", "auteur",
      "auteure", "autrice", "coordonnateur", "coordonnatrice", "coordinateur", "coordinatrice", "dirigeant",
      "dirigeante", "élu", "élue", "premier", "première", "journaliste", "agent", "agente", "policier", "policière",
      "syndicaliste", "militant", "militante", "manifestant", "manifestante", "témoin", "voisin", "voisine",
      "resident", "residents", "witness", "neighbour", "neighbor", "spokespeople", "activist", "protester",
      "student", "students", "parent", "parents", "officer", "agency", "police");

  /** Words marking an organisation name. */
  static final Set<String> ORG_WORDS = set(
      "assembly", "parliament", "party", "office", "ministry", "department", "police", "association", "agency",
      "university", "city", "council", "commission", "company", "inc", "corp", "corporation", "group", "news",
      "government", "court", "board", "union", "federation", "institute", "centre", "center", "service", "services",
      "bank", "society", "foundation", "committee", "authority", "network", "press", "times", "post", "global",
      "cbc", "ctv", "radio", "tv", "canada", "hospital", "school", "club", "league", "house", "senate", "coalition",
      "alliance", "caucus", "organization", "organisation", "council", "ltd", "llc", "co", "force", "forces",
      "assemblée", "ministère", "sûreté", "parti", "conseil", "syndicat", "fédération", "agence", "université",
      "cour", "gouvernement", "ville", "commission", "comité", "société", "institut", "fondation", "hôpital",
      "préfecture", "mairie", "parquet", "tribunal", "gendarmerie", "police", "collectif", "mouvement", "régie",
      "caisse", "banque", "groupe", "office", "direction", "nouvelles", "journal", "presse", "radio-canada", "tva",
      "solidaire", "québec", "lcn", "évêché", "diocèse", "firm", "church", "église", "mosquée",
      "municipalité", "province", "ministry", "administration", "archdiocese", "diocese", "team", "équipe", "firme",
      "entreprise", "compagnie", "studio", "magazine", "newspaper", "quotidien", "site", "page", "report", "rapport",
      "study", "étude", "document", "statement", "communiqué", "survey", "sondage", "poll", "data", "données", "afp", "reuters", "bbc", "cnn", "nations", "unies", "élysée", "matignon",
      "international", "railway", "railroad", "airline", "airlines", "utility",
      // Places and venues: never a person, so never the antecedent of he/she.
      "county", "township", "lake", "river", "theater", "theatre", "arena", "stadium", "mall", "comté", "lac",
      "théâtre", "complex");

  /** Words marking a place or venue: not a person, and not what "the company" or "it" stands for either. */
  static final Set<String> PLACE_WORDS = set("county", "township", "lake", "river", "theater", "theatre", "arena",
      "stadium", "mall", "comté", "lac", "theatre", "bay", "island", "valley", "mountain", "park", "street",
      "avenue", "road", "bridge", "complex");

  /**
   * Documents that "say" things: a report, a statement, a complaint. As a cue's subject they stand for their
   * author (GGT convention and plain reading: "the report said" reports what the company that wrote it says).
   */
  static final Set<String> DOCUMENT_NOUNS = set("report", "reports", "study", "studies", "statement", "statements",
      "release", "releases", "post", "blog", "paper", "document", "documents", "complaint", "notice", "letter",
      "memo", "filing", "filings", "lawsuit", "survey", "poll", "data", "audit", "review", "analysis", "website",
      "transcript", "rapport", "étude", "communiqué", "plainte", "lettre", "avis", "sondage", "données", "bilan",
      "courriel", "mémoire", "enquête");

  static final Set<String> PRONOUNS_M = set("he", "il", "ils");
  static final Set<String> PRONOUNS_F = set("she", "elle", "elles");
  static final Set<String> PRONOUNS_N = set("they", "it", "on", "we", "nous", "i", "je", "lui", "eux");
  /** Pronoun subjects usable as speaker mentions. */
  static final Set<String> PRONOUNS = set("he", "she", "they", "it", "il", "elle", "ils", "elles", "lui", "eux", "we",
      "nous", "i", "je");

  /** Capitalised words that start sentences but are not names. */
  static final Set<String> NOT_NAME_START = set(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "this",
      "that", "these", "those", "there", "here", "in", "on", "at", "as", "of", "for", "from", "to", "by", "with",
      "after", "before", "but", "and", "or", "so", "if", "when", "while", "what", "why", "how", "who", "where",
      "some", "many", "most", "more", "all", "both", "each", "every", "no", "not", "one", "two", "three", "since",
      "during", "although", "though", "because", "yet", "still", "also", "meanwhile", "however", "according",
      "instead", "despite", "last", "next", "earlier", "later", "then", "now", "today", "yesterday", "tomorrow",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "read", "photo", "latest",
      "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "il", "elle", "ils", "elles", "on", "nous",
      "vous", "je", "j'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "en", "au", "aux",
      "dans", "sur", "pour", "par", "avec", "sans", "selon", "après", "avant", "mais", "et", "ou", "donc", "si",
      "quand", "lorsque", "alors", "ainsi", "depuis", "pendant", "qui", "que", "qu'", "quoi", "où", "comment",
      "pourquoi", "tous", "toutes", "tout", "plusieurs", "certains", "certaines", "aucun", "aucune", "d'après",
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "c'est", "c'", "ça", "cela", "voici",
      "mr", "mrs", "ms", "dr", "m", "mme", "yes", "oh", "well", "do", "does", "did", "is", "are", "was", "were",
      "should", "could", "would", "can", "will", "may", "must", "got", "write", "considering", "regarding",
      "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "january", "february", "march",
      "july", "august", "september", "october", "november", "december", "janvier", "février", "mars", "avril",
      "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "asked", "told",
      "speaking", "interviewed", "reached", "contacted", "nonetheless", "nevertheless", "moreover",
      "furthermore", "besides", "indeed", "finally", "eventually", "ultimately", "overall", "additionally",
      "similarly", "otherwise", "previously", "currently", "initially", "then-", "cependant", "toutefois",
      "pourtant", "néanmoins", "enfin", "ensuite", "puis", "aussi", "également", "notamment", "joint", "jointe", "interrogé", "interrogée");

  /** Tokens inside a name that stay lower-case: Jean de la Fontaine, Ludwig van Beethoven. */
  static final Set<String> NAME_PARTICLES = set("de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da",
      "del", "della", "dos", "bin", "ben", "al", "d'", "st", "st.", "ter", "y");

  /** Adverbs and auxiliaries allowed between a subject and its cue verb. */
  static final Set<String> FILLERS = set(
      "also", "still", "even", "then", "later", "further", "again", "recently", "previously", "once", "has", "had",
      "have", "was", "were", "is", "had", "would", "will", "did", "does", "do", "simply", "only", "repeatedly",
      "publicly", "earlier", "often", "always", "never", "has", "already", "quickly", "flatly", "bluntly",
      "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "est", "sont", "était", "s'est", "se", "s'",
      "ainsi", "notamment", "également", "aussi", "encore", "toutefois", "cependant", "pourtant", "alors", "déjà",
      "d'ailleurs", "plutôt", "même", "bien", "lui", "leur", "aussitôt", "ensuite", "enfin", "néanmoins",
      "simplement", "d'abord", "pour", "sa", "part", "son", "côté", "de", "ne", "n'", "pas", "plus", "y");

  /** Prepositional cues followed by the speaker: according to X, selon X, d’après X. */
  static final Set<String> PREP_CUES = set("selon", "d'après", "according");

  /** Participle cues whose subject is the sentence's speaker: stressing that…, ajoutant que…. */
  static final Set<String> SPEECH_NOUNS = set("statement", "release", "tweet", "post", "interview", "letter",
      "communiqué", "déclaration", "lettre", "entrevue", "entretien", "message", "courriel", "email");

  static final Set<String> CUES = new HashSet<>();

  static {
    // English: base forms with regular inflections.
    for (String v : new String[] {"add", "explain", "note", "insist", "warn", "ask", "indicate", "confirm",
        "denounce", "assure", "stress", "state", "declare", "claim", "respond", "reply", "answer", "announce",
        "acknowledge", "admit", "agree", "suggest", "believe", "fear", "continue", "recall", "emphasize",
        "emphasise", "joke", "complain", "predict", "estimate", "tweet", "post", "conclude", "caution", "urge",
        "mention", "observe", "remark", "comment", "contend", "maintain", "report", "reveal", "testify", "concede",
        "recount", "quip", "muse", "lament", "vow", "promise", "pledge", "demand", "wonder", "hope", "charge",
        "allege", "assert", "affirm", "counter", "retort", "boast", "shout", "yell", "argue", "point", "describe",
        "explain", "tell", "write", "say", "think", "call", "scream", "cry", "plead", "chant", "reiterate", "repeat",
        "underline", "highlight", "worry", "deny", "criticize", "criticise", "question", "advise", "recommend",
        "propose", "guarantee", "exclaim", "whisper", "sigh", "laugh", "tout", "acknowledge", "concur", "surmise",
        "speculate", "figure", "reckon", "feel", "detail", "clarify", "elaborate", "summarize", "summarise",
        "recommend", "specify", "announce", "add"}) {
      String stem = v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
      CUES.add(v);
      CUES.add(v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") ? v + "es"
          : v.endsWith("y") && !v.endsWith("ay") ? v.substring(0, v.length() - 1) + "ies" : v + "s");
      CUES.add(v.endsWith("y") && !v.endsWith("ay") ? v.substring(0, v.length() - 1) + "ied" : stem + "ed");
      CUES.add(stem + "ing");
    }
    CUES.addAll(set("said", "told", "wrote", "written", "thought", "felt", "according", "says", "saying",
        "tells", "telling", "writes", "writing", "thinks", "thinking", "cried", "stressed", "added", "noted",
        "admitted", "admitting", "committed", "regretted", "quipped", "spoke", "speaks", "speaking", "pointed",
        "testified", "replied", "replies", "denied", "worried", "insisted", "responded", "argued", "questioned"));
    CUES.removeAll(set("post", "posts", "posted", "posting", "call", "calls", "calling", "point", "points",
        "pointing", "question", "questioning", "figure", "figures", "figuring", "charge", "charges", "charging",
        "report", "reports", "continue", "continues", "continuing", "feel", "feels", "feeling", "tout", "touts",
        "touting", "cry", "cries", "crying", "state", "states", "stating", "maintain", "maintaining", "counter",
        "counters", "hope", "hopes", "hoping", "demand", "demands", "detail", "details", "estimate", "estimates",
        "estimated", "estimating", "promise", "promises", "urge", "urges", "fear", "fears", "ask", "asking", "repeat",
        "repeats", "repeating", "wonder", "wonders", "wondering", "think", "thinking", "thinks", "figure", "sigh",
        "sighs", "laugh", "laughs", "describe", "describes", "describing", "comment", "comments", "commenting"));
    CUES.addAll(set("states", "stated", "maintained", "maintains", "fears", "feared", "hoped", "thinks", "thought",
        "urged", "estimated", "asked", "commented", "demanded", "wondered", "sighed", "laughed", "described",
        "repeated", "promised", "countered", "charged", "reported", "posted", "tweeted", "told", "felt", "feels",
        "argues"));

    // French: -er verbs, all usual forms; then irregular forms.
    for (String v : new String[] {"déclarer", "affirmer", "expliquer", "indiquer", "lancer", "ajouter", "souligner",
        "préciser", "marteler", "estimer", "rappeler", "déplorer", "dénoncer", "assurer", "confier", "raconter",
        "noter", "observer", "constater", "résumer", "avancer", "insister", "annoncer", "témoigner", "renchérir",
        "nuancer", "lâcher", "ironiser", "exclamer", "réjouir", "désoler", "inquiéter", "juger", "considérer",
        "penser", "signaler", "mentionner", "relever", "évoquer", "plaider", "réclamer", "demander", "commenter",
        "analyser", "illustrer", "compléter", "tweeter", "clamer", "scander", "crier", "accuser", "regretter",
        "trancher", "glisser", "confirmer", "justifier", "amuser", "qualifier", "rétorquer", "répliquer",
        "poursuivre", "continuer", "raisonner", "argumenter", "objecter", "prévenir", "avertir", "conclure",
        "exhorter", "implorer", "soupirer", "fustiger", "critiquer", "s'exclamer", "informer", "préconiser",
        "recommander", "rassurer", "réitérer", "répéter", "déclarer", "décrire", "prôner", "admettre", "nier",
        "démentir", "jurer", "enchaîner", "résumer", "détailler", "exposer", "reconnaître", "mettre", "insister",
        "se demander", "rigoler", "blaguer", "suggérer", "proposer", "martyriser", "conseiller", "avouer",
        "s'indigner", "indigner", "s'insurger", "insurger", "féliciter", "réjouir", "désespérer", "souhaiter",
        "espérer", "craindre", "prédire", "admettre", "dire", "écrire", "soutenir", "répondre", "croire",
        "promettre", "interroger", "questionner", "déplorer", "condamner", "saluer", "écrire", "publier",
        "réagir", "rapporter", "relater", "confesser", "concéder", "reprendre", "asséner", "assener", "affirmer",
        "parler"}) {
      if (!v.endsWith("er")) continue;
      String s = v.substring(0, v.length() - 2);
      String soft = s.endsWith("c") ? s.substring(0, s.length() - 1) + "ç" : s.endsWith("g") ? s + "e" : s;
      String grave = s.replace("é", "è");
      for (String f : new String[] {s + "e", s + "es", s + "ent", s + "é", s + "ée", s + "és", s + "ées",
          soft + "ait", soft + "aient", soft + "ant", s + "era", s + "eront", s + "erait", s + "eraient",
          soft + "a", grave + "e", grave + "ent", s + "ons", s + "ez", soft + "èrent", s + "er"}) {
        CUES.add(f);
      }
    }
    CUES.addAll(set(
        "dit", "dis", "disent", "disait", "disaient", "disant", "dira", "dirait", "dire",
        "écrit", "écrite", "écrivait", "écrivant", "écrivent", "soutient", "soutenu", "soutenait", "soutenant",
        "soutiennent", "répond", "répondu", "répondait", "répondent", "répondant", "reconnaît", "reconnait",
        "reconnu", "reconnaissait", "reconnaissant", "admet", "admis", "admettait", "admettant", "conclut", "conclu",
        "concluait", "concluant", "croit", "cru", "croyait", "croient", "poursuit", "poursuivi", "poursuivait",
        "poursuivant", "avertit", "averti", "avertissait", "prévient", "prévenu", "prévenait", "promet", "promis",
        "décrit", "décrivait", "craint", "craignait", "craignent", "souvient", "souvenu", "prédit", "renchérit",
        "renchéri", "réagit", "réagi", "asséné", "assène", "reprend", "repris", "fait", "valoir", "laisse",
        "tomber", "selon", "d'après", "affirme", "estime", "croit", "rappelle", "soutient", "déplore", "dénonce",
        "lance", "ajoute", "explique", "précise", "souligne", "indique", "martèle", "confie", "note", "insiste",
        "résume", "conclut", "raconte", "tranche", "lâche", "glisse", "admet", "reconnaît", "ironise", "avance"));
    // Words too often non-speech to be cues on their own.
    CUES.removeAll(set("mettre", "mis", "mise", "met", "mettant", "note", "notes", "lance", "lancer", "fait",
        "dire", "valoir", "tomber", "laisse", "publie", "publié", "publiée", "publier", "informer", "proposé",
        "proposée", "proposer", "continue", "continuer", "continué", "reprend", "repris", "amuse", "avance",
        "avancé", "saluer", "salue", "condamné", "condamnée", "condamner", "interrogé", "interrogée", "interroger",
        "questionné", "questionnée", "demandé", "demande", "demandée", "poursuivi", "poursuit", "publient",
        "pensent", "juge", "jugé", "considéré", "considère", "relève", "relevé", "relevée", "observe",
        "commente", "signale", "mentionne", "compléter", "complète", "réclame", "réclamé", "promis", "critique",
        "critiqué", "crier", "crie", "prévenu", "espère", "souhaite", "souhaité", "rapporte", "rapporté", "avoue"));
    CUES.addAll(set("note-t-il", "a", "juge-t-il", "observe", "note", "lance", "relève", "commente", "signale",
        "mentionne", "complète", "critique", "reprend", "avance", "poursuit", "demande", "souhaite", "espère",
        "réclame", "avoue", "confie"));
    CUES.remove("a");
    CUES.removeAll(set("continue", "continues", "continué", "continuer", "note", "notes", "states", "posts", "post",
        "affirm", "est", "sont", "mention", "considère", "juge", "penser", "pense", "pensent"));
    CUES.addAll(set("scolded", "scolds", "crowed", "crows", "gushed", "gushes", "snapped", "teased", "raved",
        "stuttered", "chimed", "interjected", "recalled", "recalls", "recounted", "mused", "quipped", "quips",
        "boasted", "conceded", "lamented", "vowed", "cautioned", "advised", "marvelled", "marveled", "sighed",
        "shouted", "yelled", "whispered", "murmured", "added", "adds", "joked", "jokes", "wrote", "writes",
        "tweeted", "texted", "emailed", "replied", "responded", "explained", "announced", "declared", "testified"));
    CUES.addAll(set("note", "relevé", "condamné", "condamne", "lance", "pense", "juge", "notes", "noted", "quoted", "posted", "commented"));
  }

  private static final Set<String> FEMALE_FIRST = set("mary", "patricia", "jennifer", "linda", "elizabeth",
      "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "margaret", "sandra", "ashley", "emily",
      "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon",
      "cynthia", "kathleen", "amy", "anna", "angela", "helen", "emma", "olivia", "julie", "catherine", "christine",
      "marie", "sophie", "isabelle", "nathalie", "sylvie", "valérie", "valerie", "chantal", "caroline", "geneviève",
      "genevieve", "louise", "anne", "claire", "céline", "celine", "françoise", "francoise", "martine", "monique",
      "danielle", "diane", "manon", "mélanie", "melanie", "josée", "josee", "france", "lucie", "johanne", "hélène",
      "helene", "muriel", "christelle", "murielle", "priscillia", "rachel", "hannah", "jane", "kate", "katherine",
      "kathryn", "chrystia", "jody", "sonia", "dominique", "andrée", "andree", "pauline", "marine", "ségolène",
      "agnès", "agnes", "élisabeth", "elisabeth", "brigitte", "nicole", "carole", "patrice", "cindy", "jeanine",
      "megan", "greta", "alice", "julia", "victoria", "grace", "lucy", "ellen", "maria", "andrea", "jenny", "kelly",
      "heather", "tina", "theresa", "joanne", "joan", "marilyn", "elaine", "samantha", "natalie", "janet",
      "catherine", "amélie", "amelie", "camille", "chloé", "chloe", "léa", "lea", "manon", "charlotte", "mathilde",
      "flore", "sarah", "lydie", "anne-marie", "marie-claude", "marie-france", "marie-eve", "marie-ève", "may");
  private static final Set<String> MALE_FIRST = set("james", "john", "robert", "michael", "william", "david",
      "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
      "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "edward", "ronald", "timothy",
      "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "éric", "jonathan", "stephen", "larry",
      "justin", "scott", "brandon", "benjamin", "samuel", "frank", "gregory", "raymond", "patrick", "jack",
      "dennis", "jerry", "tyler", "aaron", "henry", "douglas", "doug", "peter", "adam", "nathan", "zachary",
      "walter", "kyle", "harold", "carl", "jeremy", "keith", "roger", "gerald", "ethan", "arthur", "terry",
      "christian", "sean", "lawrence", "austin", "joe", "noah", "jesse", "albert", "bryan", "billy", "bruce",
      "willie", "jordan", "dylan", "alan", "allan", "ralph", "gabriel", "roy", "juan", "wayne", "eugene", "logan",
      "randy", "louis", "russell", "vincent", "philip", "bobby", "johnny", "bradley", "jean", "pierre", "françois",
      "francois", "jacques", "michel", "andré", "andre", "philippe", "alain", "bernard", "luc", "marc", "martin",
      "claude", "yves", "gilles", "guy", "denis", "sylvain", "stéphane", "stephane", "sébastien", "sebastien",
      "mathieu", "maxime", "simon", "nicolas", "olivier", "julien", "antoine", "alexandre", "emmanuel", "édouard",
      "edouard", "rémy", "remy", "laurent", "christophe", "jean-françois", "jean-francois", "jean-claude",
      "jean-yves", "jean-pierre", "jean-marc", "jean-luc", "jean-guy", "régis", "regis", "bruno", "jacques",
      "ian", "doug", "hamish", "ken", "hiram", "mamadou", "kevin", "steve", "andy", "justin", "jagmeet", "legault",
      "françois-philippe", "gabriel", "yannick", "benoît", "benoit", "frédéric", "frederic", "pascal", "réjean",
      "rejean", "normand", "gaétan", "gaetan", "serge", "raymond", "roland", "hugo", "louis-philippe", "jean-marie",
      "xavier", "thierry", "didier", "dominic", "mike", "tom", "tim", "bill", "bob", "jim", "dan", "dave", "rob",
      "greg", "matt", "chris", "nick", "sam", "tony", "fred", "ted", "will", "nigel", "colin", "neil", "graham");

  /** Role nouns whose form gives the gender of the person: "présidente", "spokeswoman". */
  private static final Set<String> FEMALE_ROLES = set("présidente", "mairesse", "cheffe", "directrice", "sénatrice",
      "députée", "conseillère", "fondatrice", "professeure", "chercheuse", "avocate", "procureure", "ambassadrice",
      "représentante", "déléguée", "adjointe", "vice-présidente", "autrice", "coordonnatrice", "coordinatrice",
      "dirigeante", "élue", "première", "policière", "militante", "manifestante", "voisine", "chancelière",
      "spokeswoman", "chairwoman", "actrice", "chanteuse", "porte-parole-femme", "congresswoman", "businesswoman");
  private static final Set<String> MALE_ROLES = set("président", "directeur", "sénateur", "conseiller", "fondateur",
      "chercheur", "avocat", "procureur", "ambassadeur", "représentant", "délégué", "adjoint", "vice-président",
      "dirigeant", "élu", "premier", "policier", "militant", "manifestant", "voisin", "chancelier", "gouverneur",
      "inspecteur", "coordonnateur", "coordinateur", "spokesman", "chairman", "acteur", "chanteur", "congressman",
      "businessman");

  /** 'F' or 'M' for a role noun whose form is gendered, else 0. */
  static char roleGender(String lowerWord) {
    if (FEMALE_ROLES.contains(lowerWord)) return 'F';
    if (MALE_ROLES.contains(lowerWord)) return 'M';
    return 0;
  }

  /** 'M' or 'F' for a common first name (folded or not), else 0. */
  static char firstNameGender(String first) {
    if (FEMALE_FIRST.contains(first)) return 'F';
    if (MALE_FIRST.contains(first)) return 'M';
    return 0;
  }

  static boolean isCue(String lowerWord) {
    return CUES.contains(lowerWord);
  }

  private static Set<String> set(String... words) {
    Set<String> s = new HashSet<>();
    for (String w : words) s.add(w);
    return s;
  }
}
