package verbatim.extract.base;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A word-list resource on the class path: one entry a line, trimmed; blank lines and lines starting with {@code #}
 * are left out. Fails loudly when the resource is missing, as no finder can work without its lists.
 */
public final class WordList {
  private WordList() {}

  /** The entries of {@code path} in file order. */
  public static List<String> lines(String path) {
    InputStream in = WordList.class.getClassLoader().getResourceAsStream(path);
    if (in == null) throw new IllegalStateException("missing resource " + path);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return out;
  }

  /**
   * The entries of {@code path} as an unmodifiable set. A hash set, as the finders look words up on every token and
   * its stored hashes spare most comparisons.
   */
  public static Set<String> set(String path) {
    return Collections.unmodifiableSet(new HashSet<>(lines(path)));
  }
}
