package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import verbatim.index.Schema;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.text.Folding;

/** Type-ahead from a snapshot: speakers by a name word's prefix, then completions of the query's last word. */
final class Suggester {
  private final StemWords stemWords;

  Suggester(StemWords stemWords) {
    this.stemWords = stemWords;
  }

  /** Speakers whose name has a word starting with {@code prefix} (accent-insensitive), most quoted first. */
  static List<FacetCount> speakers(Snapshot snap, String prefix, int limit) throws IOException {
    String p = Folding.key(prefix == null ? "" : prefix);
    PriorityQueue<FacetCount> best = new PriorityQueue<>(
        Comparator.comparingLong(FacetCount::count).thenComparing(FacetCount::value, Comparator.reverseOrder()));
    for (FacetCount c : snap.speakerCounts()) {
      String key = c.value();
      if (!p.isEmpty() && !key.startsWith(p) && !key.contains(" " + p)) continue;
      best.add(new FacetCount(snap.display(key), c.count()));
      if (best.size() > limit) best.poll();
    }
    List<FacetCount> out = new ArrayList<>(best);
    out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    return out;
  }

  /** Speakers then completions of {@code text}'s last word (not blank, stripped at its start), at most {@code limit}. */
  List<Suggestion> suggest(Snapshot snap, String text, int limit) throws IOException {
    List<Suggestion> out = new ArrayList<>();
    for (FacetCount s : speakers(snap, text, limit)) out.add(new Suggestion(s.value(), "speaker", s.count()));
    int cut = text.lastIndexOf(' ');
    String head = cut < 0 ? "" : text.substring(0, cut + 1);
    String last = Folding.fold(text.substring(cut + 1));
    if (last.length() < 2 || out.size() >= limit) return out;
    // the article text fields hold stems (accents folded first, so a folded prefix finds them): the most
    // frequent stems starting with the last word (a stem in both languages counts its records in both),
    // each shown as a word of the texts it came from
    IndexReader reader = snap.getIndexReader();
    List<String> fields = new ArrayList<>(2);
    Map<String, Long> counts = new TreeMap<>(); // sorted: ties keep the terms' order
    for (String lang : Schema.LANGUAGES) {
      String field = Schema.inLanguage(Schema.ARTICLE_TEXT, lang);
      fields.add(field);
      countStems(reader, field, last, counts);
    }
    PriorityQueue<Suggestion> best = new PriorityQueue<>(Comparator.comparingLong(Suggestion::count));
    int room = limit - out.size();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      best.add(new Suggestion(e.getKey(), "phrase", e.getValue()));
      if (best.size() > room) best.poll();
    }
    List<Suggestion> stems = new ArrayList<>(best);
    stems.sort(Comparator.comparingLong(Suggestion::count).reversed().thenComparing(Suggestion::text));
    Set<String> seen = new HashSet<>();
    for (Suggestion stem : stems) {
      String word = stemWords.wordOf(reader, fields, stem.text());
      if (seen.add(word)) out.add(new Suggestion(head + word, "phrase", stem.count()));
    }
    return out;
  }

  /** Adds the record counts of {@code field}'s terms starting with {@code prefix} (a bounded scan) to {@code counts}. */
  private static void countStems(IndexReader reader, String field, String prefix, Map<String, Long> counts)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) return;
    TermsEnum te = terms.iterator();
    if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return;
    int scanned = 0;
    for (BytesRef t = te.term(); t != null && scanned < 5000; t = te.next(), scanned++) {
      String term = t.utf8ToString();
      if (!term.startsWith(prefix)) break;
      counts.merge(term, (long) te.docFreq(), Long::sum);
    }
  }
}
