package verbatim.extract;

/**
 * One attribution rule for a quote in marks. {@link QuoteFinder} runs the sieves most precise first and keeps the
 * first answer, which carries the sieve's name (reported per quote as {@link Quote#sieve()}).
 */
interface Sieve {

  /** @return the speaker mention and cue this rule finds for the quote, named after the rule; null when none */
  Attribution find(QuoteContext ctx);
}
