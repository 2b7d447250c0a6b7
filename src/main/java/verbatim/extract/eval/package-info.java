/**
 * Scores extraction against gold files with the definitions of the reference scorer {@code score_quotes.py}
 * (overlap rules, speaker matching, attributed F1), for {@code ./verbatim eval}.
 */
package verbatim.extract.eval;
