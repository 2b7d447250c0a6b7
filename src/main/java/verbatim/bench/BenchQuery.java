package verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One query of the peer kit's query set ({@code queries_1000.jsonl}).
 *
 * @param qid   "q0001"…
 * @param lang  "en" or "fr"
 * @param type  "single", "and" (every term required) or "phrase"
 * @param terms the words
 * @param query the query in the kit's syntax: {@code term}, {@code t1 t2} (AND), {@code "w1 w2"} (phrase)
 */
public record BenchQuery(String qid, String lang, String type, List<String> terms, String query) {

  public BenchQuery {
    if (qid == null || qid.isBlank()) throw new IllegalArgumentException("query without qid");
    if (!List.of("single", "and", "phrase").contains(type))
      throw new IllegalArgumentException(qid + ": unknown query type '" + type + "'");
    terms = List.copyOf(terms);
    if (terms.isEmpty()) throw new IllegalArgumentException(qid + ": no terms");
    if (query == null || query.isBlank())
      query = type.equals("phrase") ? "\"" + String.join(" ", terms) + "\"" : String.join(" ", terms);
  }

  /**
   * The same query in Verbatim's simple syntax, with the kit's meaning: plain words there are optional (ranked
   * by how many match), so the two terms of an AND query are marked required ({@code +t1 +t2}); a single term or
   * a single phrase is required by itself.
   */
  public String verbatimQuery() {
    return switch (type) {
      case "and" -> String.join(" ", terms.stream().map(t -> "+" + t).toList());
      case "phrase" -> "\"" + String.join(" ", terms) + "\"";
      default -> String.join(" ", terms);
    };
  }

  /** "en-single", "fr-phrase"…: the kit's grouping key. */
  public String group() {
    return lang + "-" + type;
  }

  /** Reads a query set; a malformed line is an error naming the file and line (the set must be complete). */
  public static List<BenchQuery> load(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<BenchQuery> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank()) continue;
        try {
          JsonNode n = json.readTree(line);
          List<String> terms = new ArrayList<>();
          n.path("terms").forEach(t -> terms.add(t.asText()));
          out.add(new BenchQuery(n.path("qid").asText(null), n.path("lang").asText(null), n.path("type").asText(null),
              terms, n.path("query").asText(null)));
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException(jsonl + "#" + no + ": bad query line: " + e.getMessage(), e);
        }
      }
    }
    if (out.isEmpty()) throw new IOException(jsonl + ": no queries");
    return out;
  }
}
