package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import verbatim.index.ArticleCard;
import verbatim.index.Schema;
import verbatim.search.SearchResponse.ArticleRef;
import verbatim.search.SearchResponse.Hit;
import verbatim.search.SearchResponse.SpeakerRef;
import verbatim.text.Folding;

/** Reads the hits a page shows from article cards or stored fields, with their text cut and highlighted. */
final class HitReader {
  private static final Set<String> HIT_FIELDS = Set.of(Schema.ID, Schema.TYPE, Schema.TEXT, Schema.KIND,
      Schema.SPEAKER, Schema.ROLE, Schema.ARTICLE_ID, Schema.TITLE, Schema.URL, Schema.OUTLET, Schema.DATE_ISO,
      Schema.DATE_INFERRED, Schema.LANG, Schema.CONTEXT, Schema.PARAGRAPH, Schema.PARAGRAPH_SPAN);

  private final Highlighter highlighter;

  HitReader(Highlighter highlighter) {
    this.highlighter = highlighter;
  }

  /**
   * Loads what a hit shows in one pass: an article's text and paragraphs (stored as spans of it), a quote's
   * or stub's text. Relies on TYPE being stored before PARAGRAPH (Schema adds it first).
   */
  private static final class HitVisitor extends DocumentStoredFieldVisitor {
    private boolean article;

    HitVisitor() {
      super(HIT_FIELDS);
    }

    @Override
    public void stringField(FieldInfo fieldInfo, String value) throws IOException {
      if (fieldInfo.name.equals(Schema.TYPE)) article = Schema.TYPE_ARTICLE.equals(value);
      super.stringField(fieldInfo, value);
    }

    @Override
    public Status needsField(FieldInfo fieldInfo) throws IOException {
      String name = fieldInfo.name;
      if ((name.equals(Schema.PARAGRAPH) || name.equals(Schema.PARAGRAPH_SPAN)) && !article) return Status.NO;
      return super.needsField(fieldInfo);
    }
  }

  /**
   * The hits of {@code docs}, in that order; {@code terms} (null without highlighting) are what to mark. Without
   * highlighting an article hit comes from its card; everything else from its stored record.
   */
  List<Hit> hits(Snapshot snap, ScoreDoc[] docs, Highlighter.Terms terms, boolean highlight) throws IOException {
    ArticleCard[] cards = highlight ? new ArticleCard[docs.length] : ArticleCards.of(snap, docs);
    StoredFields stored = null;
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      if (cards[i] != null) {
        hits.add(fromCard(cards[i], scoreOf(docs[i])));
        continue;
      }
      if (stored == null) stored = snap.getIndexReader().storedFields();
      hits.add(fromStored(snap, stored, docs[i], terms, highlight));
    }
    return hits;
  }

  private static Hit fromCard(ArticleCard c, float score) {
    ArticleRef article = new ArticleRef(c.id(), c.title(), c.url(), c.outlet(), c.dateIso(), c.lang(),
        c.dateInferred());
    Highlighter.Passage p = Highlighter.cut(c.lead(), List.of());
    return new Hit(c.id(), Schema.TYPE_ARTICLE, p.text(), null, null, article, p.spans(), null, score);
  }

  private Hit fromStored(Snapshot snap, StoredFields stored, ScoreDoc sd, Highlighter.Terms terms, boolean highlight)
      throws IOException {
    HitVisitor visitor = new HitVisitor();
    stored.document(sd.doc, visitor);
    Document d = visitor.getDocument();
    String type = d.get(Schema.TYPE);
    String lang = d.get(Schema.LANG);
    ArticleRef article = new ArticleRef(d.get(Schema.ARTICLE_ID), d.get(Schema.TITLE), d.get(Schema.URL),
        d.get(Schema.OUTLET), d.get(Schema.DATE_ISO), lang, d.get(Schema.DATE_INFERRED) != null);
    Highlighter.Passage p;
    if (Schema.TYPE_ARTICLE.equals(type)) {
      p = articlePassage(d, terms, highlight, lang);
    } else {
      String text = d.get(Schema.TEXT);
      p = new Highlighter.Passage(text,
          highlight ? highlighter.spans(terms, text, Schema.textField(type), lang) : List.of());
    }
    String speaker = d.get(Schema.SPEAKER);
    SpeakerRef sp = speaker == null ? null : new SpeakerRef(snap.display(Folding.key(speaker)), d.get(Schema.ROLE));
    return new Hit(d.get(Schema.ID), type, p.text(), d.get(Schema.KIND), sp, article, p.spans(),
        d.get(Schema.CONTEXT), scoreOf(sd));
  }

  /** An article hit's text: its best highlighted paragraph, or its first paragraph without highlighting. */
  private Highlighter.Passage articlePassage(Document d, Highlighter.Terms terms, boolean highlight, String lang) {
    List<String> paragraphs = new ArrayList<>();
    IndexableField[] ps = d.getFields(Schema.PARAGRAPH);
    IndexableField[] spans = d.getFields(Schema.PARAGRAPH_SPAN);
    String body = d.get(Schema.TEXT);
    // without highlighting the hit shows its first paragraph: the others are not cut out of the text
    for (int i = 0; i < ps.length && (highlight || paragraphs.isEmpty()); i++) {
      String p = Schema.paragraphText(body, ps[i].stringValue(), i < spans.length ? spans[i].stringValue() : null);
      if (!p.isEmpty()) paragraphs.add(p);
    }
    return highlight ? highlighter.bestPassage(terms, paragraphs, lang)
        : Highlighter.cut(paragraphs.isEmpty() ? "" : paragraphs.get(0), List.of());
  }

  private static float scoreOf(ScoreDoc sd) {
    if (sd instanceof FieldDoc fd && fd.fields != null && fd.fields.length > 0 && fd.fields[0] instanceof Float f) {
      return f;
    }
    return Float.isNaN(sd.score) ? 0f : sd.score;
  }
}
