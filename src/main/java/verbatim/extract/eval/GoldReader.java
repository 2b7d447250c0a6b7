package verbatim.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads gold JSON Lines files (one annotated article per line). */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {}

  /** @throws IOException when the file cannot be read or a line is not a valid gold article (line number given) */
  public static List<GoldArticle> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new IOException("gold file not found: " + file);
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        try {
          out.add(parse(JSON.readTree(line)));
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException(file + ":" + n + ": not a gold article: " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  static GoldArticle parse(JsonNode d) {
    String id = text(d, "id");
    String text = text(d, "text");
    if (text == null) throw new IllegalArgumentException("no \"text\"");
    int length = text.codePointCount(0, text.length());
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : d.path("quotes")) {
      if (!q.path("start").isIntegralNumber() || !q.path("end").isIntegralNumber()) {
        throw new IllegalArgumentException("quote without integer start/end in " + id);
      }
      int s = q.get("start").asInt(), e = q.get("end").asInt();
      if (s < 0 || e < s || e > length) {
        throw new IllegalArgumentException("quote span [" + s + ", " + e + ") outside the text of " + id);
      }
      List<String> aliases = new ArrayList<>();
      for (JsonNode a : q.path("aliases")) if (a.isTextual()) aliases.add(a.asText());
      JsonNode opt = q.path("optional");
      boolean optional = opt.isBoolean() ? opt.asBoolean() : (!opt.isMissingNode() && !opt.isNull() && opt.asBoolean(true));
      quotes.add(new GoldQuote(s, e, text(q, "text"), text(q, "kind"), text(q, "speaker"), aliases, optional));
    }
    return new GoldArticle(id, text, text(d, "language") == null ? "en" : text(d, "language"), quotes);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
