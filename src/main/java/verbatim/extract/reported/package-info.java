/**
 * Reported speech without quote marks ("X said (that) …", "selon X, …"), as a pipeline of small parts over one
 * token pass: {@link verbatim.extract.reported.SentenceTokens} cuts the text into words and sentences;
 * {@link verbatim.extract.reported.ParagraphShapes} skips story links and photo captions;
 * {@link verbatim.extract.reported.EmbeddedPost} and {@link verbatim.extract.reported.PullQuote} read whole
 * paragraphs as a named source's words; per sentence, the English and French cue readers find a cue, its speaker
 * mention and the extent of the reported clause; {@link verbatim.extract.reported.TakenFilter} keeps what does not
 * overlap quotes in marks. The word lists are data files under {@code src/main/resources/reported/}.
 * {@link verbatim.extract.ReportedSpeechFinder} is the entry point the rest of the extractor calls.
 */
package verbatim.extract.reported;
