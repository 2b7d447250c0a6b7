package verbatim.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Speakers made canonical across a corpus, the step between one article's quotes and the index or output: "Eric
 * Caire" and "Éric Caire" become the accented form, a bare surname the unique full name seen so far. What it gives
 * depends on the articles it saw before, so callers feed articles in read order for a result that does not depend on
 * thread scheduling. Thread-safe.
 */
public final class CorpusSpeakers {
  private final SpeakerDirectory directory = new SpeakerDirectory();

  /** A corpus that knows no speaker yet. */
  public CorpusSpeakers() {
    this(List.of());
  }

  /**
   * A corpus that already knows some speakers (those of an existing index), so that a bare surname in a newly added
   * article resolves to the full name seen earlier, as it would in one run.
   */
  public CorpusSpeakers(Iterable<String> knownSpeakers) {
    for (String name : knownSpeakers) learn(name);
  }

  /** Only full names (two words or more) teach the directory: a bare surname is what it resolves, never a source. */
  private void learn(String name) {
    if (name != null && name.strip().indexOf(' ') > 0) directory.add(name.strip());
  }

  /** Learns the full names among one article's {@code found} quotes, then gives the quotes with canonical speakers. */
  public List<Quote> canonical(List<Quote> found) {
    if (found.isEmpty()) return found;
    List<Quote> out = new ArrayList<>(found.size());
    synchronized (directory) {
      for (Quote q : found) {
        if (q.speaker() != null) learn(q.speaker().name());
      }
      for (Quote q : found) {
        Speaker s = q.speaker();
        if (s != null) {
          String canonical = directory.canonical(s.name());
          if (canonical != null && !canonical.equals(s.name())) s = new Speaker(canonical, s.role());
        }
        out.add(s == q.speaker() ? q : q.withSpeaker(s));
      }
    }
    return out;
  }
}
