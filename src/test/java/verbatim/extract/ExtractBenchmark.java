package verbatim.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): quote extraction rate on one thread over a JSON Lines corpus, by default
 * ../shared/corpora/reuters21578/reuters21578.jsonl. Texts are loaded first; three warm-up passes, then five
 * measured passes; prints articles per CPU second and per wall second of the best pass.
 * Usage: ExtractBenchmark [FILE.jsonl]
 */
public final class ExtractBenchmark {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpora/reuters21578/reuters21578.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    List<String> langs = new ArrayList<>();
    long chars = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode d = json.readTree(line);
        String title = d.path("title").asText("");
        String text = (title.isEmpty() ? "" : title + "\n\n") + d.path("text").asText("");
        texts.add(text);
        langs.add("fr".equals(d.path("language").asText("en")) ? "fr" : "en");
        chars += text.length();
      }
    }
    run(texts, langs, chars, new QuoteFinder(), "quotes in marks + reported speech");
    run(texts, langs, chars, new QuoteFinder(false), "quotes in marks only");
  }

  private static void run(List<String> texts, List<String> langs, long chars, QuoteFinder finder, String what) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long quotes = 0;
    double bestCpu = Double.MAX_VALUE, bestWall = Double.MAX_VALUE;
    for (int pass = 0; pass < 8; pass++) {
      long cpu0 = mx.getCurrentThreadCpuTime(), wall0 = System.nanoTime();
      long n = 0;
      for (int i = 0; i < texts.size(); i++) n += finder.find(texts.get(i), langs.get(i)).size();
      double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9, wall = (System.nanoTime() - wall0) / 1e9;
      if (pass >= 3) {
        bestCpu = Math.min(bestCpu, cpu);
        bestWall = Math.min(bestWall, wall);
      }
      quotes = n;
    }
    System.out.printf(Locale.ROOT, "%s: %d articles, %.1f MB of text, %d quotes per pass%n", what, texts.size(),
        chars / 1e6, quotes);
    System.out.printf(Locale.ROOT, "best pass: %.0f articles/s per CPU second (%.2f s CPU), %.0f articles/s wall (%.2f s)%n",
        texts.size() / bestCpu, bestCpu, texts.size() / bestWall, bestWall);
  }
}
