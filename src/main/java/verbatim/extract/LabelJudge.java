package verbatim.extract;

import java.util.Set;

/**
 * The word-level half of deciding that a quote-marked span is a label (a name, a title of a work, a slogan used as a
 * name, a scare quote) rather than someone's words. French and English put quote marks around a phrase that
 * functions as a noun: after a determiner («les «gilets jaunes»», "the “yellow vests”"), after a verb or noun of
 * naming ("the so-called “X”", «un livre intitulé «Y»», "the word “Z”"). Such a span is short and no speech verb
 * governs it. {@link QuoteFinder} reads the tokens around the span and asks this class about the words it finds.
 */
final class LabelJudge {

  /** Longer than this, a quote-marked phrase is a statement or a title we cannot tell from one: not a label. */
  static final int MAX_WORDS = 4;
  /** A quote this short with no speaker found anywhere around it is a scare quote or a term, not speech. */
  static final int MAX_UNATTRIBUTED_WORDS = 3;

  /**
   * Words after which a quote-marked phrase is used as a noun phrase: determiners and possessives (the phrase is the
   * head of a noun phrase), verbs and participles of naming ("dubbed", «baptisé», «intitulé»), and metalinguistic
   * nouns ("the word", «le slogan»).
   */
  private static final Set<String> NAMING = Set.of(
      // French determiners and contracted articles
      "les", "des", "la", "le", "l'", "l", "du", "ce", "ces", "cette", "leur", "leurs", "aux", "au",
      // English determiners
      "the", "our",
      // naming verbs and participles
      "so-called", "dubbed", "called", "named", "titled", "entitled", "nicknamed", "baptisé", "baptisée",
      "baptisés", "surnommé", "surnommée", "surnommés", "appelé", "appelée", "appelés", "intitulé", "intitulée",
      "nommé", "nommée", "dit", "dite", "dits", "dites",
      // metalinguistic nouns
      "mot", "mots", "word", "words", "term", "terms", "terme", "termes", "expression", "slogan", "slogans",
      "label", "étiquette", "motto", "hashtag");

  /**
   * Determiners after which a phrase a speech verb takes as object is someone's wording ("il dénonce les « abus
   * criants »"). A singular definite article is not one: it names one known thing, a label even after a verb ("le
   * syndicat dénonce l'« opération escargot »", "the « Plan B »").
   */
  private static final Set<String> DETERMINERS = Set.of("les", "des", "ces", "ce", "cette", "leur", "leurs", "aux", "un", "une",
      "our");

  /** Indefinite determiners: after them a quoted phrase may be a characterisation someone is said to have made. */
  private static final Set<String> INDEFINITE = Set.of("un", "une", "des");

  /**
   * Words that open a clause, not a noun phrase: subordinators, subject pronouns and clitics. A short unattributed
   * span starting with one («qu’ils partent», “we tried”) is a fragment of someone's words, not a name or a term.
   */
  private static final Set<String> CLAUSE_OPENERS = Set.of("que", "qu", "si", "parce", "lorsque", "quand", "je", "j",
      "tu", "il", "ils", "elle", "elles", "on", "nous", "vous", "ne", "n", "se", "s", "that", "if", "because", "when",
      "i", "we", "you", "he", "she", "they", "to");

  /** Quote marks: a name or a term never holds one, so a span that does was cut from mismatched marks. */
  private static final String MARKS = "“”«»„‹›\"";

  private LabelJudge() {
  }

  /** Whether a quote-marked phrase right after {@code word} (lower case) is used as a noun phrase. */
  static boolean namesNext(String word) {
    return NAMING.contains(word) || INDEFINITE.contains(word);
  }

  /** Whether {@code word} (lower case) is a determiner, not a verb or noun of naming. */
  static boolean determiner(String word) {
    return DETERMINERS.contains(word);
  }

  /**
   * Whether {@code word} is an indefinite determiner: «une «attitude prosélyte»» is a label only when no speech cue
   * gives it a speaker; with one it is that person's characterisation (a partial quote).
   */
  static boolean indefinite(String word) {
    return INDEFINITE.contains(word);
  }

  /** Whether the body has sentence punctuation inside, which a name or a term does not carry. */
  static boolean hasSentencePunctuation(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '.' || c == '!' || c == '?') return true;
    }
    return false;
  }

  /**
   * Whether a quote-marked span of {@code words} words that no attribution rule gave a speaker is a label: a short
   * phrase without sentence punctuation. A longer one stays a quote with an unknown speaker.
   */
  static boolean unattributedLabel(String body, int words) {
    return words >= 1 && words <= MAX_UNATTRIBUTED_WORDS && !hasSentencePunctuation(body)
        && !CLAUSE_OPENERS.contains(firstWord(body));
  }

  /** Whether the body holds a quote mark: then it is no name but text between mismatched marks. */
  static boolean holdsQuoteMark(String body) {
    for (int i = 0; i < body.length(); i++) {
      if (MARKS.indexOf(body.charAt(i)) >= 0) return true;
    }
    return false;
  }

  /** The first word in lower case, cut at an elision apostrophe (qu’ils → qu). */
  static String firstWord(String body) {
    int i = 0;
    while (i < body.length() && !Character.isLetter(body.charAt(i))) i++;
    int j = i;
    while (j < body.length() && Character.isLetter(body.charAt(j))) j++;
    return body.substring(i, j).toLowerCase(java.util.Locale.ROOT);
  }
}
