package verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The speakers resolved so far in one article, in the order they were resolved: pronouns and document mentions look
 * back through it for the latest compatible speaker.
 */
final class SpeakerHistory {
  /** How far back (chars) a speaker still stands for a later document mention or "the company". */
  static final int RECENT_WINDOW = 1500;

  /** One resolved speaker, attributed at text offset pos. */
  record Event(int pos, Speaker speaker, boolean person, char gender) {}

  private final List<Event> events = new ArrayList<>();

  void add(int pos, Resolution r) {
    events.add(new Event(pos, r.speaker(), r.person(), r.gender()));
  }

  void add(Event e) {
    events.add(e);
  }

  /** The latest accepted speaker attributed at or before pos, or null. */
  Event latest(int pos, Predicate<Event> ok) {
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (e.pos <= pos && ok.test(e)) return e;
    }
    return null;
  }

  /** The latest accepted speaker, wherever it was attributed, or null. */
  Event latestAnywhere(Predicate<Event> ok) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (ok.test(events.get(i))) return events.get(i);
    }
    return null;
  }

  /**
   * The latest accepted speaker attributed at or before pos and no more than {@link #RECENT_WINDOW} characters
   * before it, or null.
   */
  Event latestRecent(int pos, Predicate<Event> ok) {
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (e.pos > pos) continue;
      if (pos - e.pos > RECENT_WINDOW) break;
      if (ok.test(e)) return e;
    }
    return null;
  }

  /** Gives the speakers called name that had no gender the gender learnt since, as persons. */
  void learnGender(String name, char gender) {
    for (int i = 0; i < events.size(); i++) {
      Event ev = events.get(i);
      if (ev.gender == 0 && ev.speaker.name().equals(name)) events.set(i, new Event(ev.pos, ev.speaker, true, gender));
    }
  }
}
