package verbatim.extract;

import java.util.Set;

/**
 * Speech cues over one text's tokens: a cue verb with its auxiliary or clitic ("a affirmé", "s'est exclamé",
 * "pointed out", "according to"), inverted pronouns ("dit-il"), participles, and the words French and English set
 * between an inverted cue and its subject. Immutable.
 */
final class CueReader {

  private final Tokens t;
  private final String language;
  /** Inside a quote, reading an incise: the quote's own tokens may then hold a cue. */
  private final boolean insideQuote;

  CueReader(Tokens t, String language, boolean insideQuote) {
    this.t = t;
    this.language = language;
    this.insideQuote = insideQuote;
  }

  /** Number of tokens of the cue starting at token k (0 when none). */
  int cueAt(int k) {
    if (!t.isWord(k) || t.quote[k] >= 0 && !insideQuote) return 0;
    String w = t.lower(k);
    String verb = w;
    int hy = w.indexOf('-');
    if (inlinePronoun(k) != null) verb = w.substring(0, hy);
    if (verb.equals("according") && t.isWord(k + 1) && t.lower(k + 1).equals("to")) return 2;
    // "s'est exclamé": the reflexive clitic is part of the verb.
    if ((w.equals("s'") || w.equals("se")) && t.isWord(k + 1) && isAuxiliary(t.lower(k + 1))) {
      int n = cueAt(k + 1);
      return n == 0 ? 0 : n + 1;
    }
    if (Lexicon.PREP_CUES.contains(w)) return 1;
    if (isPrepCue(t, k)) return 2;
    if (t.isCapitalised(k) && t.end[k] - t.start[k] > 1 && Character.isLowerCase(t.text.charAt(t.start[k] + 1))) {
      return 0;
    }
    if (isAuxiliary(verb)) return auxiliaryCue(k);
    if (Lexicon.isCue(verb) && afterEnglishDeterminer(k)) return 0;
    if (Lexicon.isCue(verb) && !passiveAside(k)) return 1 + phrasal(k);
    if (callsOn(k)) return 1;
    if (pointOut(k)) return 2;
    if (t.isWord(k + 1)) {
      String nx = t.lower(k + 1);
      if (nx.equals("tomber") && w.startsWith("laiss") || makesKnown(w, nx)) {
        return 2;
      }
    }
    return 0;
  }

  /**
   * Whether a prepositional cue (selon, according, d'après) starts at token k. The elision splits «d'après» into
   * «d'» and «après», so the list's entry is matched over the two tokens.
   */
  static boolean isPrepCue(Tokens t, int k) {
    if (!t.isWord(k)) return false;
    String w = t.lower(k);
    if (Lexicon.PREP_CUES.contains(w)) return true;
    return w.equals("d'") && t.isWord(k + 1) && Lexicon.PREP_CUES.contains("d'" + t.lower(k + 1));
  }

  /** English determiners and possessives, after which a word is a noun or an adjective, never a finite verb. */
  private static final Set<String> EN_DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
      "your", "my", "these", "those", "this");

  /**
   * "Norland's alleged breach", "an announced price", "the report": in English a cue word right after a determiner
   * or a possessive noun is an adjective or a noun, so it introduces no speech. French is left alone: its object
   * clitics "le", "la", "les" come right before verbs ("il l'a dit", "il le dit").
   */
  private boolean afterEnglishDeterminer(int k) {
    if (!"en".equals(language) || k == 0 || !t.isWord(k - 1)) return false;
    String b = t.lower(k - 1).replace('’', '\'');
    if (EN_DETERMINERS.contains(b)) return true;
    return b.endsWith("'s") && b.length() > 3 && !Lexicon.PRONOUNS.contains(b.substring(0, b.length() - 2))
        && !b.equals("that's") && !b.equals("there's") && !b.equals("what's") && !b.equals("who's");
  }

  /** An auxiliary at k, a few filler words, then the cue participle: the tokens of it all, else 0. */
  private int auxiliaryCue(int k) {
    int j = k + 1;
    while (j < t.size && j < k + 5 && t.isWord(j) && (t.quote[j] < 0 || insideQuote) && !Lexicon.isCue(t.lower(j))
        && !callsOn(j)) {
      int adverb = Lexicon.FILLERS.contains(t.lower(j)) ? 1 : adverbBetweenAuxiliaryAndParticiple(j);
      if (adverb == 0) break;
      j += adverb;
    }
    if (t.isWord(j) && (t.quote[j] < 0 || insideQuote) && Lexicon.isCue(t.lower(j))
        && !isPrepCue(t, j)) {
      return j - k + 1 + phrasal(j);
    }
    if (t.isWord(j) && (t.quote[j] < 0 || insideQuote) && callsOn(j)) return j - k + 1;
    // "a fait savoir", "a fait valoir": the auxiliary, then faire and its infinitive.
    if (t.isWord(j) && t.isWord(j + 1) && (t.quote[j] < 0 || insideQuote) && makesKnown(t.lower(j), t.lower(j + 1))) {
      return j - k + 2;
    }
    return 0;
  }

  /**
   * Tokens of an adverb French sets between an auxiliary and its participle ("a donc répondu", "a par ailleurs
   * estimé", "a récemment déclaré"), beyond the lexicon's fillers: 0 when none.
   */
  private int adverbBetweenAuxiliaryAndParticiple(int j) {
    String w = t.lower(j);
    if (w.length() > 6 && w.endsWith("ment") && !t.isCapitalised(j)) return 1;
    if (ONE_WORD_ADVERBS.contains(w)) return 1;
    if (!t.isWord(j + 1)) return 0;
    String pair = w + " " + t.lower(j + 1);
    return TWO_WORD_ADVERBS.contains(pair) ? 2 : 0;
  }

  private static final Set<String> ONE_WORD_ADVERBS = Set.of("donc", "jamais", "toujours",
      "souvent", "parfois", "justement", "surtout", "volontiers", "longtemps");
  private static final Set<String> TWO_WORD_ADVERBS = Set.of("par ailleurs", "en revanche",
      "en effet", "à nouveau", "de nouveau", "elle aussi", "lui aussi", "d' ailleurs");

  /**
   * A French past participle on its own, with no auxiliary before it: an adjective or a passive ("dans un délai non
   * précisé", "les personnes interrogées"), which reports nobody's speech.
   */
  boolean bareParticiple(int k) {
    if (!language.equals("fr") || !t.isWord(k)) return false;
    String w = t.lower(k);
    if (!WordClasses.frenchParticipleEnding(w)) return false;
    for (int j = k - 1; j >= 0 && j >= k - 4 && t.isWord(j); j--) {
      String x = t.lower(j);
      if (isAuxiliary(x) || PARTICIPLE_AUXILIARIES.contains(x)) return false;
      if (!Lexicon.FILLERS.contains(x) && adverbBetweenAuxiliaryAndParticiple(j) == 0 && !isSecondOfTwoWordAdverb(j)) {
        return true;
      }
    }
    return true;
  }

  /** Infinitive and participle auxiliaries: "avoir précisé", "ayant évoqué", "s'étant exclamé". */
  private static final Set<String> PARTICIPLE_AUXILIARIES = Set.of("avoir", "être", "ayant", "étant", "s'étant",
      "s'être");

  private boolean isSecondOfTwoWordAdverb(int j) {
    return j > 0 && t.isWord(j - 1) && adverbBetweenAuxiliaryAndParticiple(j - 1) == 2;
  }

  /**
   * "«…», a insisté, fortement applaudi, le patron": a French past participle set off by a comma and an adverb, with
   * no auxiliary, is a passive aside about the one spoken of (the audience applauded him), never a speech verb.
   */
  private boolean passiveAside(int k) {
    if (!language.equals("fr") || k < 2 || !t.isPunct(k - 2, ',') || !t.isWord(k - 1)) return false;
    String adverb = t.lower(k - 1);
    String w = t.lower(k);
    return adverb.length() > 6 && adverb.endsWith("ment") && (w.endsWith("é") || w.endsWith("ée")
        || w.endsWith("és") || w.endsWith("ées") || w.endsWith("i") || w.endsWith("ie") || w.endsWith("is")
        || w.endsWith("ies"));
  }

  /** Finite forms and the participle of appeler: with « à » after them, a call made in words. */
  private static final Set<String> CALL_FORMS = Set.of("appelle", "appellent", "appelait", "appelaient", "appela",
      "appelèrent", "appellera", "appelleront", "appelé", "appelée", "appelés", "appelées");
  private static final Set<String> TO = Set.of("à", "au", "aux");
  /** Forms of promettre: with « de » and the quote right after, the promise's words («a promis de « … »»). */
  private static final Set<String> PROMISE_FORMS = Set.of("promet", "promettent", "promettait", "promettaient",
      "promit", "promirent", "promettra", "promettront", "promis", "promise", "promises");
  private static final Set<String> OF = Set.of("de", "d'");

  /**
   * "X a appelé le gouvernement à « … »", "X appelle à « … »": appeler quelqu'un à quelque chose is a call someone
   * makes in words, so a speech cue; without « à » (un village appelé « … ») the verb names, and reports no speech.
   * The « à » comes within a short object, before any punctuation, and the quote opens right after it: what is
   * called for is then the quoted words («appelle à une action dans le « quartier »» quotes a place, not a call).
   * Promettre de « … » likewise: the quote is what was promised; promettre alone is too often no speech.
   */
  private boolean callsOn(int k) {
    if (!language.equals("fr")) return false;
    String w = t.lower(k);
    Set<String> link = CALL_FORMS.contains(w) ? TO : PROMISE_FORMS.contains(w) ? OF : null;
    if (link == null) return false;
    for (int j = k + 1; j < t.size && j <= k + 6 && t.isWord(j) && t.quote[j] < 0; j++) {
      if (link.contains(t.lower(j))) return j + 1 < t.size && t.quote[j + 1] >= 0;
    }
    return false;
  }

  /** "fait savoir", "faisait valoir", "font état de": faire with a word that makes it a speech verb. */
  private static boolean makesKnown(String w, String next) {
    return (next.equals("valoir") || next.equals("savoir") || next.equals("état"))
        && (w.startsWith("fai") || w.equals("font"));
  }

  /** Extra tokens of a two-word cue: "fait valoir", "laisse tomber", "pointed out". */
  private int phrasal(int k) {
    if (!t.isWord(k + 1)) return 0;
    String nx = t.lower(k + 1);
    return nx.equals("valoir") || nx.equals("tomber") || nx.equals("out") ? 1 : 0;
  }

  private boolean pointOut(int k) {
    if (!t.isWord(k) || !t.isWord(k + 1) || !t.lower(k + 1).equals("out")) return false;
    String w = t.lower(k);
    return w.equals("point") || w.equals("points") || w.equals("pointed") || w.equals("pointing");
  }

  static boolean isAuxiliary(String w) {
    return switch (w) {
      case "a", "ont", "avait", "avaient", "aura", "aurait", "auraient", "est", "sont", "s'est", "se", "has", "had",
          "have", "était" -> true;
      default -> false;
    };
  }

  /** The text of the cue of len tokens at k. */
  String cueText(int k, int len) {
    return t.text.substring(t.start[k], t.end[k + len - 1]);
  }

  /** "dit-il" → "il", "a-t-elle" → "elle"; null when the word carries no inverted pronoun. */
  String inlinePronoun(int k) {
    if (!t.isWord(k)) return null;
    String w = t.lower(k);
    int hy = w.lastIndexOf('-');
    if (hy <= 0) return null;
    String p = w.substring(hy + 1);
    return switch (p) {
      case "il", "elle", "ils", "elles", "on" -> p;
      default -> null;
    };
  }

  /** The inverted pronoun of the cue of len tokens at k, on its first or last word; null when none. */
  String cuePronoun(int k, int len) {
    String pron = inlinePronoun(k);
    return pron != null ? pron : inlinePronoun(k + len - 1);
  }

  /** "interviewed", "interrogée", "cités": a lower-case past participle (or a cue word in that form). */
  boolean isPassiveParticiple(int k) {
    if (!t.isWord(k) || t.quote[k] >= 0 || t.isCapitalised(k)) return false;
    String w = t.lower(k);
    return w.length() > 3 && (w.endsWith("ed") || WordClasses.frenchParticipleEnding(w) || w.equals("joint") || w.equals("jointe") || w.equals("joints") || w.equals("jointes"));
  }

  /** A number word standing as a determiner: "deux touristes", "three residents". */
  boolean isNumeral(int k) {
    if (!t.isWord(k)) return false;
    if (Character.isDigit(t.ch(k))) return true;
    return switch (t.lower(k)) {
      case "deux", "trois", "quatre", "cinq", "six", "plusieurs", "two", "three", "four", "five", "several" -> true;
      default -> false;
    };
  }

  boolean isParticiple(int k) {
    String w = t.lower(k);
    return w.endsWith("ing") || w.endsWith("ant");
  }

  /** "a déploré dimanche le ministre": skips a few lower-case time or manner words before the speaker. */
  int skipAdverbs(int from, int limit) {
    int x = from;
    while (x < limit && x < from + 4 && t.isWord(x) && !t.isCapitalised(x) && t.quote[x] < 0) {
      String w = t.lower(x);
      int time = timeComplement(x, limit);
      if (time > x) {
        x = time;
        continue;
      }
      if (SpeakerResolver.isDeterminer(w) || Lexicon.ROLE_NOUNS.contains(w) || Lexicon.PRONOUNS.contains(w)
          || Lexicon.isCue(w) || isNumeral(x)) {
        break;
      }
      // "a dit que le froid nuit": a complement clause follows, never an inverted subject.
      if (w.equals("que") || w.equals("qu'") || w.equals("that")) return from;
      // English puts only adverbs between a cue and its inverted subject ("said later the mayor"): "said cold
      // weather takes a toll" opens a reported clause, whose words are no speaker.
      if (!language.equals("fr") && !w.endsWith("ly") && !Lexicon.FILLERS.contains(w)) return from;
      x++;
    }
    return x;
  }

  /**
   * "dans l’après-midi", "in the evening", "samedi soir": index after a time complement starting at x, else x. It
   * sits between an inverted cue and its subject ("scandaient dans l’après-midi une poignée de manifestants").
   */
  private int timeComplement(int x, int limit) {
    String w = t.lower(x);
    int y = x;
    if (w.equals("dans") || w.equals("in") || w.equals("durant") || w.equals("pendant") || w.equals("during")
        || w.equals("en")) {
      y++;
      if (y < limit && t.isWord(y) && SpeakerResolver.isDefinite(t.lower(y))) y++;
    } else if (!isWeekday(w) && !w.equals("hier") && !w.equals("yesterday") && !w.equals("ce") && !w.equals("this")) {
      return x;
    } else {
      y++;
    }
    if (y < limit && t.isWord(y) && t.quote[y] < 0 && isTimeNoun(t.lower(y))) return y + 1;
    return w.equals("dans") || w.equals("in") || w.equals("durant") || w.equals("pendant") || w.equals("during")
        || w.equals("en") || w.equals("ce") || w.equals("this") ? x : y;
  }

  private static boolean isWeekday(String w) {
    return switch (w) {
      case "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday" -> true;
      default -> false;
    };
  }

  private static boolean isTimeNoun(String w) {
    return switch (w) {
      case "après-midi", "matin", "matinée", "soir", "soirée", "nuit", "journée", "week-end", "morning",
          "afternoon", "evening", "night", "weekend" -> true;
      default -> false;
    };
  }

  /** What French sets between an inverted verb and its subject: locutions ("pour sa part") and a complement. */
  int skipInverted(int from, int limit) {
    int x = skipFrenchComplement(InvertedAdverbials.skip(t, from, limit), limit);
    return InvertedAdverbials.skip(t, x, limit);
  }

  /**
   * "à l'AFP", "devant la presse", "dans un communiqué", "sur Twitter": a short complement between an inverted
   * verb and its subject (preposition, optional determiner, one word); index after it, else from.
   */
  private int skipFrenchComplement(int from, int limit) {
    if (!t.isWord(from) || t.quote[from] >= 0) return from;
    String p = t.lower(from);
    boolean prep = switch (p) {
      case "à", "au", "aux", "devant", "dans", "sur", "auprès", "en" -> true;
      default -> false;
    };
    if (!prep) return from;
    int x = from + 1;
    if (p.equals("auprès") && t.isWord(x) && (t.lower(x).equals("de") || t.lower(x).equals("du")
        || t.lower(x).equals("d'"))) {
      x++;
    }
    if (t.isWord(x) && SpeakerResolver.isDeterminer(t.lower(x))) x++;
    if (!t.isWord(x) || t.quote[x] >= 0 || x + 1 >= limit) return from;
    return t.isWord(x + 1) ? x + 1 : from;
  }
}
