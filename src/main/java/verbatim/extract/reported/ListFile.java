package verbatim.extract.reported;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.extract.base.WordList;

/**
 * A word-list resource read by {@link WordList} (one entry a line, {@code #} starts a comment line, blank lines are
 * ignored) in which {@code [name]} opens a named list. Entries are kept as written (the files are lower-case, with
 * ' for ’).
 */
final class ListFile {
  private final String path;
  private final Map<String, List<String>> lists;

  private ListFile(String path, Map<String, List<String>> lists) {
    this.path = path;
    this.lists = lists;
  }

  /** Reads {@code path} from the class path; fails loudly when it is missing (the finder cannot work without it). */
  static ListFile read(String path) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    List<String> current = lists.computeIfAbsent("", k -> new ArrayList<>());
    for (String t : WordList.lines(path)) {
      if (t.startsWith("[") && t.endsWith("]")) {
        current = lists.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
      } else {
        current.add(t);
      }
    }
    return new ListFile(path, lists);
  }

  /** The names of the lists in the file ("" for entries before the first name). */
  Set<String> names() {
    return lists.keySet();
  }

  /** The entries of list {@code name} in file order. */
  List<String> entries(String name) {
    List<String> l = lists.get(name);
    if (l == null) throw new IllegalStateException("no list [" + name + "] in " + path);
    return l;
  }

  /** The entries of list {@code name} as a set. */
  Set<String> set(String name) {
    return Set.copyOf(new HashSet<>(entries(name)));
  }

  /** List {@code name} of "word tier" lines as a map (the tier names the enum constant, lower-case). */
  Map<String, Tier> tiers(String name) {
    Map<String, Tier> m = new HashMap<>();
    for (String e : entries(name)) {
      int sp = e.indexOf(' ');
      if (sp < 0) throw new IllegalStateException("no tier for '" + e + "' in [" + name + "] of " + path);
      m.put(e.substring(0, sp), Tier.valueOf(e.substring(sp + 1).strip().toUpperCase(java.util.Locale.ROOT)));
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
