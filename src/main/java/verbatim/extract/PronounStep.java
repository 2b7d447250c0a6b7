package verbatim.extract;

import java.util.function.Predicate;

/**
 * Resolution step for a subject pronoun: "it" stands for the latest organisation; he/she/il/elle for the latest
 * person of a compatible gender, whether a speaker already or only named in the narration, but never one named in the
 * quote being attributed. A pronoun that picks a person of unknown gender gives that person its gender.
 */
final class PronounStep {
  private final EntityRegistry registry;
  private final SpeakerHistory history;
  private final DescribedAntecedent described;

  PronounStep(Tokens t, EntityRegistry registry, SpeakerHistory history) {
    this.registry = registry;
    this.history = history;
    this.described = new DescribedAntecedent(t);
  }

  /** The speaker the lower-case pronoun p at text offset pos stands for in the given quote, or null. */
  Resolution resolve(String p, int pos, QuoteSpan quote) {
    if (p.equals("it")) return it(pos);
    boolean male = p.equals("he") || p.equals("il") || p.equals("lui");
    boolean female = p.equals("she") || p.equals("elle");
    boolean gendered = male || female;
    boolean english = p.equals("he") || p.equals("she");
    // "they" stands for people or a body, never one person named by name ("Sloane said … they said").
    boolean they = p.equals("they");
    SpeakerHistory.Event ev = history.latest(pos, e -> !gendered && !(they && namedPerson(e))
        || gendered && antecedent(e, male, female, quote)
        || english && !e.person() && described.accepts(e, male, pos));
    if (gendered) {
      Predicate<Entity> candidate = e -> e.person && e.keys.length >= 1 && !quote.names(e, registry)
          && !(male && e.gender == 'F' || female && e.gender == 'M')
          && (e.gender != 0 || e.role != null || e.spoke || registry.fullest(e).gender != 0
              || registry.fullest(e).spoke);
      // Subjects first: a name only seen as a possessive or after a preposition is a weaker antecedent.
      Entity named = registry.lastEntity(pos, candidate, true);
      if (named == null) named = registry.lastEntity(pos, candidate);
      if (named != null) named = PronounSubject.prefer(registry, named, pos, candidate, quote.tokens());
      if (!english) named = unsexedSubject(named, ev, pos, quote);
      if (named != null && (ev == null || named.lastMentionBefore(pos) > ev.pos()
          && !PronounSubject.inRelativeAfter(quote.tokens(), ev.pos(), named.lastMentionBefore(pos)))) {
        Entity full = registry.fullest(named);
        if (full.gender == 0) full.gender = male ? 'M' : 'F';
        full.spokeAsPerson = true;
        return Resolution.person(full);
      }
    }
    return ev == null ? null : new Resolution(ev.speaker(), ev.person(), ev.gender());
  }

  /**
   * "Le 15 mars, Ali Dekhar entre dans la banque. Il …": a person named in full as a subject, of a gender nothing told
   * (a first name the lexicon lacks, no title), is what a subject pronoun after it takes up when no antecedent of
   * known gender was named or spoke since; the pronoun gives them its gender. Else named unchanged.
   */
  private Entity unsexedSubject(Entity named, SpeakerHistory.Event ev, int pos, QuoteSpan quote) {
    Entity u = registry.lastEntity(pos, e -> e.person && e.keys.length >= 2 && e.gender == 0 && e.role == null
        && !e.spoke && registry.fullest(e).gender == 0 && !quote.names(e, registry), true);
    if (u == null) return named;
    int at = u.lastSubjectMentionBefore(pos);
    if (!opensClause(quote.tokens(), at)) return named;
    if (named != null && named.lastMentionBefore(pos) >= at || ev != null && ev.pos() >= at) return named;
    return u;
  }

  /** Whether the name at text offset at opens its sentence or follows a comma: where a French subject stands. */
  private static boolean opensClause(Tokens t, int at) {
    if (t == null || at < 0) return false;
    int k = t.at(at);
    return k == 0 || t.endsSentence(k - 1) || t.type[k - 1] == Tokens.BREAK || t.isPunct(k - 1, ',');
  }

  /** The latest speaker that is no person, else the organisation named last. */
  private Resolution it(int pos) {
    SpeakerHistory.Event ev = history.latest(pos, e -> !e.person());
    if (ev != null) return new Resolution(ev.speaker(), false, ev.gender());
    // Subject-like mentions only: "in the U.S.", "a unit of X" name a place or an owner, not what "it" goes on with.
    Entity best = registry.lastEntity(pos, e -> e.org && !e.isPlace(), true);
    return best == null ? null : Resolution.nonPerson(new Speaker(best.display, best.role));
  }

  private boolean namedPerson(SpeakerHistory.Event e) {
    String name = e.speaker().name();
    if (!e.person() || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) return false;
    Entity x = registry.byName(name);
    return x != null && x.person && x.keys.length >= 2;
  }

  /** Whether a speaker already resolved can be what he/she stands for. */
  private boolean antecedent(SpeakerHistory.Event e, boolean male, boolean female, QuoteSpan quote) {
    if (male && e.gender() == 'F' || female && e.gender() == 'M') return false;
    if (!e.person()) return false;
    if (e.gender() == 0 && e.speaker().role() == null) {
      Entity x = registry.byName(e.speaker().name());
      if (x == null || !x.spoke && x.gender == 0) return false;
    }
    return !(quote.isSet() && quote.names(registry.byName(e.speaker().name()), registry));
  }
}
