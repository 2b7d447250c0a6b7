/**
 * The base layer both finders stand on: one scanner that cuts a text into word, punctuation and line-break tokens
 * ({@link verbatim.extract.base.TokenScan}, under the {@link verbatim.extract.base.TokenRules} of each reader), and
 * the loader of the word lists kept as data files under {@code src/main/resources/} ({@link
 * verbatim.extract.base.WordList}). Knows nothing of quotes, speakers or cues.
 */
package verbatim.extract.base;
