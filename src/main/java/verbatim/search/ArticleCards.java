package verbatim.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;
import verbatim.index.ArticleCard;
import verbatim.index.Schema;

/** Reads the {@link ArticleCard}s of a page's hits from doc values; hits without a card are left to the caller. */
final class ArticleCards {
  private ArticleCards() {}

  /**
   * The card of each of {@code docs}, at the same position, or null where the record has none (a quote, a stub,
   * or an article indexed before cards existed). Doc values are read forward only, so docs are visited in order.
   */
  static ArticleCard[] of(Snapshot snap, ScoreDoc[] docs) throws IOException {
    ArticleCard[] cards = new ArticleCard[docs.length];
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
    List<LeafReaderContext> leaves = snap.getIndexReader().leaves();
    int leaf = -1;
    BinaryDocValues values = null;
    for (int i : order) {
      int doc = docs[i].doc;
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leaf) {
        leaf = at;
        values = leaves.get(at).reader().getBinaryDocValues(Schema.ARTICLE_CARD);
      }
      if (values != null && values.advanceExact(doc - leaves.get(at).docBase)) {
        cards[i] = ArticleCard.decode(values.binaryValue());
      }
    }
    return cards;
  }
}
