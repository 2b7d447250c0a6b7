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

/**
 * {@code ./verbatim bench --soak MINUTES}: serves a fresh index of the corpus on loopback in this JVM and drives it
 * with mixed traffic (searchers, an exporter, an admin writer adding and deleting articles) for the given minutes,
 * printing each minute the requests and errors of each kind, their p99 latency, the heap after a full GC and the
 * open file descriptors: a leak shows as a trend in the last three columns.
 */
public final class Soak {
  /** The admin token the driven service must accept. */
  public static final String ADMIN_TOKEN = "soak-admin-token";
  private static final String[] QUERIES = {"ministre", "government", "\"a déclaré\"", "budget", "Caire", "sécurité",
      "said", "école", "data OR données", "Québec"};

  /** One kind of request's latencies (ms) and errors over the current minute. */
  private static final class Tally {
    final String name;
    final List<Double> ms = new ArrayList<>();
    final AtomicLong errors = new AtomicLong();

    Tally(String name) {
      this.name = name;
    }

    synchronized void add(double millis) {
      ms.add(millis);
    }

    synchronized String drain() {
      double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      ms.clear();
      double p99 = v.length == 0 ? 0 : v[Math.min(v.length - 1, (int) Math.ceil(v.length * 0.99) - 1)];
      return String.format(Locale.ROOT, "%s %d req %d err p99 %.1f ms", name, v.length, errors.getAndSet(0), p99);
    }
  }

  private final PrintStream out;

  public Soak(PrintStream out) {
    this.out = out;
  }

  /**
   * Drives the service at {@code base} (loopback; it must accept {@link #ADMIN_TOKEN} for admin writes and run in
   * this JVM, so that the heap and file-descriptor columns are the service's) for {@code minutes}; returns the total
   * number of errors. The caller starts and stops the service.
   */
  public long drive(String base, int minutes) throws InterruptedException {
    Tally search = new Tally("search");
    Tally export = new Tally("export");
    Tally admin = new Tally("admin");
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < 4; i++) clients.add(client(stop, search, i, r -> searchRequest(base, r)));
    clients.add(client(stop, export, 9, r -> get(base + "/api/export?format=jsonl&q=" + q(r))));
    AtomicLong written = new AtomicLong();
    clients.add(client(stop, admin, 7, r -> adminRequest(base, written.getAndIncrement())));
    clients.forEach(Thread::start);
    long errors = 0;
    out.println("minute | search | export | admin | heap after GC | open fds");
    for (int m = 1; m <= minutes; m++) {
      Thread.sleep(60_000);
      long e = search.errors.get() + export.errors.get() + admin.errors.get();
      errors += e;
      String line = String.format(Locale.ROOT, "%d | %s | %s | %s | %d MB | %d", m, search.drain(), export.drain(),
          admin.drain(), heapAfterGc() >> 20, openFds());
      out.println(line);
    }
    stop.set(true);
    for (Thread t : clients) t.join(30_000);
    return errors;
  }

  private interface Call {
    HttpRequest build(Random r);
  }

  private static Thread client(AtomicBoolean stop, Tally tally, int seed, Call call) {
    Thread t = new Thread(() -> {
      Random r = new Random(seed);
      try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
        while (!stop.get()) {
          HttpRequest req = call.build(r);
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() >= 400) tally.errors.incrementAndGet();
          } catch (IOException e) {
            tally.errors.incrementAndGet();
          } catch (InterruptedException e) {
            return;
          }
          tally.add((System.nanoTime() - t0) / 1e6);
        }
      }
    }, "soak-" + tally.name + "-" + seed);
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

  /** Adds soak-N; every third request deletes the article added two requests before. */
  private static HttpRequest adminRequest(String base, long n) {
    if (n % 3 == 2) {
      return HttpRequest.newBuilder(URI.create(base + "/api/articles/soak-" + (n - 2))).timeout(Duration.ofSeconds(30))
          .header("Authorization", "Bearer " + ADMIN_TOKEN).DELETE().build();
    }
    String body = "{\"id\":\"soak-" + n + "\",\"language\":\"en\",\"text\":\"The council met for session " + n
        + ". “We will publish the budget next week,” said Mayor Dana Wu.\"}";
    return HttpRequest.newBuilder(URI.create(base + "/api/articles")).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
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
