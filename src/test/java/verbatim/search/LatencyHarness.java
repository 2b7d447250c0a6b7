package verbatim.search;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import verbatim.bench.BenchQuery;

/**
 * Manual measurement (not a test): opens an existing index and runs the peer kit's queries exactly as the
 * benchmark does (article search top-10 + exact count; quote search with facets and highlights), a warm-up
 * pass then measured passes, one client thread. Prints wall and thread-CPU mean/p50/p95 per query, so runs on
 * a busy machine can still be compared. With a fourth argument it writes each query's total and top ids to
 * that file, to diff the answers of two versions.
 * Args: indexDir queries.jsonl [passes] [answers.txt].
 */
public final class LatencyHarness {
  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    List<BenchQuery> queries = BenchQuery.load(Path.of(args[1]));
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Path answers = args.length > 3 ? Path.of(args[3]) : null;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String only = System.getProperty("only", "");
    try (Searcher s = Searcher.open(index)) {
      List<String> lines = new ArrayList<>();
      for (String kind : List.of("articles", "quotes")) {
        if (!only.isEmpty() && !only.equals(kind)) continue;
        List<SearchRequest> requests = new ArrayList<>();
        for (BenchQuery q : queries) requests.add(kind.equals("articles") ? article(q.verbatimQuery())
            : SearchRequest.quotes(q.verbatimQuery()));
        for (SearchRequest r : requests) s.search(r); // warm-up
        for (int pass = 0; pass < passes; pass++) {
          long[] wall = new long[requests.size()];
          long[] cpu = new long[requests.size()];
          long hits = 0;
          long proc0 = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
          for (int i = 0; i < requests.size(); i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SearchResponse resp = s.search(requests.get(i));
            wall[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            hits += resp.total();
            if (pass == 0 && answers != null) {
              StringBuilder b = new StringBuilder(kind + " " + queries.get(i).qid() + " " + resp.total() + " "
                  + resp.totalExact());
              for (SearchResponse.Hit h : resp.hits()) b.append(' ').append(h.id());
              if (kind.equals("quotes")) {
                b.append(" facets=").append(resp.facets().get("speaker"));
                if (Boolean.getBoolean("allFacets")) b.append(" all=").append(resp.facets());
              }
              lines.add(b.toString());
            }
          }
          long proc = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() - proc0;
          System.out.printf(Locale.ROOT, "%-8s pass %d: wall %s | cpu %s | process cpu %.3f ms/query | hits %d%n", kind,
              pass, stats(wall), stats(cpu), proc / 1e6 / requests.size(), hits);
          if (pass == passes - 1 && Boolean.getBoolean("groups")) {
            java.util.Map<String, List<Integer>> byGroup = new java.util.TreeMap<>();
            for (int i = 0; i < cpu.length; i++)
              byGroup.computeIfAbsent(queries.get(i).group(), k -> new ArrayList<>()).add(i);
            byGroup.forEach((g, l) -> System.out.printf(Locale.ROOT, "  %-10s cpu %s | wall %s%n", g,
                stats(l.stream().mapToLong(i -> cpu[i]).toArray()), stats(l.stream().mapToLong(i -> wall[i]).toArray())));
          }
          if (pass == passes - 1 && Integer.getInteger("slowest", 0) > 0) {
            Integer[] order = new Integer[cpu.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Long.compare(cpu[b], cpu[a]));
            for (int k = 0; k < Integer.getInteger("slowest"); k++) {
              System.out.printf(Locale.ROOT, "  %.3f ms cpu  %s%n", cpu[order[k]] / 1e6, requests.get(order[k]).query());
            }
          }
        }
      }
      if (answers != null) Files.write(answers, lines, StandardCharsets.UTF_8);
    }
  }

  private static SearchRequest article(String query) {
    // as the benchmark asks (Benchmark.articleRequest): no highlighting unless -Dhighlight=true
    return new SearchRequest(query, SearchRequest.Mode.SIMPLE, SearchRequest.DocType.ARTICLE, null, null, null, null,
        null, null, 10, null, SearchRequest.Sort.RELEVANCE, true).withHighlight(Boolean.getBoolean("highlight"));
  }

  private static String stats(long[] ns) {
    long[] t = ns.clone();
    Arrays.sort(t);
    double mean = Arrays.stream(t).average().orElse(0) / 1e6;
    return String.format(Locale.ROOT, "mean %.3f p50 %.3f p95 %.3f p99 %.3f ms", mean, t[t.length / 2] / 1e6,
        t[(int) (t.length * 0.95)] / 1e6, t[(int) (t.length * 0.99)] / 1e6);
  }
}
