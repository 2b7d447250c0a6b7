package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.text.Folding;

/**
 * Matches the speaker names a request gives (in its speaker filter, or as its whole query) to the speakers the
 * snapshot knows.
 */
final class SpeakerMatcher {
  private SpeakerMatcher() {}

  /**
   * The request with each speaker filter value that is not a speaker's full name read as the one person it
   * names ("Caire", "MACRON" → the keys of Éric Caire, of Emmanuel Macron and of quotes attributed to "Macron"
   * alone); a full name in any case or accents is that speaker ("eric caire"); a value naming several people is refused
   * with the candidates in the error's details; an unknown value stays as given (no hits).
   */
  static SearchRequest resolveSpeakers(Snapshot snap, SearchRequest r, List<String> notices) throws IOException {
    if (r.speakers().isEmpty()) return r;
    KnownSpeakers known = snap.known();
    List<String> keys = new ArrayList<>();
    for (String value : r.speakers()) {
      String key = Folding.key(value);
      // a full name as the facet lists it is that speaker; one word is a surname ("Macron"), even when a
      // speaker is known by it alone
      if (known.isKey(key) && key.indexOf(' ') > 0) {
        keys.add(key);
        continue;
      }
      switch (known.resolve(value, true)) {
        case KnownSpeakers.One one -> {
          keys.addAll(one.keys());
          notices.add("speaker '" + value + "' was read as " + one.name());
        }
        case KnownSpeakers.Ambiguous many -> throw ambiguousSpeaker(value, many);
        case KnownSpeakers.Unknown unknown -> {
          keys.add(value);
          notices.add("no speaker is named '" + value + "'");
        }
      }
    }
    return r.withSpeakers(keys);
  }

  private static SearchException ambiguousSpeaker(String value, KnownSpeakers.Ambiguous many) {
    List<Map<String, Object>> candidates = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (FacetCount c : many.candidates()) {
      candidates.add(Map.of("name", c.value(), "count", c.count()));
      names.add(c.value());
    }
    return new SearchException("ambiguous_speaker", "speaker '" + value + "' could be " + listed(names, many.others())
        + ": give the full name",
        Map.of("parameter", "speaker", "value", value, "candidates", candidates, "others", many.others()));
  }

  /**
   * The known speaker a plain simple quote query names as a whole ("Eric Caire", "macron"), or null: only when
   * the request allows it, filters on no speaker and is ranked by relevance. A name that could be several
   * people is said in a notice.
   */
  static KnownSpeakers.One speakerMatch(Snapshot snap, SearchRequest r, SearchRequest.Mode mode,
      List<String> notices) throws IOException {
    if (!r.speakerMatch() || mode != SearchRequest.Mode.SIMPLE || r.type() != SearchRequest.DocType.QUOTE
        || r.sort() != SearchRequest.Sort.RELEVANCE || !r.speakers().isEmpty() || !QuerySyntax.isName(r.query()))
      return null;
    KnownSpeakers known = snap.known();
    if (known.resolve(r.query(), false) instanceof KnownSpeakers.Ambiguous many) {
      List<String> names = new ArrayList<>();
      for (FacetCount c : many.candidates()) names.add(c.value());
      notices.add("'" + r.query().strip() + "' could name " + listed(names, many.others())
          + ": choose one in the speaker filter to see their quotes first");
      return null;
    }
    return known.named(r.query());
  }

  /** "A, B, C" or, when more were left out, "A, B, C and 12 others". */
  private static String listed(List<String> names, int others) {
    String shown = String.join(", ", names);
    return others == 0 ? shown : shown + " and " + others + (others == 1 ? " other" : " others");
  }
}
