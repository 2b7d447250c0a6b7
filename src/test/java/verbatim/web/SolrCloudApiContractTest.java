package verbatim.web;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import verbatim.ingest.Article;
import verbatim.solr.SharedSolrCloud;
import verbatim.solr.SolrBackend;
import verbatim.solr.SolrCluster;
import verbatim.solr.SolrCollection;
import verbatim.solr.SolrWriter;

/**
 * The HTTP API's contract ({@link ApiContract}) served from a SolrCloud collection on the JVM's shared local
 * cluster ({@link SharedSolrCloud}, also used by {@code SolrCloudTest}): the same fixtures as the embedded run, in a
 * collection of two shards so that facets, counts, cursors and exports are merged across shards. Skips when no
 * cluster can run here.
 */
class SolrCloudApiContractTest extends ApiContract {
  private static final String COLLECTION = "contract";

  @Override
  Served serve() throws Exception {
    Assumptions.assumeTrue(SharedSolrCloud.url().isPresent(), SharedSolrCloud.unavailable());
    SolrCluster cluster = SharedSolrCloud.collection(COLLECTION, 2, 1);
    SolrWriter writer = new SolrWriter(cluster, COLLECTION);
    List<Article> articles = new ArrayList<>();
    long handQuotes = TestIndex.fill(writer, articles, true);
    writer.commit();
    SolrBackend backend = new SolrBackend(cluster, COLLECTION);
    AutoCloseable drop = () -> {
      try {
        SolrCollection.delete(cluster, COLLECTION);
      } finally {
        backend.close();
      }
    };
    return new Served(backend, writer, articles.size(), handQuotes, drop);
  }
}
