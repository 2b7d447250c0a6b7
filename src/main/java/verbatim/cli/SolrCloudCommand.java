package verbatim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;
import verbatim.search.IndexStats;
import verbatim.solr.SolrBackend;
import verbatim.solr.SolrCluster;
import verbatim.solr.SolrCollection;
import verbatim.solr.SolrCorpusIndexer;
import verbatim.solr.SolrWriter;
import verbatim.web.ApiServer;
import verbatim.web.ServerConfig;

/**
 * {@code ./verbatim solrcloud start|stop}: a local SolrCloud (ZooKeeper and N Solr nodes, one process each) for
 * trying the SolrCloud backend; run by the separate {@code solrcloud/} project, whose Solr 9 and Lucene 9 never
 * meet the app's Lucene 10. Also the {@code --solr} variants of index, serve and search.
 */
public final class SolrCloudCommand implements Command {
  /** The collection {@code --solr} uses unless {@code --collection} names another. */
  public static final String DEFAULT_COLLECTION = "verbatim";

  @Override
  public String name() {
    return "solrcloud";
  }

  @Override
  public String summary() {
    return "start or stop a local SolrCloud (ZooKeeper + N Solr nodes) for --solr";
  }

  @Override
  public String usage() {
    return """
        Usage: ./verbatim solrcloud start [--nodes N] [--dir DIR]
               ./verbatim solrcloud stop [--dir DIR]

        start: one ZooKeeper and N Solr 9 nodes (default 3), each in its own JVM on 127.0.0.1; prints the
        Solr URL for --solr and the ZooKeeper address; pid files (zookeeper.pid, node1.pid, …), logs, data
        and the ports, kept for the next start, go in DIR (default solrcloud/run). Starting again restarts
        only the processes that are not running. stop: stops them all.
        Node JVM options: VERBATIM_SOLR_OPTS (default -Xmx512m -XX:+UseSerialGC).
        Then: ./verbatim index --solr URL --shards 2 --replicas 2; ./verbatim serve --solr URL
        """;
  }

  @Override
  public int run(List<String> argv) throws Exception {
    Args args = Args.parse(argv, Set.of("nodes", "dir"), Set.of());
    if (args.positional().size() != 1 || !Set.of("start", "stop").contains(args.positional().get(0)))
      throw new Args.UsageException("say start or stop");
    String home = System.getProperty("verbatim.home", ".");
    Path jar = Path.of(home, "solrcloud", "target", "verbatim-solrcloud.jar");
    if (!Files.exists(jar))
      throw new Args.UsageException("the local SolrCloud is not built: run 'mvn -f solrcloud/pom.xml package' (./verbatim does it)");
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m",
        "-jar", jar.toString(), args.positional().get(0), "--dir", args.get("dir", Path.of(home, "solrcloud", "run").toString())));
    if (args.has("nodes")) cmd.addAll(List.of("--nodes", Integer.toString(args.intValue("nodes", 3, 1, 9))));
    return new ProcessBuilder(cmd).inheritIO().start().waitFor();
  }

  /** The backend of {@code --solr URL [--collection NAME]}. */
  static SolrBackend backend(Args args) {
    return new SolrBackend(new SolrCluster(args.get("solr", null)), args.get("collection", DEFAULT_COLLECTION));
  }

  /** {@code ./verbatim index --solr URL}: creates the collection when missing, then indexes the corpus into it. */
  static int index(Args args, Path corpus) throws IOException {
    SolrCluster cluster = new SolrCluster(args.get("solr", null));
    String name = args.get("collection", DEFAULT_COLLECTION);
    try (SolrBackend backend = new SolrBackend(cluster, name)) {
      int shards = args.intValue("shards", 1, 1, 256);
      int replicas = args.intValue("replicas", 1, 1, 16);
      if (SolrCollection.ensure(cluster, name, shards, replicas)) {
        System.out.printf(Locale.ROOT, "created collection %s: %d shard(s) x %d replica(s)%n", name, shards, replicas);
      }
      SolrCorpusIndexer.Report r = new SolrCorpusIndexer(backend, new SolrWriter(cluster, name)).run(corpus);
      System.out.printf(Locale.ROOT,
          "files: %d (%d unchanged, %d removed)%narticles: %d indexed, %d quotes, in %.1f s (%s articles/s)%nfailed: %d%n",
          r.files(), r.unchanged(), r.removed(), r.articles(), r.quotes(), r.seconds(),
          IndexCommand.rate(r.articlesPerSecond()), r.failures().size());
      for (String f : r.failures()) System.out.println("  " + f);
    }
    return 0;
  }

  /** {@code ./verbatim serve --solr URL}: the API, page and widget on a SolrCloud collection. */
  static int serve(ServerConfig config, String url, String collection) throws Exception {
    SolrCluster cluster = new SolrCluster(url);
    if (!SolrCollection.exists(cluster, collection)) {
      cluster.close();
      throw new Args.UsageException("no collection '" + collection + "' on " + url + ": run ./verbatim index --solr "
          + url + " first");
    }
    SolrBackend backend = new SolrBackend(cluster, collection);
    IndexStats st = backend.stats();
    System.out.printf(Locale.ROOT, "SolrCloud collection %s: %d articles, %d stubs, %d quotes, %d speakers%n",
        collection, st.articles(), st.stubs(), st.quotes(), st.speakers());
    ServeCommand.IndexStore store = new ServeCommand.IndexStore(new SolrWriter(cluster, collection), backend,
        new CorpusReader(), new QuoteExtractor(backend.speakerNames()));
    ApiServer server = new ApiServer(config, backend, store).start();
    String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
    System.out.println("Verbatim is serving http://" + host + ":" + server.port() + "/ from " + url
        + (config.adminEnabled() ? " (admin endpoints enabled)" : ""));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("verbatim serve: stopping");
      try {
        server.close();
        backend.close();
      } catch (IOException | RuntimeException e) {
        System.err.println("verbatim serve: " + e.getMessage());
      }
      stopped.countDown();
    }, "verbatim-shutdown"));
    stopped.await();
    return 0;
  }
}
