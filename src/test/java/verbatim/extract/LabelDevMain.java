package verbatim.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development tool: label precision and recall against the {@code not_quotes} spans of the French dev files (the
 * quote-marked names, titles and scare quotes the annotators kept apart from quotations). A predicted LABEL matches a
 * not-quote when they overlap by at least 30% of the longer span, as quotes are matched. Also counts not-quotes that
 * the finder still reports as a quotation ("leaked"). Usage: LabelDevMain DIR [show]
 */
public final class LabelDevMain {
  private static final String[] FILES = {"fr-qc-dev", "fr-qc-dev2"};

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    boolean show = args.length > 1;
    QuoteFinder finder = new QuoteFinder();
    ObjectMapper json = new ObjectMapper();
    System.out.printf(Locale.ROOT, "%-12s %6s %6s %6s %6s %6s %6s %6s%n", "set", "gold", "pred", "tp", "P", "R", "F1",
        "leaked");
    for (String f : FILES) {
      int gold = 0, pred = 0, tpPred = 0, tpGold = 0, leaked = 0;
      try (BufferedReader in = Files.newBufferedReader(dir.resolve(f + ".jsonl"))) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.isBlank()) continue;
          JsonNode a = json.readTree(line);
          String text = a.get("text").asText();
          List<int[]> not = new ArrayList<>();
          for (JsonNode n : a.path("not_quotes")) not.add(new int[] {n.get("start").asInt(), n.get("end").asInt()});
          List<Quote> quotes = finder.find(text, a.get("language").asText());
          gold += not.size();
          for (Quote q : quotes) {
            boolean hit = not.stream().anyMatch(g -> matches(g, q));
            if (q.kind() == Quote.Kind.LABEL) {
              pred++;
              if (hit) tpPred++;
              else if (show) System.out.println("  FP  " + f + " «" + q.text() + "»");
            }
          }
          for (int[] g : not) {
            Quote m = quotes.stream().filter(q -> matches(g, q)).findFirst().orElse(null);
            if (m != null && m.kind() == Quote.Kind.LABEL) tpGold++;
            else if (m != null) leaked++;
            if ((m == null || m.kind() != Quote.Kind.LABEL) && show) {
              System.out.println("  FN  " + f + " «" + text.substring(g[0], g[1]) + "» " + (m == null ? "-" : m.kind()));
            }
          }
        }
      }
      double p = pred == 0 ? 0 : (double) tpPred / pred, r = gold == 0 ? 0 : (double) tpGold / gold;
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      System.out.printf(Locale.ROOT, "%-12s %6d %6d %6d %6.3f %6.3f %6.3f %6d%n", f, gold, pred, tpPred, p, r, f1, leaked);
    }
  }

  private static boolean matches(int[] g, Quote q) {
    int overlap = Math.min(g[1], q.end()) - Math.max(g[0], q.start());
    return overlap > 0 && overlap * 10 >= 3 * Math.max(g[1] - g[0], q.end() - q.start());
  }
}
