package verbatim.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import verbatim.extract.base.WordList;

/**
 * The word lists that tell a speaker's name from a fragment, read once from {@code src/main/resources/speakers/}:
 * one lower-case entry a line, {@code #} starts a comment.
 *
 * @param prepositions     a speaker never starts with one
 * @param circumstantial   prepositions that open a circumstance cut from the end of a name ("devant", "during")
 * @param functionWords    determiners, pronouns, conjunctions: never a speaker alone
 * @param danglingWords    words that need what follows ("des", "non"): a speaker never ends on one
 * @param corporateSuffixes legal forms and organisation nouns: inside a name only ("Inc", "Department")
 * @param orgHeads         nouns after which a preposition belongs to the name ("Commission on …")
 * @param platforms        agencies and platforms that prefix a credit line ("AFP", "Facebook"); may hold spaces
 * @param honorifics       titles stripped from the front of a name ("M.", "Mrs")
 * @param leadingVerbsFr   French finite verbs a name never starts with ("a", "dit")
 * @param leadingVerbsEn   English finite verbs a name never starts with ("said", "has")
 * @param days             days and relative days: a name never starts with one
 * @param months           months: a date when alone or with digits
 * @param particles        surname particles ("di", "van") that make "Di Maio" a surname alone
 * @param participleEndingsFr endings of a French present participle ("ant": "accusant")
 * @param participleEndingsEn endings of an English present participle ("ing": "accusing")
 * @param finiteEndingsFr  endings only a French finite verb has ("aient": "devraient")
 * @param finiteEndingsEn  the same for English: none, its verb endings are also noun endings
 * @param detached         words and two-word locutions that open a circumstance of the speech act wherever they
 *                         stand ("lors", "à l'issue"): never part of a description
 */
public record SpeakerVocabulary(Set<String> prepositions, Set<String> circumstantial, Set<String> functionWords,
    Set<String> danglingWords,
    Set<String> corporateSuffixes, Set<String> orgHeads, Set<String> platforms, Set<String> honorifics,
    Set<String> leadingVerbsFr, Set<String> leadingVerbsEn, Set<String> days, Set<String> months, Set<String> particles,
    Set<String> participleEndingsFr, Set<String> participleEndingsEn, Set<String> finiteEndingsFr,
    Set<String> finiteEndingsEn, Set<String> detached) {

  private static final SpeakerVocabulary DEFAULT = load();

  /** The shipped lists, loaded once. */
  public static SpeakerVocabulary standard() {
    return DEFAULT;
  }

  private static SpeakerVocabulary load() {
    return new SpeakerVocabulary(list("prepositions"), list("circumstantial-prepositions"), list("function-words"),
        list("dangling-words"),
        list("corporate-suffixes"), list("org-heads"), list("platforms"), list("honorifics"),
        list("leading-verbs-fr"), list("leading-verbs-en"),
        list("days"), list("months"), list("particles"),
        list("participle-endings-fr"), list("participle-endings-en"), list("finite-endings-fr"),
        list("finite-endings-en"), list("detached-circumstances"));
  }

  /** The finite verbs of {@code language} ("fr" or anything else for English). */
  public Set<String> leadingVerbs(String language) {
    return "fr".equals(language) ? leadingVerbsFr : leadingVerbsEn;
  }

  /** The endings of a present participle in {@code language}. */
  public Set<String> participleEndings(String language) {
    return "fr".equals(language) ? participleEndingsFr : participleEndingsEn;
  }

  /** The endings that only a finite verb of {@code language} has. */
  public Set<String> finiteEndings(String language) {
    return "fr".equals(language) ? finiteEndingsFr : finiteEndingsEn;
  }

  /** One list file: trimmed lower-case lines, blank lines and {@code #} comments left out. */
  static Set<String> list(String name) {
    Set<String> out = new HashSet<>();
    for (String line : WordList.lines("speakers/" + name + ".txt")) out.add(line.toLowerCase(Locale.ROOT));
    return Set.copyOf(out);
  }
}
