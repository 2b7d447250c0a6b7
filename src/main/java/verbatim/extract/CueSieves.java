package verbatim.extract;

import java.util.List;

/**
 * The cue sieves in order, most precise first: a reporting clause right after the quote, a cue before it in its
 * sentence, a cue later in its sentence, a pronoun right before it, an opinion frame, a fronted participle clause, the
 * agent of a reporting verb in the passive, the antecedent of a relative «qui» subject of the cue. Their answer also
 * tells a quote from a label.
 */
final class CueSieves {

  private static final CueAfterSieve AFTER = new CueAfterSieve();
  private static final List<Sieve> ORDER = List.of(AFTER, new CueBeforeSieve(), new CueLaterSieve(),
      new PronounBeforeSieve(), new OpinionFrameSieve(), new FrontedParticipleSieve(),
      new PassiveAgentSieve(), new RelativeCueSieve());

  private CueSieves() {}

  /** The first answer of the cue sieves for the quote, or null. */
  static Attribution attribute(QuoteContext ctx) {
    for (Sieve s : ORDER) {
      Attribution a = s.find(ctx);
      if (a != null) {
        return a.pronoun() == null ? BareDocument.subjectInstead(ctx, QuotedAsSaying.speakerOf(ctx.g(), a))
            : framed(ctx, a);
      }
    }
    return null;
  }

  /**
   * "Mais pour Anne Roy, la hausse est « inacceptable », a-t-elle dit": the inverted pronoun of a sentence framed
   * by a named person is that person, not whoever a pronoun resolver would find further back.
   */
  private static Attribution framed(QuoteContext ctx, Attribution a) {
    Attribution m = OpinionFrameSieve.frame(ctx.g(), ctx.open());
    if (m == null || Lexicon.PRONOUNS.contains(ctx.g().t.lower(m.from()))) return a;
    return new Attribution(m.from(), m.to(), null, a.cue(), a.sieve());
  }

  /** The clause right after the quote ("”, she said"), unnamed: whether a cited short quote has a speaker. */
  static Attribution after(QuoteContext ctx) {
    return AFTER.clauseAfter(ctx);
  }
}
