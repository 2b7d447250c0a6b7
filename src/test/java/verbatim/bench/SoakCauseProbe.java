package verbatim.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongFunction;
import verbatim.cli.ServeCommand;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;
import verbatim.search.Searcher;
import verbatim.web.ApiServer;
import verbatim.web.ServerConfig;

/**
 * Manual measurement (not a test): why did the old soak's search p99 rise? Grows an index in steps, with either
 * the old soak's articles (every one the same quote by the same speaker) or {@link SoakArticles} (distinct texts,
 * small copy groups), and after each step times the soak's search and export requests one at a time over HTTP
 * after three warm-up passes: the process CPU per request (client and server; robust on busy shared cores) and
 * the median wall time of 5, against the index size.
 * Args: copies|distinct [steps, default 0,1000,2000,4000,8000].
 */
public final class SoakCauseProbe {
  private static final String[] QUERIES = {"ministre", "government", "\"a déclaré\"", "budget", "Caire", "sécurité",
      "said", "école", "data OR données", "Québec"};

  public static void main(String[] args) throws Exception {
    LongFunction<String> line = args[0].equals("copies") ? SoakCauseProbe::oldSoakLine : SoakArticles::jsonLine;
    long[] steps = Arrays.stream((args.length > 1 ? args[1] : "0,1000,2000,4000,8000").split(","))
        .mapToLong(Long::parseLong).toArray();
    Path dir = Files.createTempDirectory("soak-probe");
    try (Indexer indexer = Indexer.open(dir); Searcher searcher = new Searcher(indexer)) {
      ServeCommand.IndexStore store = new ServeCommand.IndexStore(indexer, searcher, new CorpusReader(),
          new QuoteExtractor());
      try (ApiServer server = new ApiServer(ServerConfig.defaults().withPort(0).withAdminToken("t").withRateLimit(0),
          searcher, store).start(); HttpClient http = HttpClient.newHttpClient()) {
        String base = "http://127.0.0.1:" + server.port();
        long added = 0;
        for (int warm = 0; warm < 3; warm++) {
          time(http, base, "/api/quotes?size=10&");
          time(http, base, "/api/articles?size=10&");
          time(http, base, "/api/export?format=jsonl&");
        }
        System.out.println("articles | segments | quotes CPU ms/req mean | quotes worst (query) | articles CPU mean"
            + " | articles worst | export CPU mean | export worst");
        for (long step : steps) {
          StringBuilder batch = new StringBuilder();
          for (; added < step; added++) {
            batch.append(line.apply(added)).append('\n');
            if (batch.length() > 200_000 || added == step - 1) {
              store.add(batch.toString().getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
              batch.setLength(0);
            }
          }
          IndexGauge.Figures f = IndexGauge.of(indexer, searcher).read();
          System.out.printf(Locale.ROOT, "%d | %d | %s | %s | %s%n", f.articles(), f.segments(),
              time(http, base, "/api/quotes?size=10&"), time(http, base, "/api/articles?size=10&"),
              time(http, base, "/api/export?format=jsonl&"));
        }
      }
    }
  }

  /** Mean and worst of the per-request medians over the queries, both sorts. */
  private static String time(HttpClient http, String base, String path) throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    double sum = 0;
    double worst = 0;
    double worstCpu = 0;
    String worstQ = "";
    int n = 0;
    for (String q : QUERIES) {
      for (String sort : new String[] {"", "&sort=date"}) {
        String url = base + path + "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + sort;
        double[] ms = new double[5];
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < ms.length; i++) {
          long t0 = System.nanoTime();
          HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          ms[i] = (System.nanoTime() - t0) / 1e6;
          if (r.statusCode() != 200) throw new IllegalStateException(url + " " + r.statusCode());
        }
        Arrays.sort(ms);
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e6 / ms.length;
        sum += cpu;
        n++;
        if (cpu > worstCpu) {
          worstCpu = cpu;
          worst = ms[2];
          worstQ = q + sort;
        }
      }
    }
    return String.format(Locale.ROOT, "%.1f | %.1f cpu, %.1f wall (%s)", sum / n, worstCpu, worst, worstQ);
  }

  /** What the old soak's admin writer posted: one quote by one speaker, in every article. */
  private static String oldSoakLine(long n) {
    return "{\"id\":\"soak-" + n + "\",\"language\":\"en\",\"text\":\"The council met for session " + n
        + ". “We will publish the budget next week,” said Mayor Dana Wu.\"}";
  }
}
