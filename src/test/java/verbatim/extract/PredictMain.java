package verbatim.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development tool: writes predictions for a gold JSON Lines file in the scorer's format.
 * Usage: PredictMain GOLD.jsonl OUT.jsonl
 */
public final class PredictMain {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    QuoteFinder finder = new QuoteFinder();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
         PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode d = json.readTree(line);
        String text = d.get("text").asText();
        String lang = d.has("language") ? d.get("language").asText() : "en";
        ObjectNode o = json.createObjectNode();
        o.put("id", d.get("id").asText());
        ArrayNode qs = o.putArray("quotes");
        for (Quote q : finder.find(text, lang)) {
          ObjectNode j = qs.addObject();
          j.put("start", q.start());
          j.put("end", q.end());
          j.put("text", q.text());
          j.put("kind", q.kind().label());
          j.put("speaker", q.speaker() == null ? null : q.speaker().name());
          j.put("cue", q.cue());
        }
        out.println(json.writeValueAsString(o));
      }
    }
  }
}
