package verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One peer measurement read back from the kit's {@code results/<engine>_<size>_<run>.json} and its
 * {@code .perquery.jsonl}.
 *
 * @param engine      "fts5" or "pg"
 * @param corpus      "19k" or "400k"
 * @param run         "run1"…
 * @param finishedAt  the kit's timestamp (local time of the machine)
 * @param docs        documents indexed
 * @param buildS      build wall seconds
 * @param docsPerS    build rate
 * @param bytesTotal  on-disk size: FTS5 file after VACUUM / PG table + TOAST + GIN
 * @param bytesIndex  inverted index only: FTS5 data+idx / PG GIN
 * @param query       top-10 + count latency, sequential, after a warm-up pass
 * @param counts      qid → exact match count
 */
public record PeerRun(String engine, String corpus, String run, String finishedAt, long docs, double buildS,
                      double docsPerS, long bytesTotal, long bytesIndex, LatencyStats query, Map<String, Long> counts) {

  public String label() {
    return switch (engine) {
      case "fts5" -> "SQLite FTS5";
      case "pg" -> "PostgreSQL FTS";
      default -> engine;
    };
  }

  /** Reads {@code <dir>/<engine>_<corpus>_<run>.json} (+ perquery), or throws naming what is missing. */
  public static PeerRun read(Path resultsDir, String engine, String corpus, String run) throws IOException {
    String name = engine + "_" + corpus + "_" + run;
    Path summary = resultsDir.resolve(name + ".json");
    Path perQuery = resultsDir.resolve(name + ".perquery.jsonl");
    if (!Files.isRegularFile(summary)) throw new IOException("no peer result " + summary);
    ObjectMapper json = new ObjectMapper();
    JsonNode root = json.readTree(summary.toFile());
    JsonNode b = root.path("build");
    JsonNode q = root.path("query").path("total");
    if (b.isMissingNode() || q.isMissingNode()) throw new IOException(summary + ": no build or query section");
    long total = engine.equals("pg") ? b.path("bytes_total_relation").asLong() : b.path("bytes_final").asLong();
    long index = engine.equals("pg") ? b.path("bytes_gin").asLong() : b.path("bytes_fts_index").asLong();
    LatencyStats stats = new LatencyStats(q.path("n").asInt(), q.path("p50_ms").asDouble(), q.path("p95_ms").asDouble(),
        q.path("p99_ms").asDouble(), q.path("mean_ms").asDouble(), q.path("max_ms").asDouble(),
        q.path("total_s").asDouble(), q.path("qps").asDouble());
    Map<String, Long> counts = new LinkedHashMap<>();
    if (Files.isRegularFile(perQuery)) {
      try (BufferedReader r = Files.newBufferedReader(perQuery, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank()) continue;
          JsonNode n = json.readTree(line);
          counts.put(n.path("qid").asText(), n.path("count").asLong());
        }
      }
    }
    return new PeerRun(engine, corpus, run, root.path("finished_at").asText(""), b.path("docs").asLong(),
        b.path("total_s").asDouble(), b.path("docs_per_s").asDouble(), total, index, stats, Map.copyOf(counts));
  }
}
