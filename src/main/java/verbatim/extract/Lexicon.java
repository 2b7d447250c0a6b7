package verbatim.extract;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import verbatim.extract.base.WordList;

/**
 * Word lists for cues, names and roles in English and French, read once from the data files under
 * {@code src/main/resources/lexicon/} (what each list holds is said at the top of its file). All entries lower-case,
 * ’ written as '.
 */
final class Lexicon {
  private Lexicon() {}

  static final Set<String> HONORIFICS = list("honorifics");
  static final Set<String> MALE_HONORIFICS = list("honorifics-male");
  static final Set<String> FEMALE_HONORIFICS = list("honorifics-female");

  /** Nouns naming a function or role: minister, mayor, porte-parole… (singular and plural). */
  static final Set<String> ROLE_NOUNS = list("role-nouns");

  /** English nouns for one person beyond the role nouns: a source or a market participant ("trader", "dealer"). */
  static final Set<String> PERSON_NOUNS_EN = list("person-nouns-en");

  /** Words marking an organisation name. */
  static final Set<String> ORG_WORDS = list("org-words");

  /** Words marking a place or venue: not a person, and not what "the company" or "it" stands for either. */
  static final Set<String> PLACE_WORDS = list("place-words");

  /** Documents that "say" things: as a cue's subject they stand for their author ("the report said"). */
  static final Set<String> DOCUMENT_NOUNS = list("document-nouns");

  static final Set<String> PRONOUNS_M = list("pronouns-male");
  static final Set<String> PRONOUNS_F = list("pronouns-female");
  static final Set<String> PRONOUNS_N = list("pronouns-neutral");
  /** Pronoun subjects usable as speaker mentions. */
  static final Set<String> PRONOUNS = list("pronouns");

  /** Capitalised words that start sentences but are not names. */
  static final Set<String> NOT_NAME_START = list("not-name-start");

  /** Tokens inside a name that stay lower-case: Jean de la Fontaine, Ludwig van Beethoven. */
  static final Set<String> NAME_PARTICLES = list("name-particles");

  /** Adverbs and auxiliaries allowed between a subject and its cue verb. */
  static final Set<String> FILLERS = list("fillers");

  /** Prepositional cues followed by the speaker: according to X, selon X, d’après X. */
  static final Set<String> PREP_CUES = list("prep-cues");

  /** Participle cues whose subject is the sentence's speaker: stressing that…, ajoutant que…. */
  static final Set<String> SPEECH_NOUNS = list("speech-nouns");

  /** Cue verbs in every form, both languages in one set as quotes cross languages. */
  private static final Set<String> CUES = union(list("cues-en"), list("cues-fr"));

  private static final Set<String> FEMALE_FIRST = list("first-names-female");
  private static final Set<String> MALE_FIRST = list("first-names-male");

  /** Role nouns whose form gives the gender of the person: "présidente", "spokeswoman". */
  private static final Set<String> FEMALE_ROLES = list("roles-female");
  private static final Set<String> MALE_ROLES = list("roles-male");

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

  /** The list {@code lexicon/NAME.txt}. */
  static Set<String> list(String name) {
    return WordList.set("lexicon/" + name + ".txt");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return Collections.unmodifiableSet(s);
  }
}
