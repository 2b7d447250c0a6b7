package verbatim.solr;

import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * The SolrCloud nodes behind one base URL, reached over {@code java.net.http} ({@link HttpJdkSolrClient}: SolrJ's
 * Jetty-based clients would clash with Javalin's Jetty). Every request goes to a live node, round robin; a node
 * that refuses the connection, times out or answers 5xx is skipped and the next one tried, and the list of live
 * nodes is read again from the cluster. The node that receives a request fans it out to the shards itself and
 * fails over between their replicas, so one answering node is enough.
 */
public final class SolrCluster implements Closeable {
  private static final long LIVE_NODES_TTL_NANOS = TimeUnit.SECONDS.toNanos(5);
  /** Tries per request: every live node once, at least this many times (a leader election takes a few seconds). */
  private static final int MIN_TRIES = 6;
  private static final long RETRY_PAUSE_MS = 500;

  private final List<String> seeds;
  private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private volatile List<String> live;
  private volatile long liveRead;

  /** @param baseUrls one or more node URLs ("http://host:8983/solr"), comma-separated */
  public SolrCluster(String baseUrls) {
    List<String> s = new ArrayList<>();
    for (String u : baseUrls.split(",")) {
      String t = u.strip();
      if (t.isEmpty()) continue;
      URI.create(t); // refuses a malformed URL now rather than at the first search
      s.add(t.endsWith("/") ? t.substring(0, t.length() - 1) : t);
    }
    if (s.isEmpty()) throw new IllegalArgumentException("no Solr URL given");
    this.seeds = List.copyOf(s);
    this.live = seeds;
  }

  /** Runs {@code request} on {@code collection} (null: a cluster-level request) on some live node. */
  public NamedList<Object> request(SolrRequest<?> request, String collection) throws IOException {
    List<String> nodes = liveNodes();
    int tries = Math.max(MIN_TRIES, nodes.size());
    IOException last = null;
    for (int i = 0; i < tries; i++) {
      if (i > 0 && i % Math.max(1, nodes.size()) == 0) {
        pause();
        nodes = refreshLiveNodes();
      }
      String node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
      try {
        return client(node).request(request, collection);
      } catch (SolrException e) {
        if (e.code() < 500) throw new IOException(message(e), e);
        last = new IOException(node + ": " + message(e), e);
      } catch (SolrServerException | IOException e) {
        if (!retriable(e)) throw new IOException(node + ": " + message(e), e);
        last = new IOException(node + ": " + message(e), e);
        liveRead = 0; // read the live nodes again before the next request
      }
    }
    throw last;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /**
   * A connection refused, reset or closed before any answer, a timeout: the node is down or busy, another may answer.
   * The JDK client reports a node that dies with the request in flight as "header parser received no bytes".
   */
  static boolean retriable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException
          || t instanceof java.net.SocketException || t instanceof java.io.EOFException
          || t instanceof java.nio.channels.ClosedChannelException) {
        return true;
      }
      if (t instanceof IOException && t.getMessage() != null
          && (t.getMessage().contains("closed") || t.getMessage().contains("received no bytes"))) {
        return true;
      }
    }
    return e instanceof SolrServerException;
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(RETRY_PAUSE_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a Solr node", e);
    }
  }

  private List<String> liveNodes() {
    if (System.nanoTime() - liveRead > LIVE_NODES_TTL_NANOS) {
      try {
        return refreshLiveNodes();
      } catch (RuntimeException e) {
        return live;
      }
    }
    return live;
  }

  /** Reads the live nodes from the cluster (any seed or known node that answers); keeps the old list otherwise. */
  @SuppressWarnings("unchecked")
  private synchronized List<String> refreshLiveNodes() {
    List<String> candidates = new ArrayList<>(live);
    for (String s : seeds) if (!candidates.contains(s)) candidates.add(s);
    for (String node : candidates) {
      try {
        NamedList<Object> r = client(node).request(CollectionAdminRequest.getClusterStatus(), null);
        Object names = ((NamedList<Object>) r.get("cluster")).get("live_nodes");
        List<String> urls = new ArrayList<>();
        for (Object n : (Collection<Object>) names) urls.add(url(n.toString(), node));
        if (!urls.isEmpty()) {
          urls.sort(null);
          live = List.copyOf(urls);
          liveRead = System.nanoTime();
          return live;
        }
      } catch (SolrServerException | IOException | RuntimeException e) {
        // try the next
      }
    }
    liveRead = System.nanoTime();
    return live;
  }

  /** "127.0.0.1:8983_solr" → "http://127.0.0.1:8983/solr" (the scheme of the node that told us). */
  static String url(String nodeName, String from) {
    String scheme = from.startsWith("https:") ? "https://" : "http://";
    int u = nodeName.indexOf('_');
    return u < 0 ? scheme + nodeName : scheme + nodeName.substring(0, u) + "/" + nodeName.substring(u + 1).replace('_', '/');
  }

  /** The live nodes as last read (for logs and tests). */
  public List<String> nodes() {
    return liveNodes();
  }

  private HttpJdkSolrClient client(String baseUrl) {
    return clients.computeIfAbsent(baseUrl, u -> new HttpJdkSolrClient.Builder(u)
        .useHttp1_1(true)
        .withConnectionTimeout(2, TimeUnit.SECONDS)
        .withRequestTimeout(60, TimeUnit.SECONDS)
        .build());
  }

  @Override
  public void close() throws IOException {
    for (HttpJdkSolrClient c : clients.values()) c.close();
    clients.clear();
  }
}
