/**
 * Text to {@link verbatim.extract.Quote}s with canonical {@link verbatim.extract.Speaker}s: quote marks, reported
 * speech, attribution and speaker names. Pure functions of the text (and, at corpus level, of the speakers seen
 * before); knows nothing of Lucene or HTTP.
 */
package verbatim.extract;
