package verbatim.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the speaker an article gives into a name people would put in a facet, or into nothing. A speaker is a noun
 * phrase: a name, a title with a name, an organisation, a description with its determiner. What attribution leaves
 * around one is cut: a credit-line prefix ("AFP Nawel Gafsia"), an honorific ("M. Di Maio"), a leading participle
 * ("Accusant Emmanuel Macron"), a title or an apposition around a person's name ("ministre des Finances Jean Roy",
 * {@link TitledNames}) and a trailing circumstance ("Emmanuel Macron devant 600 maires"). What is not a noun
 * phrase at all gives null, never a fragment: a prepositional phrase, an inverted cue, a lone function word or
 * corporate suffix, one or two characters, an all-caps headline fragment, a date. It is the one speaker check:
 * {@link #accepts} at each quote as attribution finds it, {@link #clean} across the corpus. Stateless and
 * thread-safe; its word lists are data ({@link SpeakerVocabulary}).
 */
public final class SpeakerNameGate {
  private static final Pattern INVERTED_CUE =
      Pattern.compile("\\p{L}-(t-)?(il|elle|ils|elles|on)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  /** A lower-case run then a capitalised word inside one token: "avocatDans", but also "SmithKline", "McDonald". */
  private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}(\\p{Lu}\\p{Ll}*)");
  /** Opening and closing marks, in pairs. */
  private static final String PAIRS = "«»“”‘’()[]\"\"''";

  private static final SpeakerNameGate STANDARD = new SpeakerNameGate();

  private final SpeakerVocabulary words;
  private final TitledNames titles;

  /** The gate on the shipped word lists, shared: it holds no state but them. */
  public static SpeakerNameGate standard() {
    return STANDARD;
  }

  public SpeakerNameGate() {
    this(SpeakerVocabulary.standard());
  }

  public SpeakerNameGate(SpeakerVocabulary words) {
    this.words = words;
    this.titles = new TitledNames(words);
  }

  /**
   * The facet form of {@code name}, or null when it is not a name-shaped noun phrase.
   *
   * @param language "fr" or "en": which participles and finite verbs can lead a fragment
   */
  public String clean(String name, String language) {
    if (name == null) return null;
    List<String> w = split(name);
    w = dropCreditPrefix(w);
    w = dropHonorific(w);
    w = dropLeadingVerb(w, language);
    w = dropPlaceOfBase(w);
    w = titles.personAfterTitle(w);
    w = cutCircumstance(w);
    w = cutDetachedCircumstance(w);
    w = titles.cutApposition(w);
    w = cutTrailingVerb(w, language);
    w = trimDanglingTail(w);
    if (w.isEmpty()) return null;
    return defect(w, language) == null ? String.join(" ", w) : null;
  }

  /**
   * Whether {@code name}, as attribution gives it for one quote, may stand as its speaker: it must clean to a name,
   * and it must not end on a preposition or a word that needs what follows, since then attribution cut a phrase in
   * the middle ("une date non", "faute d'obtenir des") and what it kept is a piece of the sentence, not the speaker.
   * The name is kept as given: cleaning is the corpus's step ({@link CorpusSpeakers}).
   */
  public boolean accepts(String name, String language) {
    if (name == null) return false;
    List<String> w = split(name);
    if (w.isEmpty()) return false;
    String last = fold(w.get(w.size() - 1));
    boolean surname = isCapitalised(w.get(w.size() - 1)) && w.size() > 1;
    return (surname || !words.prepositions().contains(last) && !words.danglingWords().contains(last))
        && clean(name, language) != null;
  }

  /**
   * "Toronto-based Noranda", "Vancouver, British Columbia-based Odlum Brown Ltd": a leading "-based" adjective says
   * where a named body sits, and is no part of its name; dropped with the words before it when a capitalised name
   * follows and ends the phrase ("a Toronto-based firm", "a London-based Nordic banker" keep it: descriptions).
   */
  private static List<String> dropPlaceOfBase(List<String> w) {
    for (int i = 0; i + 1 < w.size() && i < 4; i++) {
      if (w.get(i).toLowerCase(Locale.ROOT).endsWith("-based")
          && w.subList(i + 1, w.size()).stream().allMatch(SpeakerNameGate::isCapitalised)) {
        return w.subList(i + 1, w.size());
      }
    }
    return w;
  }

  /** Why a cleaned name is not name-shaped ("preposition", "inverted cue", …), or null when it is. */
  String defect(List<String> w, String language) {
    String joined = String.join(" ", w);
    if (joined.codePointCount(0, joined.length()) <= 2) return "one or two characters";
    if (joined.chars().noneMatch(Character::isLetter)) return "no letter";
    if (INVERTED_CUE.matcher(joined).find()) return "inverted cue";
    String first = fold(w.get(0));
    if (startsWithPreposition(w)) return "preposition";
    if (isLeadingVerb(w.get(0), language)) return "verb";
    if (words.days().contains(first) || w.stream().allMatch(x -> isMonth(x) || isNumber(x))) return "date";
    if (w.size() == 1 && isLoneWord(first, language)) return "lone function word or suffix";
    if (isLoneCommonNoun(w, language)) return "lone common noun";
    if (w.stream().allMatch(x -> words.functionWords().contains(fold(x)))) return "function words";
    if (isHeadline(w)) return "all-caps headline";
    if (w.stream().anyMatch(this::isGlued)) return "glued words";
    return null;
  }

  /**
   * "À Bruxelles", "de faire", "d'autres" start with a preposition; "Du Plessis", "De Luca" start with the capitalised
   * particle of a surname.
   */
  private boolean startsWithPreposition(List<String> w) {
    String first = fold(w.get(0));
    if (w.size() >= 2 && isCapitalised(w.get(0)) && isCapitalised(w.get(1)) && words.particles().contains(first)) {
      return false;
    }
    return words.prepositions().contains(first) || isElidedDe(w.get(0));
  }

  /**
   * Two words glued by a lost line break: a function word stuck to the word before ("avocatDans"), not the inner
   * capital of a name ("SmithKline", "McDonald").
   */
  private boolean isGlued(String word) {
    Matcher m = INNER_CAPITAL.matcher(word);
    while (m.find()) {
      String tail = m.group(1).toLowerCase(Locale.ROOT);
      if (isFunctionOrPreposition(tail)) return true;
    }
    return false;
  }

  /** English nouns that name no speaker alone: "report", "the statement", "another" (see lone-nouns-en.txt). */
  private static final Set<String> LONE_NOUNS_EN = SpeakerVocabulary.list("lone-nouns-en");
  private static final Set<String> ENGLISH_ARTICLES = Set.of("a", "an", "the", "its", "their");

  /** "report", "the statement", "another": a document, a medium or a pronoun-like word, written in lower case. */
  private static boolean isLoneCommonNoun(List<String> w, String language) {
    if ("fr".equals(language) || w.size() > 2) return false;
    String noun = w.get(w.size() - 1);
    if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0))) return false;
    return LONE_NOUNS_EN.contains(noun.toLowerCase(Locale.ROOT))
        && (w.size() == 1 || ENGLISH_ARTICLES.contains(w.get(0).toLowerCase(Locale.ROOT)));
  }

  private boolean isLoneWord(String folded, String language) {
    String bare = folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded;
    return words.functionWords().contains(folded) || words.corporateSuffixes().contains(bare)
        || words.honorifics().contains(folded) || words.particles().contains(folded)
        || words.leadingVerbs(language).contains(folded);
  }

  /** A token of seven capitals or more, or two all-caps tokens one of which has five: a headline, not a name. */
  private static boolean isHeadline(List<String> w) {
    int caps = 0;
    boolean longOne = false;
    for (String x : w) {
      int letters = (int) x.chars().filter(Character::isLetter).count();
      if (letters == 0 || !x.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) continue;
      if (letters >= 7) return true;
      caps++;
      longOne |= letters >= 5;
    }
    return caps >= 2 && longOne;
  }

  /** "AFP Nawel Gafsia" → "Nawel Gafsia": an agency or platform before a capitalised name is a credit line. */
  private List<String> dropCreditPrefix(List<String> w) {
    for (int k = Math.min(3, w.size() - 1); k >= 1; k--) {
      String head = fold(String.join(" ", w.subList(0, k)));
      if (words.platforms().contains(head) && isCapitalised(w.get(k))) return dropCreditPrefix(w.subList(k, w.size()));
    }
    return w;
  }

  private List<String> dropHonorific(List<String> w) {
    if (w.size() >= 2 && words.honorifics().contains(fold(w.get(0))) && isCapitalised(w.get(1))) {
      return w.subList(1, w.size());
    }
    return w;
  }

  /**
   * "Accusant Emmanuel Macron" → "Emmanuel Macron", "a déclaré Jean Roy" → "Jean Roy": a participle or finite verb
   * in front is what the cue clause left; the name starts at the first capitalised word, and there is none when
   * only the clause is left ("a été" → nothing).
   */
  private List<String> dropLeadingVerb(List<String> w, String language) {
    if (w.isEmpty()) return w;
    boolean verb = isLeadingVerb(w.get(0), language);
    if (!verb && !isParticiple(w.get(0), language)) return w;
    for (int i = 1; i < w.size(); i++) {
      if (isCapitalised(w.get(i)) && !isParticiple(w.get(i), language)) return w.subList(i, w.size());
    }
    // a participle with no name after it may be an adjective or a noun: "banking sources", "manifestants"
    return verb ? List.of() : w;
  }

  /** A finite verb as a cue clause leaves it: in lower case ("Will Young" and "Said Ali" are names). */
  private boolean isLeadingVerb(String word, String language) {
    return Character.isLowerCase(word.charAt(0)) && words.leadingVerbs(language).contains(fold(word));
  }

  private boolean isParticiple(String word, String language) {
    String f = fold(word);
    // a capitalised participle must be long to be one: "Durant", "Grant", "King" are names
    int min = Character.isUpperCase(word.charAt(0)) ? 7 : 5;
    return f.length() >= min && endsWithAny(f, words.participleEndings(language));
  }

  private static boolean endsWithAny(String word, Set<String> endings) {
    for (String e : endings) if (word.endsWith(e)) return true;
    return false;
  }

  /**
   * "Jean Roy devant les maires" → "Jean Roy": a lower-case circumstantial preposition after a proper name (all its
   * words capitalised) opens a circumstance. After a description it may belong to it ("an expert cited in the
   * report"), and after an organisation's head noun to the name ("Commission on Human Rights"): kept.
   */
  private List<String> cutCircumstance(List<String> w) {
    for (int i = 1; i < w.size(); i++) {
      String x = w.get(i);
      if (!isCapitalised(w.get(i - 1)) && !words.honorifics().contains(fold(w.get(i - 1)))) return w;
      if (Character.isLowerCase(x.charAt(0)) && words.circumstantial().contains(fold(x))
          && !words.orgHeads().contains(fold(w.get(i - 1)))) {
        return w.subList(0, i);
      }
    }
    return w;
  }

  /**
   * "le chef de l'État à l'issue du sommet" → "le chef de l'État": a circumstance of the speech act (its time, its
   * listener) is cut after any speaker, a description too, unlike a place ("un manifestant à Rennes").
   */
  private List<String> cutDetachedCircumstance(List<String> w) {
    for (int i = 1; i < w.size(); i++) {
      // in lower case only: "Kevin Durant" is a name
      if (!Character.isLowerCase(w.get(i).charAt(0))) continue;
      String one = fold(w.get(i));
      String two = i + 1 < w.size() ? one + " " + fold(w.get(i + 1)) : one;
      if (words.detached().contains(one) || words.detached().contains(two)) return w.subList(0, i);
    }
    return w;
  }

  /**
   * "Jean Roy devraient être présentées" → "Jean Roy": after a proper name of two capitalised words or more, a
   * lower-case finite verb starts the sentence's next part. Only a verb: a lower-case noun may be the name's head
   * ("Zentrix's threat research unit").
   */
  private List<String> cutTrailingVerb(List<String> w, String language) {
    int names = 0;
    while (names < w.size() && isCapitalised(w.get(names))) names++;
    if (names < 2 || names == w.size() || !isFiniteVerb(w.get(names), language)) return w;
    return w.subList(0, names);
  }

  /** A listed finite verb, or a word with an ending only finite verbs have ("devraient", "feront"). */
  private boolean isFiniteVerb(String word, String language) {
    if (isLeadingVerb(word, language)) return true;
    String f = fold(word);
    return f.length() > 5 && endsWithAny(f, words.finiteEndings(language));
  }

  /** "Jean Roy de" → "Jean Roy": a preposition or function word cannot end a noun phrase. */
  private List<String> trimDanglingTail(List<String> w) {
    int n = w.size();
    // capitalised, it is a surname: "Paul Durant"
    while (n > 1 && !isCapitalised(w.get(n - 1)) && isFunctionOrPreposition(w.get(n - 1))) n--;
    return w.subList(0, n);
  }

  /** A word no noun phrase ends on: a determiner, pronoun, conjunction, adverb or preposition. */
  private boolean isFunctionOrPreposition(String word) {
    String f = fold(word);
    return words.prepositions().contains(f) || words.functionWords().contains(f);
  }

  /**
   * Whitespace-separated words of the name, list punctuation and unpaired quote marks stripped from its two ends
   * ("Agnès Bonnet," → "Agnès Bonnet"; "une poignée de «gilets jaunes»" keeps its pair).
   */
  static List<String> split(String name) {
    String t = name.strip();
    int a = 0, b = t.length();
    while (a < b && strippable(t, a, b, t.charAt(a))) a++;
    while (b > a && strippable(t, a, b, t.charAt(b - 1))) b--;
    t = t.substring(a, b).strip();
    return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
  }

  private static boolean strippable(String t, int a, int b, char c) {
    if (",;:—–-".indexOf(c) >= 0) return true;
    int pair = PAIRS.indexOf(c);
    if (pair < 0) return false;
    char other = PAIRS.charAt(pair ^ 1);
    String inner = t.substring(a, b);
    return inner.indexOf(other) < 0 || other == c && inner.chars().filter(x -> x == c).count() < 2;
  }

  private boolean isMonth(String word) {
    return words.months().contains(fold(word));
  }

  /** "2016", "3,", "1er": digits with no more than two letters. */
  private static boolean isNumber(String word) {
    return word.chars().anyMatch(Character::isDigit) && word.chars().filter(Character::isLetter).count() <= 2;
  }

  static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** Lower case with typographic apostrophes straightened, trailing comma dropped. */
  static String fold(String word) {
    String f = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    return f.endsWith(",") ? f.substring(0, f.length() - 1) : f;
  }

  /** "d'autres", "d’après": an elided "de" before a lower-case word ("D'Amours" is a surname). */
  private static boolean isElidedDe(String word) {
    return word.length() > 2 && (word.charAt(0) == 'd' || word.charAt(0) == 'D')
        && (word.charAt(1) == '\'' || word.charAt(1) == '’') && Character.isLowerCase(word.charAt(2));
  }
}
