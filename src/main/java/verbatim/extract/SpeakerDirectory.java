package verbatim.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import verbatim.text.Folding;

/**
 * Corpus-level speaker names: the same person across articles and languages is one speaker. "Eric Caire" and
 * "Éric Caire" share a key and become the accented form; a surname alone ("Trudeau") becomes the full name only
 * when exactly one known full name has that surname, otherwise it stays as given. Not thread-safe.
 */
public final class SpeakerDirectory {

  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, List<String>> fullBySurname = new HashMap<>();

  /** Adds a canonical name seen in an article. Blank names are ignored. */
  public void add(String canonicalName) {
    if (canonicalName == null || canonicalName.isBlank()) return;
    String name = canonicalName.strip();
    String key = Folding.key(name);
    if (key.isEmpty()) return;
    String known = byKey.get(key);
    if (known == null) {
      byKey.put(key, name);
      String[] parts = key.split(" ");
      if (parts.length >= 2) fullBySurname.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(key);
    } else if (accents(name) > accents(known)) {
      byKey.put(key, name);
    }
  }

  /** The canonical form of a name: the accented known form, the unique full name for a surname, else as given. */
  public String canonical(String name) {
    if (name == null) return null;
    String key = Folding.key(name);
    if (key.isEmpty()) return name;
    String known = byKey.get(key);
    if (key.indexOf(' ') < 0) {
      List<String> full = fullBySurname.get(key);
      if (full != null && full.size() == 1) return byKey.get(full.get(0));
    }
    return known != null ? known : name;
  }

  /** Number of distinct names known. */
  public int size() {
    return byKey.size();
  }

  private static int accents(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) n++;
    return n;
  }
}
