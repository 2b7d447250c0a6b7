package verbatim.extract.reported;

/** How freely an English cue verb introduces a clause. */
enum Tier {
  /** the clause may follow directly: "said the plan is dead" */
  FREE,
  /** usually takes a noun object, so the clause needs "that" or a pronoun subject: "warned that …", "added he …" */
  CLAUSE,
  /** a verb of thought or denial: only with "that" */
  THAT,
  /** a directive with an object: "urged residents to conserve water" */
  DIRECTIVE
}
