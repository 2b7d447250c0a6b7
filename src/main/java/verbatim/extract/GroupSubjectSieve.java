package verbatim.extract;

import java.util.Set;

/**
 * "group-subject" (French, partial quotes): a sentence whose subject describes a group of people by a quantifier and
 * a plural noun («Des organisations patronales ont mis en garde contre « … »», «Certains grévistes voient « … »»,
 * «Plusieurs élus jugent …») quotes that group, as a named subject would be quoted (clause-subject); without it the
 * quote went to the speaker of an earlier sentence. The noun phrase is the quantifier, the noun and up to two plural
 * adjectives; a finite verb follows it. Stateless.
 */
final class GroupSubjectSieve implements Sieve {

  static final String NAME = "group-subject";

  /** Quantifiers opening a group of unnamed people; a numeral does too. */
  private static final Set<String> QUANTIFIERS = Set.of("des", "certains", "certaines", "plusieurs", "quelques",
      "nombre", "maints", "maintes");

  /** Plural adjectives after the noun («des organisations patronales françaises»). */
  private static final int MAX_ADJECTIVES = 2;

  @Override
  public Attribution find(QuoteContext ctx) {
    if (!ctx.french()) return null;
    Grammar g = ctx.g();
    Tokens t = g.t;
    int open = ctx.open();
    int k = ctx.sentenceStart();
    if (k + 2 >= open || !t.isWord(k) || !t.isWord(k + 1) || t.quote[k] >= 0) return null;
    if (!QUANTIFIERS.contains(t.lower(k)) && !g.cues.isNumeral(k)) return null;
    if (!plural(t, k + 1) || Lexicon.DOCUMENT_NOUNS.contains(t.lower(k + 1))) return null;
    int e = k + 2;
    while (e < open && e < k + 2 + MAX_ADJECTIVES && plural(t, e) && !CueReader.isAuxiliary(t.lower(e))) e++;
    // The verb: a lower-case word that closes the noun phrase, not a comma or a quote.
    if (e >= open || !t.isWord(e) || t.isCapitalised(e) || t.quote[e] >= 0 || plural(t, e)) return null;
    return new Attribution(k, e, null, null, NAME);
  }

  /** A lower-case word in -s or -x of more than three letters: a plural noun or adjective. */
  private static boolean plural(Tokens t, int k) {
    if (!t.isWord(k) || t.isCapitalised(k) || t.quote[k] >= 0) return false;
    String w = t.lower(k);
    return w.length() > 3 && (w.endsWith("s") || w.endsWith("x"));
  }
}
