package verbatim.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.text.Folding;

/**
 * Corpus-level speaker names: the same person across articles and languages is one speaker. "Eric Caire" and
 * "Éric Caire" share a key and become the accented form; a surname alone ("Trudeau", or with its particle "Di Maio")
 * becomes the full name only when exactly one known full name ends with it, otherwise it stays as given. Not
 * thread-safe.
 */
public final class SpeakerDirectory {

  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, List<String>> fullBySurname = new HashMap<>();
  private final Set<String> fullKeys = new HashSet<>();
  private final Set<String> particles;

  public SpeakerDirectory() {
    this(SpeakerVocabulary.standard().particles());
  }

  /** @param particles folded surname particles ("di", "van"), which a surname alone may start with */
  public SpeakerDirectory(Set<String> particles) {
    this.particles = Set.copyOf(particles);
  }

  /** Adds a full name seen in an article: its spelling, and the surnames it answers to. Blank names are ignored. */
  public void add(String canonicalName) {
    add(canonicalName, true);
  }

  /**
   * Adds a name seen in an article. Blank names are ignored.
   *
   * @param fullName true when a surname said alone may be joined to it (a person's full name)
   */
  public void add(String canonicalName, boolean fullName) {
    if (canonicalName == null || canonicalName.isBlank()) return;
    String name = canonicalName.strip();
    String key = Folding.key(name);
    if (key.isEmpty()) return;
    String known = byKey.get(key);
    if (known == null || accents(name) > accents(known)) byKey.put(key, name);
    if (fullName && fullKeys.add(key)) {
      for (String surname : surnames(key)) fullBySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(key);
    }
  }

  /**
   * The canonical form of a name: for a capitalised surname, the unique full name that ends with it; else the
   * accented known spelling; else as given.
   */
  public String canonical(String name) {
    if (name == null) return null;
    String key = Folding.key(name);
    if (key.isEmpty()) return name;
    String known = byKey.get(key);
    if (Character.isUpperCase(name.strip().codePointAt(0)) && isSurnameKey(key)) {
      List<String> full = fullBySurname.get(key);
      if (full != null && full.size() == 1) return byKey.get(full.get(0));
    }
    return known != null ? known : name;
  }

  /** True for a surname alone: one word, or particles then one word ("Di Maio", "van der Berg"). */
  public boolean isSurnameForm(String name) {
    String key = Folding.key(name == null ? "" : name);
    return key.isEmpty() || isSurnameKey(key);
  }

  /** Number of distinct names known. */
  public int size() {
    return byKey.size();
  }

  private boolean isSurnameKey(String key) {
    String[] parts = key.split(" ");
    for (int i = 0; i < parts.length - 1; i++) if (!particles.contains(parts[i])) return false;
    return true;
  }

  /** The surname keys a full name answers to: its last word, and its last word with the particles before it. */
  private List<String> surnames(String key) {
    String[] parts = key.split(" ");
    List<String> out = new ArrayList<>();
    if (parts.length < 2) return out;
    int start = parts.length - 1;
    out.add(parts[start]);
    while (start > 1 && particles.contains(parts[start - 1])) {
      start--;
      out.add(String.join(" ", java.util.Arrays.copyOfRange(parts, start, parts.length)));
    }
    return out;
  }

  private static int accents(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) n++;
    return n;
  }
}
