package verbatim.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;

/**
 * Manual benchmark (not a test): indexes a corpus directory through {@link CorpusIndexer} with the real quote
 * extractor, then times the query file as article searches (top-10, exact count) and quote searches (facets,
 * highlights) after a warm-up pass. Args: corpusDir indexDir queries.jsonl [threads] [repeat].
 */
public final class SearchBenchMain {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path index = Path.of(args[1]);
    Path queries = Path.of(args[2]);
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
    boolean build = !Files.exists(index) || Boolean.getBoolean("rebuild");
    if (build && Boolean.getBoolean("warmIndex")) {
      // one throw-away build first, so the measured one runs JIT-compiled code (compiler threads burn CPU too)
      Path warm = Path.of(index + ".warm");
      deleteTree(warm);
      long cpu0 = cpu();
      try (Indexer indexer = Indexer.open(warm)) {
        CorpusIndexer.Report r = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), threads).run(corpus, null);
        System.out.printf("warm-up index: %.1f s wall, %.1f CPU s%n", r.seconds(), (cpu() - cpu0) / 1e9);
      }
      deleteTree(warm);
    }
    if (build) {
      deleteTree(index);
      long cpu0 = cpu();
      CorpusIndexer.Report r;
      try (Indexer indexer = Indexer.open(index)) {
        r = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), threads).run(corpus, null);
      }
      double cpuS = (cpu() - cpu0) / 1e9;
      System.out.printf("index: %d articles in %.1f s wall, %.1f CPU s -> %.0f art/s wall, %.0f art/CPU-s; size %.1f MB; failures %d%n",
          r.indexed(), r.seconds(), cpuS, r.articlesPerSecond(), r.indexed() / cpuS, size(index) / 1e6, r.failed());
    }
    List<String> qs = new ArrayList<>();
    Pattern p = Pattern.compile("\"query\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    for (String line : Files.readAllLines(queries)) {
      Matcher m = p.matcher(line);
      if (m.find()) qs.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    try (Searcher s = Searcher.open(index)) {
      for (SearchRequest.DocType type : new SearchRequest.DocType[] {SearchRequest.DocType.ARTICLE, SearchRequest.DocType.QUOTE}) {
        for (int pass = 0; pass < 3; pass++) {
          long[] t = new long[qs.size()];
          long cpu0 = cpu();
          long hits = 0;
          for (int i = 0; i < qs.size(); i++) {
            SearchRequest req = new SearchRequest(qs.get(i), null, type, null, null, null, null, null, null, 10, null,
                null, type == SearchRequest.DocType.ARTICLE);
            long t0 = System.nanoTime();
            SearchResponse resp = s.search(req);
            t[i] = System.nanoTime() - t0;
            hits += resp.total();
          }
          double cpuS = (cpu() - cpu0) / 1e9;
          Arrays.sort(t);
          double mean = Arrays.stream(t).average().orElse(0) / 1e6;
          System.out.printf("%s pass %d: mean %.3f ms p50 %.3f p95 %.3f p99 %.3f max %.1f ms; CPU %.2f s; hits %d%n", type,
              pass, mean, t[t.length / 2] / 1e6, t[(int) (t.length * 0.95)] / 1e6, t[(int) (t.length * 0.99)] / 1e6,
              t[t.length - 1] / 1e6, cpuS, hits);
        }
      }
    }
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long size(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (var s = Files.walk(dir)) {
      s.sorted((a, b) -> b.compareTo(a)).forEach(f -> f.toFile().delete());
    }
  }
}
