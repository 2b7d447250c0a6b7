package verbatim.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import verbatim.extract.Quote;
import verbatim.ingest.Article;
import verbatim.index.Schema;

/**
 * The records of one article for Solr: the very records the embedded index writes ({@link Schema#documents}),
 * field by field, so both backends hold the same layout. Lucene-only encodings stay behind: the id's hash key
 * (Solr breaks ties on the id), the facets' drill-down terms (Solr facets on the fields) and empty norms.
 */
public final class SolrDocuments {
  /** Facet fields Solr counts on: the year and month of {@link Schema#DATE_ISO}. */
  static final String YEAR = "year";
  static final String MONTH = "month";

  private static final Set<String> SKIPPED = Set.of(Schema.ID_KEY, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
  private static final Set<String> MULTI = Set.of(Schema.PARAGRAPH, Schema.PARAGRAPH_SPAN);

  private SolrDocuments() {}

  /** Every record of {@code article}, article first. */
  public static List<SolrInputDocument> of(Article article, List<Quote> quotes, String sourceFile) {
    List<SolrInputDocument> out = new ArrayList<>();
    for (Document d : Schema.documents(article, quotes == null ? List.of() : quotes, sourceFile)) out.add(convert(d));
    return out;
  }

  /** The hidden record remembering a corpus file's fingerprint. */
  public static SolrInputDocument file(String sourceFile, String fingerprint) {
    return convert(Schema.fileDocument(sourceFile, fingerprint));
  }

  private static SolrInputDocument convert(Document d) {
    SolrInputDocument s = new SolrInputDocument();
    for (IndexableField f : d.getFields()) {
      String name = f.name();
      if (SKIPPED.contains(name)) continue;
      Object value = f.numericValue() != null ? f.numericValue() : f.stringValue();
      if (value == null) continue; // an empty norm-only field
      if (MULTI.contains(name)) s.addField(name, value);
      else s.setField(name, value);
    }
    Object iso = s.getFieldValue(Schema.DATE_ISO);
    if (iso instanceof String date && date.length() >= 7) {
      s.setField(YEAR, date.substring(0, date.length() - 6));
      s.setField(MONTH, date.substring(0, date.length() - 3));
    }
    return s;
  }
}
