package verbatim.extract;

import java.util.Locale;

/**
 * English resolution step for a definite description that takes up a described speaker: "A Bolton spokesman said
 * … The spokesman said …", "Nordic diplomats said … The diplomats said …". English introduces an unnamed source with an
 * indefinite or bare noun phrase and refers back to it with "the" and the same head noun, so "the spokesman" is the
 * latest speaker described with that head, not whoever was named last.
 */
final class DescriptionTakenUp {
  private final Tokens t;
  private final SpeakerHistory history;

  DescriptionTakenUp(Tokens t, SpeakerHistory history) {
    this.t = t;
    this.history = history;
  }

  /**
   * The latest speaker, within {@link SpeakerHistory#RECENT_WINDOW}, whose description ends on the head noun of
   * "the [modifier] head"; null when none, or when a speaker holding that word in its name or role spoke since (a
   * named "spokesman" taken up is the role holder's business).
   */
  Resolution resolve(Mention m, NameRun run) {
    if (!m.wordBefore(t).equals("the") || run.found() || m.size() > 2) return null;
    int h = m.to() - 1;
    // An organisation noun ("the company") is the organisation steps' business.
    if (!t.isWord(h) || t.isCapitalised(h) || WordClasses.isFunctionWord(t.lower(h))
        || Lexicon.ORG_WORDS.contains(t.lower(h))) {
      return null;
    }
    String head = t.lower(h);
    SpeakerHistory.Event ev = history.latestRecent(m.pos(), e -> mentions(e.speaker(), head));
    if (ev == null || !describedBy(ev.speaker().name(), head) || ev.person()) return null;
    // "the Argentine officials" is not "U.S. officials": a modifier must be one the earlier description gave.
    if (m.size() == 2 && !mentions(ev.speaker(), t.lower(m.from()))) return null;
    return new Resolution(ev.speaker(), false, ev.gender());
  }

  /** Whether the speaker's name or role holds the word. */
  private static boolean mentions(Speaker s, String word) {
    return (" " + s.name().toLowerCase(Locale.ROOT) + " ").contains(" " + word + " ")
        || s.role() != null && (" " + s.role().toLowerCase(Locale.ROOT) + " ").contains(" " + word + " ");
  }

  /** "a Bolton spokesman", "Nordic diplomats": a description of two words or more ending on the head noun. */
  private static boolean describedBy(String name, String head) {
    String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
    return w.length >= 2 && w[w.length - 1].equals(head);
  }
}
