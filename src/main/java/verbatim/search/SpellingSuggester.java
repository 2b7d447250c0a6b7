package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import verbatim.index.ExactFormFilter;
import verbatim.index.Schema;
import verbatim.text.Folding;

/** Did-you-mean: the query with its unknown words replaced by close indexed words, when that finds hits. */
final class SpellingSuggester {
  private final QueryTranslator translator;
  private final StemWords stemWords;

  SpellingSuggester(QueryTranslator translator, StemWords stemWords) {
    this.translator = translator;
    this.stemWords = stemWords;
  }

  /** The corrected query of {@code r} ({@code t} its translation), or null when no correction finds a hit. */
  String didYouMean(Snapshot snap, QueryTranslator.Translation t, SearchRequest r) throws IOException {
    if (t.words().isEmpty()) return null;
    IndexReader reader = snap.getIndexReader();
    DirectSpellChecker spell = new DirectSpellChecker();
    String corrected = r.query();
    boolean changed = false;
    List<String> fields = spellFields(r.type());
    for (String word : t.words()) {
      String folded = Folding.fold(word).replaceAll("[^\\p{L}\\p{N}]", "");
      if (folded.length() < 3) continue;
      // the text fields hold stems: the word is known when its English or French stem is indexed
      List<String> stems = translator.stems(folded);
      boolean known = false;
      for (String f : fields) for (String stem : stems) known |= reader.docFreq(new Term(f, stem)) > 0;
      if (known) continue;
      Suggested best = best(spell, reader, fields, stems);
      if (best == null) continue;
      corrected = corrected.replace(word, stemWords.wordOf(reader, List.of(best.field()), best.word().string));
      changed = true;
    }
    if (!changed) return null;
    SearchRequest alt = new SearchRequest(corrected, r.mode(), r.type(), r.speakers(), r.lang(), r.outlet(),
        r.kind(), r.from(), r.to(), r.size(), null, r.sort(), false);
    try {
      QueryTranslator.Translation ct = translator.translate(corrected, r.mode(), r.type());
      return snap.count(RequestFilters.drillDown(ct, alt, null)) > 0 ? corrected : null;
    } catch (SearchException e) {
      return null;
    }
  }

  /** A suggested stem and the field it comes from. */
  private record Suggested(SuggestWord word, String field) {}

  /** The best-scored first suggestion over every field and stem, or null. */
  private static Suggested best(DirectSpellChecker spell, IndexReader reader, List<String> fields,
      List<String> stems) throws IOException {
    Suggested best = null;
    for (String f : fields) {
      for (String stem : stems) {
        // exact-form terms (marked, ExactFormFilter) are no words to suggest: the best unmarked one
        for (SuggestWord w : spell.suggestSimilar(new Term(f, stem), 3, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
          if (w.string.isEmpty() || w.string.charAt(0) == ExactFormFilter.MARK) continue;
          if (best == null || w.score > best.word().score) best = new Suggested(w, f);
          break;
        }
      }
    }
    return best;
  }

  /**
   * The text fields whose words did-you-mean knows, in both languages: article text (which holds every quote
   * too, so a word of the corpus is never "corrected") and, for stub searches, stub titles.
   */
  private static List<String> spellFields(SearchRequest.DocType type) {
    List<String> bases = switch (type) {
      case QUOTE, ARTICLE -> List.of(Schema.ARTICLE_TEXT);
      case STUB, ARTICLE_OR_STUB -> List.of(Schema.ARTICLE_TEXT, Schema.STUB_TEXT);
    };
    List<String> out = new ArrayList<>(4);
    for (String base : bases) for (String lang : Schema.LANGUAGES) out.add(Schema.inLanguage(base, lang));
    return out;
  }
}
