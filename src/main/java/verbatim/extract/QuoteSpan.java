package verbatim.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The text span of the quote being attributed: a person named inside it is not what its he/she stands for
 * ("Okafor hid under a desk, he said": not Okafor).
 */
final class QuoteSpan {
  /** No quote: every person may be a pronoun's antecedent. */
  static final QuoteSpan NONE = new QuoteSpan(null, -1, -1);

  private final Tokens t;
  final int from;
  final int to;
  /** Read on first use: most quotes are attributed without a pronoun. */
  private Set<String> words;

  QuoteSpan(Tokens t, int from, int to) {
    this.t = t;
    this.from = from;
    this.to = to;
  }

  boolean isSet() {
    return from >= 0;
  }

  /** The tokens of the text the quote lies in; null for {@link #NONE}. */
  Tokens tokens() {
    return t;
  }

  /**
   * Names inside quote marks are not registered: the surnames of the quote's capitalised words that do not open a
   * sentence stand for them.
   */
  Set<String> capitalisedWords() {
    if (words != null) return words;
    words = new HashSet<>();
    for (int k = t.at(from); k < t.size && t.start[k] < to; k++) {
      if (t.isWord(k) && t.isCapitalised(k) && k > 0 && !t.endsSentence(k - 1)
          && !Lexicon.NOT_NAME_START.contains(t.lower(k))) {
        String[] keys = NameKeys.keysOf(t.str(k));
        if (keys.length > 0) words.add(keys[keys.length - 1]);
      }
    }
    return words;
  }

  /** Whether e, or the fullest name it shortens, is named inside the quote. */
  boolean names(Entity e, EntityRegistry registry) {
    if (e == null || !isSet()) return false;
    Set<String> inside = capitalisedWords();
    if (!inside.isEmpty() && e.person && inside.contains(e.surname())) return true;
    if (e.mentionedIn(from, to)) return true;
    Entity f = registry.fullest(e);
    return f != e && f.mentionedIn(from, to);
  }
}
