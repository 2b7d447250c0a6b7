package verbatim.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.text.Folding;

/**
 * The speakers of one index snapshot, looked up by what people type: a full name or a surname, in any case,
 * with or without accents. A value names the speakers whose folded key is it or ends with it word for word
 * ("caire" → "eric caire"). Those candidates are one person when they all extend one another (the most quoted,
 * "emmanuel macron", with "macron" and a mis-cut "accusant emmanuel macron"), and ambiguous otherwise ("trudeau"
 * → "justin trudeau", "pierre elliott trudeau").
 */
final class KnownSpeakers {
  /** What a value names. */
  sealed interface Resolution permits Unknown, One, Ambiguous {}

  /** No speaker has that name. */
  record Unknown() implements Resolution {}

  /** One person: the keys naming them (most quoted first), its display name and their quotes together. */
  record One(List<String> keys, String name, long count) implements Resolution {}

  /**
   * Several people: the most quoted {@link #MAX_CANDIDATES} display names with their quote counts, most quoted
   * first, and how many more there are (a lone word such as "inc" ends hundreds of organisations' names).
   */
  record Ambiguous(List<FacetCount> candidates, int others) implements Resolution {}

  /** Candidates an ambiguous name lists: enough to pick from, few enough to read. */
  static final int MAX_CANDIDATES = 10;

  private final Map<String, Long> counts = new HashMap<>();
  /** Last word of a key → the keys ending with it. */
  private final Map<String, List<String>> bySurname = new HashMap<>();
  private final Map<String, String> names;

  /** @param counts quotes per speaker key; @param names key → display name */
  KnownSpeakers(List<FacetCount> counts, Map<String, String> names) {
    this.names = names;
    for (FacetCount c : counts) {
      this.counts.put(c.value(), c.count());
      String key = c.value();
      bySurname.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(key);
    }
  }

  String display(String key) {
    return names.getOrDefault(key, key);
  }

  boolean isKey(String key) {
    return counts.containsKey(key);
  }

  /**
   * The speakers {@code value} names (its folded words: the whole key or its last words). Names that read as a
   * person's ({@link #personLike}) are preferred: a mis-cut attribution that ends with the words ("six retailers
   * in downtown Cairo" for "Cairo") makes no name ambiguous. With {@code fallback}, when no candidate reads as a
   * person's, all candidates count.
   */
  Resolution resolve(String value, boolean fallback) {
    String key = Folding.key(value == null ? "" : value);
    if (key.isEmpty()) return new Unknown();
    List<String> all = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (String k : bySurname.getOrDefault(key.substring(key.lastIndexOf(' ') + 1), List.of())) {
      if (!k.equals(key) && !k.endsWith(" " + key)) continue;
      all.add(k);
      if (personLike(display(k))) people.add(k);
    }
    List<String> candidates = !people.isEmpty() || !fallback ? people : all;
    if (candidates.isEmpty()) return new Unknown();
    candidates.sort(Comparator.comparingLong((String k) -> counts.get(k)).reversed().thenComparing(k -> k));
    String top = candidates.get(0);
    boolean one = true;
    long total = 0;
    for (String k : candidates) {
      one &= k.equals(top) || k.endsWith(" " + top) || top.endsWith(" " + k);
      total += counts.get(k);
    }
    if (one) return new One(List.copyOf(candidates), display(top), total);
    List<FacetCount> named = new ArrayList<>();
    for (String k : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
      named.add(new FacetCount(display(k), counts.get(k)));
    }
    return new Ambiguous(named, candidates.size() - named.size());
  }

  /**
   * True when a display name reads as a person's or organisation's name: each of its words of four letters or
   * more starts with a capital ("Jeanne d'Hauteserre", "Luigi Di Maio"; not "une porte-parole de l'Élysée").
   */
  static boolean personLike(String display) {
    boolean any = false;
    for (String w : display.split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) continue;
      any = true;
      if (w.length() >= 4 && !Character.isUpperCase(w.codePointAt(0))) return false;
    }
    return any;
  }

  /** The one person a whole query names (only names that read as a person's), or null. */
  One named(String query) {
    return resolve(query, false) instanceof One one ? one : null;
  }
}
