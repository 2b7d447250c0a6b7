package verbatim.extract;

import java.util.Arrays;
import java.util.Set;
import verbatim.text.Folding;

/**
 * Resolution steps for a description that stands for an organisation the article names: "the city", "the agency"
 * (an organisation whose name holds the head noun), "the company" (the latest organisation that spoke), "city
 * staff" (the staff of the organisation whose name holds the modifier).
 */
final class OrganisationStep {
  /** Head nouns that stand for an organisation already named: "the company", "la société". */
  private static final Set<String> GENERIC_ORG_HEADS = Set.of("company", "agency", "firm",
      "utility", "organization", "organisation", "corporation", "group", "railway", "airline", "retailer", "union",
      "department",
      "société", "entreprise", "compagnie", "agence", "firme", "organisme", "syndicat", "groupe");

  /** People speaking for an organisation as a body: "city staff", "company officials". */
  private static final Set<String> STAFF_NOUNS = Set.of("staff", "officials", "employees",
      "workers", "officers", "management", "personnel", "representatives", "lawyers");

  private final Tokens t;
  private final EntityRegistry registry;
  private final SpeakerHistory history;

  OrganisationStep(Tokens t, EntityRegistry registry, SpeakerHistory history) {
    this.t = t;
    this.registry = registry;
    this.history = history;
  }

  /** "the city", "the company": the organisation a definite description with an organisation head stands for. */
  Resolution byHeadNoun(Mention m, NameRun run) {
    if (!WordClasses.isDefinite(m.wordBefore(t)) || run.found()) return null;
    String last = t.lower(m.to() - 1);
    // French puts its adjectives after the head: "le syndicat patronal", "la société minière".
    boolean headFirst = !Lexicon.ORG_WORDS.contains(last) && m.size() > 1
        && GENERIC_ORG_HEADS.contains(t.lower(m.from())) && lowerCaseModifiers(m.from() + 1, m.to());
    String head = headFirst ? t.lower(m.from()) : last;
    if (!Lexicon.ORG_WORDS.contains(head)) return null;
    Entity org = registry.lastEntity(m.pos(), e -> e.org && Arrays.asList(e.keys).contains(Folding.key(head)));
    if (org != null) return Resolution.nonPerson(new Speaker(org.display, org.role));
    // "the company said" after "Tesla said": a generic head noun takes the latest named organisation that spoke.
    if (GENERIC_ORG_HEADS.contains(head) && (headFirst || lowerCaseModifiers(m.from(), m.to() - 1))) {
      return latestOrganisation(m);
    }
    return null;
  }

  /**
   * "the Bank said" after "the Bank of Norland", "the Commission" after "the European Commission": English writes the
   * head word of a body named before with a capital and "the"; it is that body, not a name of its own.
   */
  Resolution capitalisedHead(Mention m, NameRun run) {
    if (!run.found() || run.to() - run.from() != 1 || run.from() != m.from() || !m.wordBefore(t).equals("the")) {
      return null;
    }
    String head = t.lower(run.from());
    if (!Lexicon.ORG_WORDS.contains(head)) return null;
    String key = Folding.key(head);
    Entity org = registry.lastEntity(m.pos(), e -> e.org && e.keys.length > 1 && Arrays.asList(e.keys).contains(key));
    return org == null ? null : Resolution.nonPerson(new Speaker(org.display, org.role));
  }

  /** The latest organisation that spoke, even when its name was last written a while ago; else the last named. */
  private Resolution latestOrganisation(Mention m) {
    SpeakerHistory.Event ev = history.latestRecent(m.pos(), e -> {
      if (e.person() || isPlainDescription(e.speaker())) return false;
      Entity x = registry.byName(e.speaker().name());
      return x != null && x.org && !x.person && !x.isPlace();
    });
    if (ev != null) return Resolution.nonPerson(ev.speaker());
    int at = t.start[m.from()];
    // Subject-like mentions only, as for "it": "sales in the U.S." does not make the U.S. the company.
    Entity named = registry.lastEntity(at, e -> !e.person && !registry.fullest(e).person
        && !registry.fullest(e).spokeAsPerson && Lexicon.firstNameGender(e.keys[0]) == 0 && !e.isPlace(), true);
    if (named == null || at - named.lastSubjectMentionBefore(at) >= 600) return null;
    if (NameKeys.isAcronym(named.display)) {
      Entity full = registry.byAcronym(named.display);
      if (full != null) named = full;
    }
    return Resolution.nonPerson(new Speaker(named.display, named.role));
  }

  /**
   * "city staff", "company officials": staff of the organisation named in the article whose name holds the
   * modifier ("City of Lakeview staff").
   */
  Resolution staff(Mention m, NameRun run) {
    int from = m.from(), to = m.to();
    if (!(!run.found() && m.size() == 2 && t.isWord(from) && !t.isCapitalised(from)
        && Lexicon.ORG_WORDS.contains(t.lower(from))
        && (Lexicon.ROLE_NOUNS.contains(t.lower(to - 1)) || STAFF_NOUNS.contains(t.lower(to - 1))))) {
      return null;
    }
    String head = Folding.key(t.lower(from));
    Entity org = registry.lastEntity(m.pos(), e -> e.org && !e.person && Arrays.asList(e.keys).contains(head));
    return org == null ? null : Resolution.nonPerson(new Speaker(org.display + " " + t.str(to - 1), null));
  }

  /**
   * "cette source", "la même source", "de même source": a source taken up is the speaker resolved just before it,
   * within 1,500 characters (a source is unnamed, so only the words it spoke tie it back).
   */
  Resolution sourceTakenUp(Mention m) {
    String head = t.lower(m.to() - 1);
    if (!(head.equals("source") || head.equals("sources")) || m.size() > 2) return null;
    String first = m.size() == 2 ? t.lower(m.from()) : m.wordBefore(t);
    if (!(first.equals("même") || first.equals("cette") || first.equals("ces") || first.equals("same")
        || first.equals("this"))) {
      return null;
    }
    SpeakerHistory.Event ev = history.latestRecent(m.pos(), e -> true);
    return ev == null ? null : new Resolution(ev.speaker(), ev.person(), ev.gender());
  }

  /**
   * "deux de ses membres", "l'un de leurs porte-parole", "two of its members": members of the organisation named
   * last before the mention within its reach, written out ("deux membres du collectif « X »"); null when none.
   */
  Resolution members(Mention m) {
    int from = m.from(), to = m.to();
    if (to - from != 4 || !t.isWord(from + 1) || !t.isWord(from + 2) || !t.isWord(from + 3)) return null;
    String of = t.lower(from + 1), poss = t.lower(from + 2);
    if (!(WordClasses.frenchOf(of) || of.equals("of")) || !(poss.equals("ses") || poss.equals("leurs")
        || poss.equals("its") || poss.equals("their"))) {
      return null;
    }
    int[] owner = latestOrganisationPhrase(from);
    if (owner == null) return null;
    boolean english = of.equals("of");
    String noun = t.str(from + 3);
    String ownerText = t.text.substring(t.start[owner[0]], t.end[owner[1] - 1]);
    boolean vowel = "aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ".indexOf(ownerText.charAt(0)) >= 0;
    String link = english ? " of the " : vowel ? " de l’" : owner[2] == 'F' ? " de la " : " du ";
    String quantity = t.str(from);
    // "l'un de ses membres" is one member.
    boolean one = quantity.equalsIgnoreCase("un") || quantity.equalsIgnoreCase("une") || quantity.equalsIgnoreCase("one");
    if (one && noun.length() > 3 && noun.endsWith("s")) noun = noun.substring(0, noun.length() - 1);
    return Resolution.nonPerson(new Speaker(quantity + " " + noun + link + ownerText, null));
  }

  /**
   * The nearest organisation phrase before token k within 600 characters: an organisation noun written in lower case
   * with the name or label it introduces ("un collectif « X »", "le syndicat Force"); {from, to, gender} with gender
   * 'M' or 'F' as its determiner gives it, else null.
   */
  private int[] latestOrganisationPhrase(int k) {
    for (int x = k - 1; x > 0 && t.start[k] - t.start[x] < 600; x--) {
      if (!t.isWord(x) || t.isCapitalised(x) || t.quote[x] >= 0 || !Lexicon.ORG_WORDS.contains(t.lower(x))) continue;
      int end = x + 1;
      if (end < t.size && t.quote[end] >= 0) {
        int q = t.quote[end];
        while (end < t.size && t.quote[end] == q) end++;
      } else if (Names.nameWord(t, end)) {
        end = Names.runEnd(t, end);
      } else {
        continue;
      }
      String det = t.isWord(x - 1) ? t.lower(x - 1) : "";
      int gender = switch (det) {
        case "une", "la", "cette" -> 'F';
        default -> 'M';
      };
      return new int[] {x, end, gender};
    }
    return null;
  }

  /** "the security firm", "the Crown corporation": up to two lower-case words before a generic head noun. */
  private boolean lowerCaseModifiers(int from, int head) {
    if (head - from > 2) return false;
    for (int k = from; k < head; k++) {
      if (!t.isWord(k) || t.isCapitalised(k) || WordClasses.isFunctionWord(t.lower(k))
          || Lexicon.ROLE_NOUNS.contains(t.lower(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlainDescription(Speaker s) {
    return !s.name().isEmpty() && Character.isLowerCase(s.name().charAt(0));
  }
}
