package verbatim.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes predictions in the PRED format of {@code score_quotes.py}: JSON Lines
 * {@code {"id" or "file", "quotes": [{"start", "end", "text", "speaker", "kind"}]}}, String indices.
 */
public final class PredictionFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PredictionFile() {}

  /** Article id → predictions; several lines for one id add up, as in the reference scorer. */
  public static Map<String, List<PredictedQuote>> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new IOException("prediction file not found: " + file);
    Map<String, List<PredictedQuote>> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        JsonNode d;
        try {
          d = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
        }
        String key = d.hasNonNull("id") && !d.get("id").asText().isEmpty() ? d.get("id").asText() : idOfFile(d);
        List<PredictedQuote> list = out.computeIfAbsent(key, k -> new ArrayList<>());
        for (JsonNode q : d.path("quotes")) {
          list.add(new PredictedQuote(
              q.path("start").isIntegralNumber() ? q.get("start").asInt() : null,
              q.path("end").isIntegralNumber() ? q.get("end").asInt() : null,
              str(q, "text"), str(q, "speaker"), str(q, "kind"), str(q, "sieve")));
        }
      }
    }
    return out;
  }

  /** Writes one line per article, in the given order. */
  public static void write(Path file, List<GoldArticle> articles, Map<String, List<PredictedQuote>> preds)
      throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (GoldArticle a : articles) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", a.id());
        ArrayNode qs = line.putArray("quotes");
        for (PredictedQuote q : preds.getOrDefault(a.id(), List.of())) {
          ObjectNode o = qs.addObject();
          if (q.start() == null) o.putNull("start"); else o.put("start", q.start());
          if (q.end() == null) o.putNull("end"); else o.put("end", q.end());
          o.put("text", q.text());
          o.put("speaker", q.speaker());
          o.put("kind", q.kind());
          if (q.sieve() != null) o.put("sieve", q.sieve());
        }
        w.write(JSON.writeValueAsString(line));
        w.newLine();
      }
    }
  }

  private static String idOfFile(JsonNode d) {
    String f = d.path("file").asText("");
    String base = f.substring(Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
