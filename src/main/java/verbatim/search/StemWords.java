package verbatim.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import verbatim.index.Schema;
import verbatim.text.Folding;

/** Finds a word to show for an indexed stem: text fields hold stems, which are no words to suggest. */
final class StemWords {
  private static final Set<String> WORD_FIELDS = Set.of(Schema.TITLE, Schema.TEXT);

  private final Highlighter highlighter;

  StemWords(Highlighter highlighter) {
    this.highlighter = highlighter;
  }

  /**
   * A word to show for the stem {@code stem} of the first of {@code fields} (language text fields) holding it:
   * the first live record holding it is re-analysed and the word that gave the stem is returned folded
   * ("securit" → "securite"); the stem itself when none is found.
   */
  String wordOf(IndexReader reader, List<String> fields, String stem) throws IOException {
    BytesRef term = new BytesRef(stem);
    for (String field : fields) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) continue;
        TermsEnum te = terms.iterator();
        if (!te.seekExact(term)) continue;
        PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live != null && !live.get(doc)) continue;
          Document d = leaf.reader().storedFields().document(doc, WORD_FIELDS);
          for (String text : new String[] {d.get(Schema.TITLE), d.get(Schema.TEXT)}) {
            String word = highlighter.wordOf(field, text, term);
            if (word != null) return Folding.fold(word);
          }
          return stem;
        }
      }
    }
    return stem;
  }
}
