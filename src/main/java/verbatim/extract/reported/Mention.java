package verbatim.extract.reported;

/** Tokens [from, to) of a {@link SentenceTokens} that name a speaker: "The mayor", "Ms. Okafor", "he". */
record Mention(int from, int to) {}
