package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import verbatim.index.Schema;
import verbatim.search.SearchResponse.SpeakerRef;
import verbatim.text.Folding;

/** Reads an article page from a snapshot: the article with its paragraphs, quotes and stubs in text order. */
final class ArticleReader {
  private ArticleReader() {}

  /** The article {@code id}; empty when there is none. */
  static Optional<ArticleView> article(Snapshot snap, String id) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Schema.ID, id)), Occur.FILTER);
    b.add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)), Occur.FILTER);
    TopDocs top = snap.search(b.build(), 1);
    if (top.scoreDocs.length == 0) return Optional.empty();
    StoredFields stored = snap.getIndexReader().storedFields();
    Document a = stored.document(top.scoreDocs[0].doc);
    TopDocs children = snap.search(new TermQuery(new Term(Schema.ARTICLE_ID, id)), Integer.MAX_VALUE / 2);
    List<Document> quoteDocs = new ArrayList<>();
    List<Document> stubDocs = new ArrayList<>();
    for (ScoreDoc sd : children.scoreDocs) {
      Document d = stored.document(sd.doc);
      if (Schema.TYPE_QUOTE.equals(d.get(Schema.TYPE))) quoteDocs.add(d);
      else if (Schema.TYPE_STUB.equals(d.get(Schema.TYPE))) stubDocs.add(d);
    }
    Comparator<Document> byOrdinal = Comparator.comparingInt(d -> intOf(d, Schema.ORDINAL));
    quoteDocs.sort(byOrdinal);
    stubDocs.sort(byOrdinal);
    return Optional.of(new ArticleView(id, a.get(Schema.SOURCE), a.get(Schema.TITLE), a.get(Schema.URL),
        a.get(Schema.OUTLET), a.get(Schema.DATE_ISO), a.get(Schema.AUTHOR), a.get(Schema.LANG), a.get(Schema.TEXT),
        paragraphs(a), quotes(snap, quoteDocs), stubs(stubDocs), a.get(Schema.DATE_INFERRED) != null));
  }

  /** The article's paragraphs, cut out of its text by their stored spans. */
  private static List<ArticleView.ParagraphView> paragraphs(Document a) {
    List<ArticleView.ParagraphView> paragraphs = new ArrayList<>();
    IndexableField[] ps = a.getFields(Schema.PARAGRAPH);
    IndexableField[] spans = a.getFields(Schema.PARAGRAPH_SPAN);
    for (int i = 0; i < ps.length; i++) {
      String[] se = i < spans.length ? spans[i].stringValue().split(":") : new String[] {"-1", "-1"};
      paragraphs.add(new ArticleView.ParagraphView(Integer.parseInt(se[0]), Integer.parseInt(se[1]),
          Schema.paragraphText(a.get(Schema.TEXT), ps[i].stringValue(), i < spans.length ? spans[i].stringValue() : null)));
    }
    return paragraphs;
  }

  private static List<ArticleView.QuoteView> quotes(Snapshot snap, List<Document> quoteDocs) {
    List<ArticleView.QuoteView> quotes = new ArrayList<>();
    for (Document d : quoteDocs) {
      String speaker = d.get(Schema.SPEAKER);
      quotes.add(new ArticleView.QuoteView(d.get(Schema.ID), intOf(d, Schema.START), intOf(d, Schema.END),
          d.get(Schema.TEXT), d.get(Schema.KIND),
          speaker == null ? null : new SpeakerRef(snap.display(Folding.key(speaker)), d.get(Schema.ROLE)),
          d.get(Schema.CUE), d.get(Schema.LANG), intOf(d, Schema.PARAGRAPH_INDEX)));
    }
    return quotes;
  }

  private static List<ArticleView.StubView> stubs(List<Document> stubDocs) {
    List<ArticleView.StubView> stubs = new ArrayList<>();
    for (Document d : stubDocs) {
      stubs.add(new ArticleView.StubView(d.get(Schema.ID), d.get(Schema.TEXT), d.get("stub_url"),
          intOf(d, Schema.START), intOf(d, Schema.END)));
    }
    return stubs;
  }

  private static int intOf(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null || f.numericValue() == null ? -1 : f.numericValue().intValue();
  }
}
