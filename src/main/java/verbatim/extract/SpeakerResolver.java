package verbatim.extract;

import java.util.Locale;

/**
 * Resolves speaker mentions within one article to canonical speakers: pronouns to the last compatible speaker,
 * titles and honorifics ("Minister Caire", "Mme Hudon", "le premier ministre") and near-misspellings ("Mr. Cairo")
 * to the fullest name the article gives, organisations and unnamed described persons to their description.
 *
 * <p>The article's names are read once into an {@link EntityRegistry} ({@link NameCollector}); each mention then
 * goes through the resolution steps in a fixed order, the first that resolves it winning: pronoun
 * ({@link PronounStep}), document source ({@link DocumentSourceStep}), named entity ({@link NamedEntityStep}) or,
 * when the mention names no one, bound role ({@link BoundRoleStep}), role holder ({@link RoleHolderStep}), then the
 * descriptions ({@link DescriptionStep}, {@link OrganisationStep}). Every speaker resolved is remembered in a
 * {@link SpeakerHistory} that later pronouns and descriptions look back through.
 */
final class SpeakerResolver {
  private final Tokens t;
  private final EntityRegistry registry;
  private final SpeakerHistory history = new SpeakerHistory();
  private final PronounStep pronouns;
  private final DocumentSourceStep documents;
  private final NamedEntityStep names;
  private final BoundRoleStep boundRoles;
  private final RoleHolderStep roleHolders;
  private final DescriptionStep descriptions;
  private final DescriptionTakenUp takenUp;
  private final OrganisationStep organisations;
  private final NounBoundOrganisation nounBound;
  /** The quote whose speaker is resolved next, as {@link #quoteSpan} last set it. */
  private QuoteSpan quote = QuoteSpan.NONE;

  SpeakerResolver(Tokens tokens) {
    this.t = tokens;
    this.registry = NameCollector.collect(tokens);
    this.pronouns = new PronounStep(tokens, registry, history);
    this.documents = new DocumentSourceStep(tokens, history);
    this.names = new NamedEntityStep(tokens, registry);
    this.boundRoles = new BoundRoleStep(tokens, registry);
    this.roleHolders = new RoleHolderStep(tokens, registry, history);
    this.descriptions = new DescriptionStep(tokens, registry);
    this.takenUp = new DescriptionTakenUp(tokens, history);
    this.organisations = new OrganisationStep(tokens, registry, history);
    this.nounBound = new NounBoundOrganisation(tokens);
  }

  /**
   * Resolves the mention in tokens [from, to) at text offset pos, records it as the latest speaker and returns it;
   * null when nothing can be made of it.
   */
  Speaker resolve(int from, int to, int pos) {
    return remember(resolveQuietly(from, to, pos, quote), pos);
  }

  /** Sets the span of the quote whose speaker is resolved next ("Okafor hid under a desk, he said": not Okafor). */
  void quoteSpan(int from, int to) {
    quote = new QuoteSpan(t, from, to);
  }

  /** Resolves a pronoun ("he", "elle") at text offset pos and records the result as the latest speaker. */
  Speaker resolvePronoun(String p, int pos) {
    return remember(pronouns.resolve(p.toLowerCase(Locale.ROOT), pos, quote), pos);
  }

  private Speaker remember(Resolution r, int pos) {
    if (r == null) return null;
    history.add(pos, r);
    return r.speaker();
  }

  /** Records a speaker found without a mention (a neighbouring quote's). */
  void record(Speaker s, int pos) {
    if (s == null) return;
    Entity e = registry.byName(s.name());
    history.add(new SpeakerHistory.Event(pos, s, e != null && e.person, e == null ? (char) 0 : e.gender));
  }

  /**
   * Whether no person other than the speaker is named between text offsets from and to: a quote paragraph after
   * narration about the last speaker continues that speaker's words.
   */
  boolean noOtherPersonBetween(Speaker s, int from, int to) {
    return !registry.otherPersonNamedIn(s.name(), from, to);
  }

  /**
   * "Lena told police she could hear the sirens": a reported clause opening on he/she (il/elle) speaks of its
   * speaker, whose gender it gives when none is known yet.
   */
  void noteGender(Speaker s, char gender) {
    if (registry.learnGender(s.name(), gender)) history.learnGender(s.name(), gender);
  }

  /** The resolution steps in order; the first that resolves the mention wins. */
  private Resolution resolveQuietly(int from, int to, int pos, QuoteSpan quote) {
    Mention m = Mention.trim(t, from, to, pos);
    if (m == null) return null;
    if (Handles.startsWith(t, m.from())) return new Resolution(new Speaker(Handles.text(t, m.from()), null), true, (char) 0);
    String pronoun = m.pronoun(t);
    if (pronoun != null) return pronouns.resolve(pronoun, pos, quote);
    Resolution r = documents.resolve(m, (f, e, p) -> resolveQuietly(f, e, p, quote));
    if (r != null) return r;
    NameRun run = NameRun.last(t, m);
    r = organisations.capitalisedHead(m, run);
    if (r != null) return r;
    r = run.found() ? names.resolve(run, m.from()) : boundRoles.resolve(m);
    if (r != null) return r;
    r = run.found() ? null : nounBound.resolve(m);
    if (r != null) return r;
    r = takenUp.resolve(m, run);
    if (r != null) return r;
    r = roleHolders.resolve(m);
    if (r != null) return r;
    r = descriptions.leader(m, run);
    if (r != null) return r;
    if (descriptions.unusable(m)) return null;
    r = descriptions.possessed(m, quote);
    if (r != null) return r;
    r = descriptions.demonstrative(m, run);
    if (r != null) return r;
    r = organisations.sourceTakenUp(m);
    if (r != null) return r;
    r = organisations.members(m);
    if (r != null) return r;
    r = organisations.byHeadNoun(m, run);
    if (r != null) return r;
    r = descriptions.institutionTakenUp(m);
    if (r != null) return r;
    r = descriptions.lastPersonNamed(m, run);
    if (r != null) return r;
    r = organisations.staff(m, run);
    return r != null ? r : descriptions.asWritten(m);
  }

  /** The fullest name the article gives the one called name ("Caire" → "Éric Caire"); exposed for tests. */
  String canonical(String name) {
    Entity e = registry.byName(name);
    return e == null ? name : e.display;
  }

  /** "dit-il" → "il", "a-t-elle" → "elle"; null for a word with no inverted subject pronoun. */
  static String invertedClitic(String w) {
    return WordClasses.invertedClitic(w);
  }

  static String stripPossessive(String name) {
    return NameKeys.stripPossessive(name);
  }

  static String[] keysOf(String name) {
    return NameKeys.keysOf(name);
  }

  static boolean isDefinite(String w) {
    return WordClasses.isDefinite(w);
  }

  static boolean isDeterminer(String w) {
    return WordClasses.isDeterminer(w);
  }

  /** Levenshtein distance, or max + 1 when it exceeds max. */
  static int distance(String a, String b, int max) {
    return NameKeys.distance(a, b, max);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
