package verbatim.solr;

import java.io.IOException;
import java.util.List;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import verbatim.index.Schema;

/**
 * Creates a Verbatim collection on a SolrCloud: uploads the generated {@link ConfigSet} (named after the index
 * layout, so a layout change gets a new configset) and creates the collection with shards and replicas. Every
 * record of an article is routed by {@link Schema#ARTICLE_ID}, so an article and its quotes and stubs live in one
 * shard: re-indexing or deleting an article touches one shard's records together.
 */
public final class SolrCollection {
  /** The configset's name on the cluster. */
  public static final String CONFIG = "verbatim-layout-" + Schema.LAYOUT;

  private SolrCollection() {}

  /** Whether {@code name} exists. */
  @SuppressWarnings("unchecked")
  public static boolean exists(SolrCluster cluster, String name) throws IOException {
    NamedList<Object> r = cluster.request(new CollectionAdminRequest.List(), null);
    List<String> names = (List<String>) r.get("collections");
    return names != null && names.contains(name);
  }

  /** Creates {@code name} when it does not exist yet; returns whether it did. */
  public static boolean ensure(SolrCluster cluster, String name, int shards, int replicas) throws IOException {
    if (exists(cluster, name)) return false;
    if (shards < 1 || replicas < 1) throw new IllegalArgumentException("shards and replicas must be at least 1");
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
        .setConfigSetName(CONFIG)
        .setUploadStream(new ContentStreamBase.ByteArrayStream(ConfigSet.zip(), CONFIG + ".zip", "application/zip"))
        .setOverwrite(true)
        .setCleanup(true);
    cluster.request(upload, null);
    CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(name, CONFIG, shards, replicas)
        .setRouterField(Schema.ARTICLE_ID);
    create.setWaitForFinalState(true);
    cluster.request(create, null);
    return true;
  }

  /** Deletes {@code name} (tests). */
  public static void delete(SolrCluster cluster, String name) throws IOException {
    cluster.request(CollectionAdminRequest.deleteCollection(name), null);
  }
}
