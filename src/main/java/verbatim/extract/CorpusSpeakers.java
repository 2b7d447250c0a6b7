package verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speakers made canonical across a corpus, the step between one article's quotes and the index or output: each name
 * first goes through the {@link SpeakerNameGate} (a fragment becomes no speaker), then "Eric Caire" and "Éric Caire"
 * become the accented form, a bare surname the unique full name seen so far. What it gives
 * depends on the articles it saw before, so callers feed articles in read order for a result that does not depend on
 * thread scheduling. Thread-safe.
 */
public final class CorpusSpeakers {
  private final SpeakerDirectory directory = new SpeakerDirectory();
  private static final Set<String> PARTICLES = SpeakerVocabulary.standard().particles();
  private final SpeakerNameGate gate = SpeakerNameGate.standard();

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

  /**
   * Every name teaches the directory its spelling ("ministère de l'Intérieur" and "ministère de l’Intérieur" are
   * one); only proper full names, two words or more each capitalised or a particle ("Jean de la Roche"), are joined
   * to a surname said alone. A bare surname ("Roy", "Di Maio") is what they resolve, and a description ("chiffre de
   * la préfecture", "Somali group al-Shabaab") would swallow a word said alone.
   */
  private void learn(String name) {
    if (name == null) return;
    boolean proper = name.strip().indexOf(' ') > 0 && !directory.isSurnameForm(name);
    for (String word : name.strip().split("\\s+")) {
      proper &= Character.isUpperCase(word.codePointAt(0)) || PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }
    directory.add(name.strip(), proper);
  }

  /**
   * Learns the full names among one article's {@code found} quotes, then gives the quotes with canonical speakers
   * (null where the gate finds no name).
   */
  public List<Quote> canonical(List<Quote> found) {
    if (found.isEmpty()) return found;
    List<Speaker> gated = new ArrayList<>(found.size());
    for (Quote q : found) gated.add(gate(q));
    List<Quote> out = new ArrayList<>(found.size());
    synchronized (directory) {
      for (Speaker s : gated) {
        if (s != null) learn(s.name());
      }
      for (int i = 0; i < found.size(); i++) {
        Quote q = found.get(i);
        Speaker s = gated.get(i);
        if (s != null) {
          String canonical = directory.canonical(s.name());
          if (canonical != null && !canonical.equals(s.name())) s = new Speaker(canonical, s.role());
        }
        out.add(s == q.speaker() ? q : q.withSpeaker(s));
      }
    }
    return out;
  }

  /** The quote's speaker with a facet-worthy name, the same object when nothing changed, or null. */
  private Speaker gate(Quote q) {
    Speaker s = q.speaker();
    if (s == null) return null;
    String name = gate.clean(s.name(), q.language());
    if (name == null) return null;
    return name.equals(s.name()) ? s : new Speaker(name, s.role());
  }
}
