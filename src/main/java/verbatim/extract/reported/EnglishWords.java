package verbatim.extract.reported;

import java.util.Map;
import java.util.Set;

/**
 * The English word lists of reported speech, read once from {@code reported/english.txt} (cue verbs with their
 * tier, the words a speaker's noun phrase may hold or stops at, adjuncts skipped between a cue and its clause).
 * The comments of the data file say what each list is for.
 */
final class EnglishWords {
  private EnglishWords() {}

  private static final ListFile FILE = ListFile.read("reported/english.txt");

  /**
   * Cue verbs and how freely each introduces a clause ({@link Tier}): "said the plan is dead", "warned that …",
   * "believes that …", "urged residents to …".
   */
  static final Map<String, Tier> EN_CUES = FILE.tiers("cues");
  /** Present participles that report speech after a comma ("…, saying …"), with the same tiers as the cues. */
  static final Map<String, Tier> EN_PARTICIPLES = FILE.tiers("participles");
  /** Verbs taking the listener as object first: "told reporters …", "assured the public …". */
  static final Set<String> EN_OBJECT_FIRST = FILE.set("object-first");
  /** Pronouns that can open a reported clause: "added he …". */
  static final Set<String> EN_SUBJECT_PRONOUNS = FILE.set("subject-pronouns");
  /** Pronouns that can name a speaker. */
  static final Set<String> EN_PRONOUN_MENTIONS = FILE.set("pronoun-mentions");
  /** Listeners and reflexives after a cue ("told reporters", "told them"): never the start of the reported clause. */
  static final Set<String> EN_OBJECT_WORDS = FILE.set("object-words");
  /** Words skipped between a mention and its cue: "McCallum has also said", "staff later said". */
  static final Set<String> EN_BETWEEN = FILE.set("between");
  /** Audiences a speaker addresses: the head of a listener phrase after "told" ("a news conference"). */
  static final Set<String> EN_GATHERINGS = FILE.set("gatherings");
  /** Words in -ly that are nouns or adjectives, never adverbs skipped between a subject and its cue. */
  static final Set<String> EN_LY_NOUNS = FILE.set("ly-nouns");
  /** Sentence openers of a fronted subordinate clause: "Though X said …, he …" ends the report at its comma. */
  static final Set<String> EN_FRONTED = FILE.set("fronted");
  /** Subordinators that may open a reported clause when a main clause follows their comma. */
  static final Set<String> EN_CLAUSE_SUBORDINATORS = FILE.set("clause-subordinators");
  /** Time words skipped between a cue and its clause: "said Monday he …", "said last week the …". */
  static final Set<String> EN_TIME_WORDS = FILE.set("time-words");
  /** Prepositions opening an adjunct between a cue and its clause: "said in an interview the …". */
  static final Set<String> EN_ADJUNCT_PREPOSITIONS = FILE.set("adjunct-prepositions");
  /** Verbs of publishing: "X published a notice saying …" reports X's words. */
  static final Set<String> EN_PUBLISHING = FILE.set("publishing");
  /** Nouns that carry words: "a notice saying …", "reports by X saying …". */
  static final Set<String> EN_MESSAGE_NOUNS = FILE.set("message-nouns");
  /** Participles that report speech after "be" (progressive): "critics have been saying that …". */
  static final Set<String> EN_PROGRESSIVE = FILE.set("progressive");
  /** Forms of "be" before a progressive participle. */
  static final Set<String> EN_BE = FILE.set("be");
  /** Words of "for years" between an auxiliary and a participle. */
  static final Set<String> EN_DURATIONS = FILE.set("durations");
  /** Words before the cue that make it not a report: negation, modals, passive voice. */
  static final Set<String> EN_BLOCKERS = FILE.set("blockers");
  /** Words that end a mention when walking back from the cue (not part of it). */
  static final Set<String> EN_MENTION_STOPS = FILE.set("mention-stops");
  /** Words starting a noun phrase: included in the mention, and the walk back stops there. */
  static final Set<String> EN_DETERMINERS = FILE.set("determiners");
  /** Words that, coming before the mention, make the cue not a report of speech ("as he said", "what X said"). */
  static final Set<String> EN_MENTION_BLOCKERS = FILE.set("mention-blockers");
  /** Clause openings after a cue that are not reported content ("said so", "said little"). */
  static final Set<String> EN_EMPTY_OBJECTS = FILE.set("empty-objects");
  /** Auxiliaries and modals: a phrase holding one is a clause, not a speaker's name. */
  static final Set<String> EN_VERBISH = FILE.set("verbish");
  /** Words before "say"/"claim"/"report" that make it a noun: "the final say", "a claim". */
  static final Set<String> NOUN_SAY_BEFORE = FILE.set("noun-say-before");
  /** Participles whose clause may start with a noun phrase: "noting the board lobbies …". */
  static final Set<String> PARTICIPLES_WITH_NOUN_CLAUSE = FILE.set("noun-clause-participles");
  /** Objects of "claim" that are not speech: "claimed responsibility". */
  static final Set<String> CLAIM_OBJECTS = FILE.set("claim-objects");
  /** Openings of a clause that is only the setting of the report: "When asked …, he said …". */
  static final Set<String> EN_SUBORDINATORS = FILE.set("subordinators");
  /** Words opening an adjunct after a cue: "said in a statement", "said Thursday". */
  static final Set<String> EN_ADJUNCTS = FILE.set("adjuncts");

  /** An adverb in -ly ("helpfully", "rudely"), not a noun like "family" or "assembly". */
  static boolean isLyAdverb(String w) {
    return w.length() >= 5 && w.endsWith("ly") && !EN_LY_NOUNS.contains(w);
  }
}
