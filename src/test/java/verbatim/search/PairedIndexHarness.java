package verbatim.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import verbatim.bench.BenchQuery;
import verbatim.bench.Benchmark;

/**
 * Manual measurement (not a test): the benchmark's queries on two indexes of the same records (say one segment
 * against five), pass by pass in one JVM, alternating which goes first, timed by the calling thread's CPU. On a
 * machine whose speed drifts by a third between runs, separate runs could not tell a 20% difference; the pairs
 * put the drift on both sides. Prints each pass's ratio B/A and their median.
 * Args: indexA indexB queries.jsonl passes articles|quotes.
 */
public final class PairedIndexHarness {
  private static final int WARM_UP_PASSES = 6;

  public static void main(String[] args) throws Exception {
    List<BenchQuery> queries = BenchQuery.load(Path.of(args[2]));
    int passes = Integer.parseInt(args[3]);
    boolean articles = args[4].equals("articles");
    List<SearchRequest> requests = new ArrayList<>();
    for (BenchQuery q : queries) {
      // the requests the benchmark makes
      requests.add(articles ? Benchmark.articleRequest(q.verbatimQuery()) : SearchRequest.quotes(q.verbatimQuery()));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] perQuery = new double[2][passes];
    try (Searcher a = Searcher.open(Path.of(args[0])); Searcher b = Searcher.open(Path.of(args[1]))) {
      Searcher[] both = {a, b};
      for (int w = 0; w < WARM_UP_PASSES; w++) for (Searcher s : both) for (SearchRequest r : requests) s.search(r);
      for (int p = 0; p < passes; p++) {
        for (int k = 0; k < 2; k++) {
          int which = p % 2 == 0 ? k : 1 - k;
          long c0 = threads.getCurrentThreadCpuTime();
          for (SearchRequest r : requests) both[which].search(r);
          perQuery[which][p] = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / requests.size();
        }
        System.out.printf(Locale.ROOT, "pass %d: A %.3f  B %.3f ms CPU per query  B/A %.3f%n", p, perQuery[0][p],
            perQuery[1][p], perQuery[1][p] / perQuery[0][p]);
      }
    }
    double[] ratios = new double[passes];
    for (int p = 0; p < passes; p++) ratios[p] = perQuery[1][p] / perQuery[0][p];
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "median B/A %.3f (min %.3f, max %.3f)%n", ratios[passes / 2], ratios[0],
        ratios[passes - 1]);
  }
}
