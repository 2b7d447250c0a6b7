package verbatim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * {@code ./verbatim bench --soak MINUTES}: drives a service on loopback in this JVM with mixed traffic (searchers,
 * an exporter, an admin writer that keeps a fixed-size pool of invented articles, {@link SoakWrites}) for the given
 * minutes. Each minute it prints a Markdown row: requests, errors, p50 and p99 of each kind, the heap after a full
 * GC, the open file descriptors, what the index holds and the load average; at the end, whether each series rises
 * ({@link SoakTrend}). The index size is held steady, so a rise is degradation, not growth.
 */
public final class Soak {
  /** The admin token the driven service must accept. */
  public static final String ADMIN_TOKEN = "soak-admin-token";
  /** Soak articles kept in the index (posted before the first minute, then one in, one out). */
  static final int POOL = 2_000;
  private static final String[] QUERIES = {"ministre", "government", "\"a déclaré\"", "budget", "Caire", "sécurité",
      "said", "école", "data OR données", "Québec"};

  /** One minute's row. */
  record Minute(int minute, KindTally.Minute search, KindTally.Minute export, KindTally.Minute admin, long heapMb,
      long fds, IndexGauge.Figures index, double load, double cpuSeconds) {
    static final String HEADER = "| minute | search req | err | p50 ms | p99 ms | export req | err | p50 ms | p99 ms"
        + " | admin req | err | p50 ms | p99 ms | heap after GC MB | open fds | articles | records | deleted"
        + " | segments | load 1 min | CPU s | CPU ms/req |\n|" + "---:|".repeat(22);

    String row() {
      return String.format(Locale.ROOT, "| %d | %s | %s | %s | %d | %d | %d | %d | %d | %d | %.1f | %.1f | %.2f |",
          minute, cells(search), cells(export), cells(admin), heapMb, fds, index.articles(), index.records(),
          index.deleted(), index.segments(), load, cpuSeconds, cpuPerRequest());
    }

    /**
     * This JVM's CPU (service, clients, merges, GC) per request of any kind: flat while throughput falls means the
     * process got less of the shared cores; rising means each request costs more.
     */
    double cpuPerRequest() {
      long n = search.requests() + export.requests() + admin.requests();
      return n == 0 ? 0 : 1000 * cpuSeconds / n;
    }

    private static String cells(KindTally.Minute k) {
      return String.format(Locale.ROOT, "%d | %d | %.1f | %.1f", k.requests(), k.errors(), k.p50(), k.p99());
    }
  }

  private final PrintStream out;
  private final IndexGauge gauge;

  /** @param gauge reads what the driven index holds (it runs in this JVM) */
  public Soak(PrintStream out, IndexGauge gauge) {
    this.out = out;
    this.gauge = gauge;
  }

  /**
   * Seeds the pool, then drives the service at {@code base} (loopback; it must accept {@link #ADMIN_TOKEN} for
   * admin writes and run in this JVM, so that the heap and file-descriptor columns are the service's) for
   * {@code minutes}; returns the number of failed requests. The caller starts and stops the service.
   */
  public long drive(String base, int minutes) throws IOException, InterruptedException {
    SoakWrites writes = new SoakWrites(base, ADMIN_TOKEN, POOL);
    seed(writes);
    KindTally search = new KindTally("search");
    KindTally export = new KindTally("export");
    KindTally admin = new KindTally("admin");
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < 4; i++) clients.add(client(stop, search, i, r -> searchRequest(base, r)));
    clients.add(client(stop, export, 9, r -> get(base + "/api/export?format=jsonl&q=" + q(r))));
    AtomicLong written = new AtomicLong();
    clients.add(client(stop, admin, 7, r -> writes.write(written.getAndIncrement())));
    out.println(Minute.HEADER);
    long start = System.nanoTime();
    clients.forEach(Thread::start);
    List<Minute> rows = new ArrayList<>();
    long errors = 0;
    long cpu = processCpuNanos();
    for (int m = 1; m <= minutes; m++) {
      long wait = start + m * 60_000_000_000L - System.nanoTime();
      if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      Minute row = new Minute(m, search.drain(), export.drain(), admin.drain(), heapAfterGc() >> 20, openFds(),
          gauge.read(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          (processCpuNanos() - cpu) / 1e9);
      cpu = processCpuNanos();
      errors += row.search().errors() + row.export().errors() + row.admin().errors();
      rows.add(row);
      out.println(row.row());
    }
    stop.set(true);
    for (Thread t : clients) t.join(60_000);
    report(rows, errors);
    return errors;
  }

  /** Posts the pool; a failed seed request ends the soak before it starts (nothing would be steady). */
  private void seed(SoakWrites writes) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    try (HttpClient http = HttpClient.newHttpClient()) {
      for (HttpRequest req : writes.seed()) {
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() >= 300) throw new IOException("seeding the soak pool failed: " + resp.statusCode()
            + " " + resp.body());
      }
    }
    out.printf(Locale.ROOT, "seeded %d soak articles in %.1f s; then each admin write adds one and the next deletes"
        + " the oldest%n%n", writes.size(), (System.nanoTime() - t0) / 1e9);
  }

  /** The trend of each series and the plain verdict. */
  private void report(List<Minute> rows, long errors) {
    out.println();
    out.printf(Locale.ROOT, "errors: %d%n", errors);
    List<SoakTrend> trends = new ArrayList<>();
    add(trends, "search p99 ms", rows, m -> m.search().p99());
    add(trends, "search p50 ms", rows, m -> m.search().p50());
    add(trends, "export p99 ms", rows, m -> m.export().p99());
    add(trends, "admin p99 ms", rows, m -> m.admin().p99());
    add(trends, "CPU ms per request", rows, Minute::cpuPerRequest);
    add(trends, "heap after GC MB", rows, m -> m.heapMb());
    add(trends, "open fds", rows, m -> m.fds());
    // a merge policy keeps a few segments more or fewer from minute to minute; a trend is a rise of 5 or more
    SoakTrend segments = SoakTrend.of("segments", rows.stream().mapToDouble(m -> m.index().segments()).toArray(), 5);
    if (segments != null) trends.add(segments);
    if (trends.isEmpty()) {
      out.println("trend: too short to tell (needs at least 4 minutes)");
      return;
    }
    trends.forEach(t -> out.println(t.describe()));
    List<String> rising = new ArrayList<>(trends.stream().filter(SoakTrend::upward).map(SoakTrend::series).toList());
    String deleted = SoakTrend.reclaimed(rows.stream().mapToDouble(m -> m.index().deleted()).toArray());
    if (deleted != null) {
      out.println(deleted);
      if (deleted.endsWith("UPWARD TREND")) rising.add("deleted records");
    }
    out.println(rising.isEmpty() ? "verdict: no upward trend in any series"
        : "verdict: UPWARD TREND in " + String.join(", ", rising));
  }

  private static void add(List<SoakTrend> trends, String name, List<Minute> rows, ToDoubleFunction<Minute> value) {
    SoakTrend t = SoakTrend.of(name, rows.stream().mapToDouble(value).toArray());
    if (t != null) trends.add(t);
  }

  private interface Call {
    HttpRequest build(Random r);
  }

  private static Thread client(AtomicBoolean stop, KindTally tally, int seed, Call call) {
    Thread t = new Thread(() -> {
      Random r = new Random(seed);
      try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
        while (!stop.get()) {
          HttpRequest req = call.build(r);
          long t0 = System.nanoTime();
          boolean failed;
          try {
            failed = http.send(req, HttpResponse.BodyHandlers.ofByteArray()).statusCode() >= 400;
          } catch (IOException e) {
            failed = true;
          } catch (InterruptedException e) {
            return;
          }
          tally.add((System.nanoTime() - t0) / 1e6, failed);
        }
      }
    }, "soak-" + tally.name() + "-" + seed);
    t.setDaemon(true);
    return t;
  }

  private static String q(Random r) {
    return URLEncoder.encode(QUERIES[r.nextInt(QUERIES.length)], StandardCharsets.UTF_8);
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
  }

  private static HttpRequest searchRequest(String base, Random r) {
    String path = r.nextInt(4) == 0 ? "/api/articles" : "/api/quotes";
    return get(base + path + "?q=" + q(r) + "&size=" + (1 + r.nextInt(20)) + (r.nextBoolean() ? "&sort=date" : ""));
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long openFds() {
    String[] fds = Path.of("/proc/self/fd").toFile().list();
    if (fds != null) return fds.length;
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean u
        ? u.getOpenFileDescriptorCount() : -1;
  }
}
