package verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import verbatim.bench.BenchQuery;
import verbatim.extract.Quote;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.Article;
import verbatim.ingest.CorpusReader;
import verbatim.ingest.Paragraph;
import verbatim.search.SearchRequest;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchResponse;
import verbatim.search.Searcher;

/**
 * The SolrCloud backend on a real local cluster (ZooKeeper + 3 Solr 9 nodes, one process each, shared with the
 * API contract run: {@link SharedSolrCloud}): parity with the embedded index on a small corpus of the shared data,
 * cursors, replacing an article, and a node killed with -9 while searches and admin writes run. The HTTP API on
 * SolrCloud is {@code verbatim.web.SolrCloudApiContractTest}. Skips loudly when the cluster project cannot be built or the shared data
 * is absent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudTest {
  private static final int NODES = SharedSolrCloud.NODES;
  private static final String COLLECTION = "parity";
  /** Articles taken from each shared corpus file (the first ones, in file order). */
  private static final int ARTICLES_PER_FILE = 150;
  private static final int QUERIES = 120;

  @TempDir static Path work;
  private static LocalSolrCloud cloud;
  private static SolrCluster cluster;
  private static SolrBackend solr;
  private static Indexer indexer;
  private static Searcher embedded;
  private static Path shared;

  @BeforeAll
  static void start() throws Exception {
    String s = System.getProperty("verbatim.shared");
    shared = s == null ? null : Path.of(s);
    if (shared == null || !Files.isDirectory(shared.resolve("corpora"))) {
      System.err.println("SKIPPED SolrCloudTest: no shared data at " + shared);
      Assumptions.abort("no shared data");
    }
    cloud = SharedSolrCloud.cloud().orElse(null);
    Assumptions.assumeTrue(cloud != null, SharedSolrCloud.unavailable());
    cluster = SharedSolrCloud.collection(COLLECTION, 2, 2);
    long t0;
    solr = new SolrBackend(cluster, COLLECTION);
    Path corpus = corpus(work.resolve("corpus"));
    indexer = new Indexer(new ByteBuffersDirectory(), 16);
    t0 = System.nanoTime();
    CorpusIndexer.Report e = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 1).run(corpus, null);
    System.out.printf(Locale.ROOT, "embedded: %d articles in %.1f s%n", e.indexed(), (System.nanoTime() - t0) / 1e9);
    embedded = new Searcher(indexer);
    t0 = System.nanoTime();
    SolrCorpusIndexer.Report r = new SolrCorpusIndexer(solr, new SolrWriter(cluster, COLLECTION)).run(corpus);
    System.out.printf(Locale.ROOT, "SolrCloud: %d articles, %d quotes in %.1f s (%.0f articles/s)%n", r.articles(),
        r.quotes(), r.seconds(), r.articlesPerSecond());
  }

  /** The first articles of the shared French and English corpora, copied into a temporary corpus. */
  private static Path corpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    copyHead(shared.resolve("corpora/quebec-press/quebec-press-fr.jsonl"), dir.resolve("fr.jsonl"));
    copyHead(shared.resolve("corpora/reuters21578/reuters21578.jsonl"), dir.resolve("en.jsonl"));
    return dir;
  }

  private static void copyHead(Path from, Path to) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
         BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      String line;
      for (int n = 0; n < ARTICLES_PER_FILE && (line = r.readLine()) != null; n++) {
        w.write(line);
        w.write('\n');
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    // the cluster stays up for the other classes of this JVM (SharedSolrCloud stops it at exit)
    if (embedded != null) embedded.close();
    if (indexer != null) indexer.close();
    if (solr != null) solr.close();
  }

  @Test
  @Order(1)
  void sameCountsAsTheEmbeddedIndex() throws Exception {
    assertEquals(embedded.stats().articles(), solr.stats().articles(), "articles");
    assertEquals(embedded.stats().quotes(), solr.stats().quotes(), "quotes");
    // speakers are not compared: Solr's unique() is an estimate over several shards
  }

  /**
   * The peer kit's queries (articles and quotes) and quote searches filtered on each of the most quoted speakers:
   * the same totals for at least 95%, and top-10 overlap at least 0.8 on average. Every difference is printed.
   */
  @Test
  @Order(2)
  void answersLikeTheEmbeddedIndex() throws Exception {
    List<SearchRequest> sample = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<BenchQuery> kit = BenchQuery.load(shared.resolve("bench/peers/queries/queries_1000.jsonl"));
    for (BenchQuery q : kit.subList(0, Math.min(QUERIES, kit.size()))) {
      for (DocType type : List.of(DocType.ARTICLE_OR_STUB, DocType.QUOTE)) {
        sample.add(request(q.verbatimQuery(), type, List.of()));
        labels.add(type.name().toLowerCase(Locale.ROOT) + " " + q.group());
      }
    }
    for (SearchResponse.FacetCount speaker : embedded.speakers("", 15)) {
      sample.add(request("", DocType.QUOTE, List.of(speaker.value())));
      labels.add("quote speaker-only");
      sample.add(request("ministre OR minister", DocType.QUOTE, List.of(speaker.value())));
      labels.add("quote speaker+words");
    }
    int sameTotal = 0;
    double overlapSum = 0;
    Map<String, Integer> classes = new TreeMap<>();
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < sample.size(); i++) {
      SearchResponse a = embedded.search(sample.get(i));
      SearchResponse b = solr.search(sample.get(i));
      double overlap = overlap(a, b);
      overlapSum += overlap;
      if (a.total() == b.total()) sameTotal++;
      if (a.total() != b.total() || overlap < 1) {
        String cls = labels.get(i) + (a.total() == b.total() ? " (order)" : b.total() > a.total() ? " (solr more)" : " (solr fewer)");
        classes.merge(cls, 1, Integer::sum);
        report.append(String.format(Locale.ROOT, "%-40s %-35s embedded %5d solr %5d overlap %.2f%n", labels.get(i),
            sample.get(i).query() + " " + sample.get(i).speakers(), a.total(), b.total(), overlap));
      }
    }
    double sameShare = (double) sameTotal / sample.size();
    double meanOverlap = overlapSum / sample.size();
    String summary = String.format(Locale.ROOT, "parity: %d queries, same total %.1f%%, mean top-10 overlap %.3f%n",
        sample.size(), 100 * sameShare, meanOverlap);
    StringBuilder out = new StringBuilder(summary).append("difference classes:\n");
    classes.forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-55s %d%n", k, v)));
    out.append(report);
    System.out.print(out);
    Files.writeString(LocalSolrCloud.basedir().resolve("target/solr-parity.txt"), out);
    assertTrue(sameShare >= 0.95, summary);
    assertTrue(meanOverlap >= 0.8, summary);
  }

  private static SearchRequest request(String query, DocType type, List<String> speakers) {
    return new SearchRequest(query, SearchRequest.Mode.SIMPLE, type, speakers, null, null, null, null, null, 10, null,
        SearchRequest.Sort.RELEVANCE, true).withHighlight(false);
  }

  /** Shared ids of the two top-10s over the larger one's size (1 when both are empty). */
  private static double overlap(SearchResponse a, SearchResponse b) {
    Set<String> x = new HashSet<>();
    a.hits().forEach(h -> x.add(h.id()));
    Set<String> y = new HashSet<>();
    b.hits().forEach(h -> y.add(h.id()));
    if (x.isEmpty() && y.isEmpty()) return 1;
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return (double) both.size() / Math.max(x.size(), y.size());
  }

  /** Cursor paging walks every hit once, with an exact total and the next page's cursor null at the end. */
  @Test
  @Order(3)
  void cursorsWalkEveryHitOnce() throws Exception {
    SearchRequest first = new SearchRequest("", SearchRequest.Mode.SIMPLE, DocType.QUOTE, List.of(), null, null, null,
        null, null, 37, null, SearchRequest.Sort.RELEVANCE, true);
    Set<String> seen = new HashSet<>();
    SearchResponse page = solr.search(first);
    long total = page.total();
    while (true) {
      for (SearchResponse.Hit h : page.hits()) assertTrue(seen.add(h.id()), "repeated " + h.id());
      if (page.cursor() == null) break;
      page = solr.search(new SearchRequest("", SearchRequest.Mode.SIMPLE, DocType.QUOTE, List.of(), null, null, null,
          null, null, 37, page.cursor(), SearchRequest.Sort.RELEVANCE, true));
    }
    assertEquals(total, seen.size());
    AtomicLong exported = new AtomicLong();
    assertEquals(total, solr.export(first, h -> exported.incrementAndGet()));
  }

  /** Re-indexing an article replaces its records (a quote it lost goes) without a moment where it is absent. */
  @Test
  @Order(5)
  void replacesAnArticleWithItsRecords() throws Exception {
    SolrWriter writer = new SolrWriter(cluster, COLLECTION);
    Article a = article("replaced");
    writer.index(a, List.of(quote(a, 4, 12), quote(a, 17, 21)));
    writer.commit();
    assertEquals(2, solr.article("replaced").orElseThrow().quotes().size());
    writer.index(a, List.of(quote(a, 4, 12)));
    writer.commit();
    assertEquals(1, solr.article("replaced").orElseThrow().quotes().size());
    writer.delete("replaced");
    writer.commit();
    assertTrue(solr.article("replaced").isEmpty());
  }

  private static Quote quote(Article a, int start, int end) {
    return new Quote(start, end, a.text().substring(start, end), Quote.Kind.DIRECT, null, null, "en");
  }

  /**
   * kill -9 of the node holding a shard leader while one thread searches and another adds articles: no search
   * fails, and after the node comes back every acknowledged article is there, on every replica.
   */
  @Test
  @Order(7)
  void survivesTheLossOfANode() throws Exception {
    SolrWriter writer = new SolrWriter(cluster, COLLECTION);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong searches = new AtomicLong();
    List<Throwable> searchFailures = new ArrayList<>();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicLong writeErrors = new AtomicLong();
    Thread searcher = new Thread(() -> {
      while (running.get()) {
        try {
          solr.search(request("ministre", DocType.QUOTE, List.of()));
          searches.incrementAndGet();
        } catch (Throwable e) {
          synchronized (searchFailures) {
            searchFailures.add(e);
          }
        }
      }
    }, "searches");
    Thread adder = new Thread(() -> {
      for (int i = 0; running.get(); i++) {
        String id = "nodeloss-" + i;
        try {
          writer.index(article(id), List.of());
          acknowledged.add(id);
        } catch (Throwable e) {
          writeErrors.incrementAndGet(); // not acknowledged: the client would retry
        }
      }
    }, "writes");
    searcher.start();
    adder.start();
    Thread.sleep(3000);
    String victim = leaderNode();
    long t0 = System.nanoTime();
    cloud.kill(victim);
    Thread.sleep(5_000);
    cloud.launch(NODES); // the node comes back on its port and home
    double down = (System.nanoTime() - t0) / 1e9;
    Thread.sleep(2000);
    running.set(false);
    searcher.join();
    adder.join();
    waitForActiveReplicas();
    writer.commit();
    String summary = String.format(Locale.ROOT,
        "node loss: killed %s, back after %.1f s; %d searches, %d failed; %d writes acknowledged, %d refused", victim,
        down, searches.get(), searchFailures.size(), acknowledged.size(), writeErrors.get());
    System.out.println(summary);
    Files.writeString(LocalSolrCloud.basedir().resolve("target/solr-nodeloss.txt"), summary + "\n");
    assertTrue(searchFailures.isEmpty(), summary + ": " + searchFailures);
    assertFalse(acknowledged.isEmpty(), summary);
    for (String id : acknowledged) assertTrue(solr.article(id).isPresent(), "lost acknowledged write " + id);
    // replicas of a shard agree; a refused write may still have been applied (its answer was lost), never more
    long held = replicaTotal();
    assertTrue(held >= acknowledged.size() && held <= acknowledged.size() + writeErrors.get(),
        summary + ": replicas hold " + held);
  }

  private static Article article(String id) {
    String text = "The minister said the node loss test article " + id + " must survive.";
    return new Article(id, "nodeloss.jsonl#" + id, text, "Node loss " + id, List.of(new Paragraph(0, text.length(), text)),
        List.of(), List.of(), List.of(), List.of(), "Test", null, null, null, "en");
  }

  /** nodeN holding the leader of shard1. */
  @SuppressWarnings("unchecked")
  private static String leaderNode() throws Exception {
    Map<String, Object> state = clusterState();
    Map<String, Object> shards = (Map<String, Object>) ((Map<String, Object>) state.get(COLLECTION)).get("shards");
    Map<String, Object> replicas = (Map<String, Object>) ((Map<String, Object>) shards.get("shard1")).get("replicas");
    List<String> nodes = cloud.nodeUrls(NODES);
    for (Object r : replicas.values()) {
      Map<String, Object> replica = (Map<String, Object>) r;
      if ("true".equals(String.valueOf(replica.get("leader")))) {
        String url = String.valueOf(replica.get("base_url"));
        return "node" + (nodes.indexOf(url) + 1);
      }
    }
    throw new AssertionError("shard1 has no leader");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> clusterState() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String node : cloud.nodeUrls(NODES)) {
      try {
        String body = http.send(HttpRequest.newBuilder(URI.create(node + "/admin/collections?action=CLUSTERSTATUS&wt=json"))
            .build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Object> m = new com.fasterxml.jackson.databind.ObjectMapper().readValue(body, Map.class);
        return (Map<String, Object>) ((Map<String, Object>) m.get("cluster")).get("collections");
      } catch (IOException e) {
        // next node
      }
    }
    throw new IOException("no node answers");
  }

  @SuppressWarnings("unchecked")
  private static void waitForActiveReplicas() throws Exception {
    long end = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < end) {
      boolean all = true;
      Map<String, Object> shards = (Map<String, Object>) ((Map<String, Object>) clusterState().get(COLLECTION)).get("shards");
      for (Object s : shards.values()) {
        for (Object r : ((Map<String, Object>) ((Map<String, Object>) s).get("replicas")).values()) {
          all &= "active".equals(((Map<String, Object>) r).get("state"));
        }
      }
      if (all) return;
      Thread.sleep(500);
    }
    throw new AssertionError("replicas did not all become active again");
  }

  /** The node-loss articles the collection holds, after checking that the replicas of each shard agree. */
  @SuppressWarnings("unchecked")
  private static long replicaTotal() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Object> shards = (Map<String, Object>) ((Map<String, Object>) clusterState().get(COLLECTION)).get("shards");
    long sum = 0;
    for (Map.Entry<String, Object> s : shards.entrySet()) {
      Set<Long> counts = new HashSet<>();
      for (Object r : ((Map<String, Object>) ((Map<String, Object>) s.getValue()).get("replicas")).values()) {
        Map<String, Object> replica = (Map<String, Object>) r;
        String url = replica.get("base_url") + "/" + replica.get("core")
            + "/select?q=id:nodeloss-*&rows=0&distrib=false&wt=json";
        String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Object> m = new com.fasterxml.jackson.databind.ObjectMapper().readValue(body, Map.class);
        counts.add(((Number) ((Map<String, Object>) m.get("response")).get("numFound")).longValue());
      }
      assertEquals(1, counts.size(), "the replicas of " + s.getKey() + " differ: " + counts);
      sum += counts.iterator().next();
    }
    return sum;
  }
}
