package verbatim.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;
import verbatim.extract.Quote;
import verbatim.index.ArticleWriter;
import verbatim.index.Schema;
import verbatim.ingest.Article;

/**
 * Writes Verbatim records to a SolrCloud collection. A write returns once the shard leader and its in-sync
 * replicas have it (Solr's acknowledgement); {@link #commit()} makes writes visible at once (they are within a
 * second anyway, by the configset's soft auto-commit).
 */
public final class SolrWriter implements ArticleWriter {
  /** Most record ids one replace spares by name (below Solr's default limit of 1024 boolean clauses). */
  private static final int MAX_SPARED = 1000;

  private final SolrCluster cluster;
  private final String collection;

  public SolrWriter(SolrCluster cluster, String collection) {
    this.cluster = cluster;
    this.collection = collection;
  }

  /**
   * Adds or replaces an article. The new records replace the old ones of the same id, and a delete in the same
   * request removes the old records the new version no longer has (quotes gone): a reader sees the old version
   * or the new one, never none. Solr applies a request's deletes after its adds, so the delete must spare the
   * new ids rather than precede the adds.
   */
  @Override
  public void index(Article article, List<Quote> quotes) throws IOException {
    List<SolrInputDocument> docs = SolrDocuments.of(article, quotes, Schema.sourceFile(article.source()));
    if (docs.size() > MAX_SPARED) {
      delete(article.id()); // too many ids to spare in one query: delete first (the article is briefly absent)
      add(docs);
      return;
    }
    List<String> ids = new ArrayList<>();
    for (SolrInputDocument d : docs) ids.add(ClientUtils.escapeQueryChars(String.valueOf(d.getFieldValue(Schema.ID))));
    UpdateRequest u = new UpdateRequest();
    u.add(docs);
    u.deleteByQuery("+" + term(Schema.ARTICLE_ID, article.id()) + " -" + Schema.ID + ":(" + String.join(" OR ", ids) + ")");
    cluster.request(u, collection);
  }

  /** Adds records the caller knows are new (a fresh file of the corpus): no delete to route and order. */
  public void add(Collection<SolrInputDocument> docs) throws IOException {
    if (docs.isEmpty()) return;
    UpdateRequest u = new UpdateRequest();
    u.add(docs);
    cluster.request(u, collection);
  }

  @Override
  public void delete(String articleId) throws IOException {
    UpdateRequest u = new UpdateRequest();
    u.deleteByQuery(term(Schema.ARTICLE_ID, articleId));
    cluster.request(u, collection);
  }

  /** Deletes every record of one corpus file, its fingerprint record included. */
  public void deleteFile(String sourceFile) throws IOException {
    UpdateRequest u = new UpdateRequest();
    u.deleteByQuery(term(Schema.SOURCE_FILE, sourceFile));
    cluster.request(u, collection);
  }

  /** Stores (replacing) a corpus file's fingerprint. */
  public void putFingerprint(String sourceFile, String fingerprint) throws IOException {
    SolrInputDocument d = SolrDocuments.file(sourceFile, fingerprint);
    // the router field: file records belong to no article, each is routed by its own id
    d.setField(Schema.ARTICLE_ID, "file:" + sourceFile);
    add(List.of(d));
  }

  /** Makes every write so far visible (a soft commit, waiting for the new searchers). */
  @Override
  public void commit() throws IOException {
    UpdateRequest u = new UpdateRequest();
    u.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true, true);
    cluster.request(u, collection);
  }

  static String term(String field, String value) {
    return field + ":" + ClientUtils.escapeQueryChars(value);
  }
}
