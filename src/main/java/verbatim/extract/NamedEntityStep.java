package verbatim.extract;

/**
 * Resolution step for a mention that names its speaker: the name minus its title and honorific, matched to the
 * article's entity by full name or surname, by a first name only one person bears, by a near-misspelling ("Mr.
 * Cairo" → "Éric Caire") or by an acronym ("IRCC"); an unknown name stands for itself, with the role the mention
 * gives.
 */
final class NamedEntityStep {
  /** The title and honorifics before the name inside the run: where the name starts, the role and gender given. */
  private record Lead(int from, int nameFrom, String role, char gender) {}

  private final Tokens t;
  private final EntityRegistry registry;

  NamedEntityStep(Tokens t, EntityRegistry registry) {
    this.t = t;
    this.registry = registry;
  }

  /** The speaker the name run stands for in a mention starting at token mentionFrom, or null when no name is left. */
  Resolution resolve(NameRun run, int mentionFrom) {
    int runTo = run.to();
    Lead lead = lead(NameCollector.afterPrepositionHead(t, run.from(), runTo), runTo);
    int s = lead.nameFrom();
    if (s >= runTo) return null;
    String given = NameKeys.stripPossessive(t.text.substring(t.start[s], t.end[runTo - 1]));
    String[] keys = NameKeys.keysOf(given);
    if (keys.length == 0) return null;
    boolean org = Names.isOrganisation(t, s, runTo);
    Entity e = match(keys, given, org);
    if ((e == null || e.keys.length == 1) && NameKeys.isAcronym(given)) {
      // "la SDJ" after "la société des journalistes de X": the acronym of a description the article wrote out.
      String expanded = AcronymExpansion.before(t, given, s);
      if (expanded != null) return Resolution.nonPerson(new Speaker(expanded, null));
    }
    if (e != null) {
      e.spoke = true;
      return new Resolution(new Speaker(e.display, e.role != null ? e.role : lead.role()), e.person,
          e.gender != 0 ? e.gender : lead.gender());
    }
    String role = lead.role();
    if (mentionFrom < lead.from() && role == null) role = roleBefore(mentionFrom, lead.from());
    return new Resolution(new Speaker(given, role), !org, lead.gender());
  }

  /** The entity the name denotes, trying the exact name, a unique first name, a typo, then an acronym; or null. */
  private Entity match(String[] keys, String given, boolean org) {
    Entity e = registry.find(keys);
    if ((e == null || e.keys.length == 1) && keys.length == 1 && !org) {
      Entity byFirst = registry.uniqueByFirstName(keys[0]);
      if (byFirst != null) e = byFirst;
    }
    if ((e == null || e.keys.length == 1) && !org) {
      Entity f = registry.fuzzy(keys, e);
      if (f != null && (e == null || f.keys.length > 1)) e = f;
    }
    if ((e == null || e.keys.length == 1) && NameKeys.isAcronym(given)) {
      Entity full = registry.byAcronym(given);
      if (full != null) e = full;
    }
    return e;
  }

  /** "Transport Minister", "Mme", "le ministre": what opens the run [from, to) before the name itself. */
  private Lead lead(int from, int to) {
    char gender = 0;
    String role = null;
    int cut = NameCollector.afterTitle(t, from, to);
    if (cut > from) {
      role = t.text.substring(t.start[from], t.end[cut - 1]);
      from = cut;
    }
    int s = from;
    while (s < to) {
      String w = t.lower(s);
      if (t.isPunct(s, '.')) {
        s++;
      } else if (Lexicon.HONORIFICS.contains(w)) {
        if (Lexicon.MALE_HONORIFICS.contains(w)) gender = 'M';
        if (Lexicon.FEMALE_HONORIFICS.contains(w)) gender = 'F';
        s++;
      } else if (Lexicon.NOT_NAME_START.contains(w) && !Names.nameWord(t, s) || Names.elision(t, s)) {
        s++;
      } else if (Lexicon.ROLE_NOUNS.contains(w) && s + 1 < to && !Names.hasOrgWord(t, s, to)) {
        role = t.str(s);
        s++;
      } else {
        break;
      }
    }
    return new Lead(from, s, role, gender);
  }

  /** "the party's new leader, X": the mention's words before the name, when they hold a role noun; else null. */
  private String roleBefore(int mentionFrom, int nameFrom) {
    String lead = t.text.substring(t.start[mentionFrom], t.start[nameFrom]).strip();
    if (lead.endsWith(",")) lead = lead.substring(0, lead.length() - 1).strip();
    for (int k = mentionFrom; k < nameFrom; k++) {
      if (Lexicon.ROLE_NOUNS.contains(t.lower(k))) return lead;
    }
    return null;
  }
}
