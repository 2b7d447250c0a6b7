package verbatim.extract;

/** "pronoun-before": a subject pronoun right before a partial quote ("it “strongly recommends”"). */
final class PronounBeforeSieve implements Sieve {

  static final String NAME = "pronoun-before";

  @Override
  public Attribution find(QuoteContext ctx) {
    Tokens t = ctx.g().t;
    int p = ctx.open() - 1;
    if (p >= 0 && t.isWord(p) && t.quote[p] < 0 && Lexicon.PRONOUNS.contains(t.lower(p))) {
      return new Attribution(p, p + 1, null, null, NAME);
    }
    return null;
  }
}
