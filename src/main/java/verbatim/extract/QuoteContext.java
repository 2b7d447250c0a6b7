package verbatim.extract;

/**
 * A quote in marks as the sieves see it: the grammar of its text and the tokens of its opening and closing marks.
 *
 * @param g     the readers over the text's tokens
 * @param open  the token of the opening mark
 * @param close the token of the closing mark
 */
record QuoteContext(Grammar g, int open, int close) {}
