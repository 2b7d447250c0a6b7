package verbatim.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The one local SolrCloud (ZooKeeper + 3 nodes) of a test JVM, started by whichever test class needs it first and
 * shared by every other: starting a cluster costs 40–100 s on two loaded cores, so {@code SolrCloudTest} and the
 * API contract run on SolrCloud use the same one, each in a collection of its own. It is stopped when the JVM
 * exits (the launcher's shutdown hook), not by a test class, since no class knows whether it is the last user.
 */
public final class SharedSolrCloud {
  public static final int NODES = 3;

  private static LocalSolrCloud cloud;
  private static String unavailable;

  private SharedSolrCloud() {}

  /** The running cluster, started now when this is the first call; empty (with the reason) when it cannot be. */
  static synchronized Optional<LocalSolrCloud> cloud() {
    if (cloud != null) return Optional.of(cloud);
    if (unavailable != null) return Optional.empty();
    Path jar = LocalSolrCloud.available().orElse(null);
    if (jar == null) {
      unavailable = "the solrcloud project cannot be built";
      return Optional.empty();
    }
    try {
      Path dir = Files.createTempDirectory("verbatim-solrcloud-");
      long t0 = System.nanoTime();
      cloud = LocalSolrCloud.start(jar, dir.resolve("cloud"), NODES);
      cloud.removeOnExit(dir);
      System.out.printf(Locale.ROOT, "SolrCloud of %d nodes healthy in %.1f s at %s%n", NODES,
          (System.nanoTime() - t0) / 1e9, cloud.url());
      return Optional.of(cloud);
    } catch (IOException | InterruptedException e) {
      unavailable = "the local SolrCloud did not start: " + e.getMessage();
      System.err.println("SKIPPED SolrCloud tests: " + unavailable);
      return Optional.empty();
    }
  }

  /** A node URL of the running cluster, or empty when no cluster can run here. */
  public static Optional<String> url() {
    return cloud().map(LocalSolrCloud::url);
  }

  /** Why {@link #url()} is empty. */
  public static synchronized String unavailable() {
    return unavailable == null ? "no cluster" : unavailable;
  }

  /**
   * A fresh collection {@code name} on the shared cluster (an older one of that name, from an earlier class of
   * this run, is deleted first).
   */
  public static SolrCluster collection(String name, int shards, int replicas) throws IOException {
    SolrCluster cluster = new SolrCluster(url().orElseThrow(() -> new IllegalStateException(unavailable())));
    if (SolrCollection.exists(cluster, name)) SolrCollection.delete(cluster, name);
    long t0 = System.nanoTime();
    SolrCollection.ensure(cluster, name, shards, replicas);
    System.out.printf(Locale.ROOT, "collection %s of %d shards x %d replicas active in %.1f s%n", name, shards, replicas,
        (System.nanoTime() - t0) / 1e9);
    return cluster;
  }
}
