package verbatim.extract.reported;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The French word lists of reported speech, read once from {@code reported/french.txt}: cue verbs (regular -er
 * verbs as stems whose forms are generated here, the rest written out), auxiliaries, and the words a speaker's noun
 * phrase may hold or stops at. The comments of the data file say what each list is for.
 */
final class FrenchWords {
  private FrenchWords() {}

  private static final ListFile FILE = ListFile.read("reported/french.txt");

  /** Endings of the forms of an -er verb that report speech with "que" after them (3rd person and participles). */
  static final List<String> ER_ENDINGS = List.of("e", "ent", "ait", "aient", "a", "èrent", "é", "ée", "és", "ées");

  /** Cue verbs as finite forms or past participles; "que" must follow them. */
  static final Set<String> FR_CUES = cues(FILE.entries("er-stems"), FILE.entries("cues"));

  /** Auxiliaries of a compound cue, plain or inverted: "a indiqué", "a-t-il précisé", "ont-elles affirmé". */
  static final Set<String> FR_AUX = FILE.set("aux");
  /** Subject pronouns: the speaker of an inverted cue ("indique-t-il") or a mention before a cue. */
  static final Set<String> FR_PRONOUNS = FILE.set("pronouns");
  /** Forms of "faire" before "savoir"/"valoir": "a fait savoir que", "faisait valoir que". */
  static final Set<String> FR_FAIRE = FILE.set("faire");
  /** Words skipped between a mention and its cue: "Le ministre a également affirmé". */
  static final Set<String> FR_BETWEEN = FILE.set("between");
  /** Words before the cue that make it not a report: negation, modals, "être", reflexives, prepositions. */
  static final Set<String> FR_BLOCKERS = FILE.set("blockers");
  /** Words that end a mention when walking back from the cue (not part of it). */
  static final Set<String> FR_MENTION_STOPS = FILE.set("mention-stops");
  /** Words starting a noun phrase: included in the mention, and the walk back stops there. */
  static final Set<String> FR_DETERMINERS = FILE.set("determiners");
  /** Words that, coming before the mention, make the cue not a report ("comme il l'a dit", "ce que X a dit"). */
  static final Set<String> FR_MENTION_BLOCKERS = FILE.set("mention-blockers");

  /** The forms of the -er stems, then the forms written out. */
  static Set<String> cues(List<String> erStems, List<String> written) {
    Set<String> s = new HashSet<>();
    for (String stem : erStems) for (String end : ER_ENDINGS) s.add(stem + end);
    s.addAll(written);
    return java.util.Collections.unmodifiableSet(s);
  }
}
