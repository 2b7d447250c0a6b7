package verbatim.extract.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import verbatim.extract.QuoteFinder;

/**
 * Guards the extraction quality: runs {@code ./verbatim eval} on the four dev gold files of ../shared and fails
 * when a headline figure (F1 or attributed F1 at the 30% rule, all kinds and direct+partial) drops more than
 * {@value #TOLERANCE} below the last recorded value in {@code src/test/resources/extract/eval/baseline.json}.
 * After a real improvement, record the new figures with
 * {@code mvn -o -q test -Dtest=EvalRegressionTest -Dverbatim.updateBaseline=true}.
 */
class EvalRegressionTest {
  static final double TOLERANCE = 0.02;
  static final List<String> FILES = List.of("seed-en", "ggt-en-dev", "fr-qc-dev", "fr-qc-dev2");
  static final Map<String, Set<String>> SCOPES = new LinkedHashMap<>();

  static {
    SCOPES.put("all", Set.of());
    SCOPES.put("direct,partial", Set.of("direct", "partial"));
  }

  @Test
  void headlineFiguresDoNotDrop() throws Exception {
    Path dir = Path.of(System.getProperty("verbatim.shared", "../shared"), "eval", "quotes");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " absent (../shared): skipping the extraction regression test");
    Path baselineFile = Path.of(System.getProperty("verbatim.basedir", "."),
        "src", "test", "resources", "extract", "eval", "baseline.json");
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    QuoteFinder finder = new QuoteFinder();
    ObjectNode current = json.createObjectNode();
    StringBuilder table = new StringBuilder("Extraction figures at the 30% rule (F1 / attributed F1):\n");
    for (String name : FILES) {
      Path gold = dir.resolve(name + ".jsonl");
      Assumptions.assumeTrue(Files.isRegularFile(gold), gold + " absent: skipping");
      List<GoldArticle> articles = GoldReader.read(gold);
      Map<String, List<PredictedQuote>> preds = Evaluator.predict(articles, finder);
      ObjectNode file = current.putObject(name);
      for (Map.Entry<String, Set<String>> scope : SCOPES.entrySet()) {
        Score s = Evaluator.evaluate(name, articles, preds, scope.getValue()).lenient().score();
        ObjectNode o = file.putObject(scope.getKey());
        o.put("F1", Score.round4(s.f1()));
        o.put("attributed_F1", Score.round4(s.attributedF1()));
        table.append(String.format(Locale.ROOT, "  %-11s %-15s F1 %.4f  attributed F1 %.4f  (tp %d, fp %d, fn %d)%n",
            name, scope.getKey(), s.f1(), s.attributedF1(), s.tp(), s.fp(), s.fn()));
      }
    }
    System.out.print(table);

    if (Boolean.getBoolean("verbatim.updateBaseline")) {
      ObjectNode doc = json.createObjectNode();
      doc.put("about", "Last recorded extraction figures (30% rule), measured by EvalRegressionTest on ../shared/eval/quotes;"
          + " rewrite with: mvn -o -q test -Dtest=EvalRegressionTest -Dverbatim.updateBaseline=true");
      doc.set("figures", current);
      Files.createDirectories(baselineFile.getParent());
      Files.writeString(baselineFile, json.writeValueAsString(doc) + "\n");
      System.out.println("baseline rewritten: " + baselineFile);
      return;
    }
    if (!Files.isRegularFile(baselineFile)) {
      fail("no baseline at " + baselineFile + "; record one with -Dverbatim.updateBaseline=true");
    }
    JsonNode recorded = json.readTree(baselineFile.toFile()).path("figures");
    List<String> drops = new ArrayList<>();
    int compared = 0;
    for (String name : FILES) {
      for (String scope : SCOPES.keySet()) {
        for (String metric : List.of("F1", "attributed_F1")) {
          JsonNode was = recorded.path(name).path(scope).path(metric);
          if (!was.isNumber()) {
            drops.add(name + " " + scope + " " + metric + ": missing from the baseline");
            continue;
          }
          double now = current.path(name).path(scope).path(metric).asDouble();
          compared++;
          if (now < was.asDouble() - TOLERANCE) {
            drops.add(String.format(Locale.ROOT, "%s %s %s: %.4f, recorded %.4f", name, scope, metric, now,
                was.asDouble()));
          }
        }
      }
    }
    assertTrue(drops.isEmpty(), "extraction figures dropped more than " + TOLERANCE + " below the baseline:\n  "
        + String.join("\n  ", drops) + "\n(if intended, update with -Dverbatim.updateBaseline=true)");
    assertTrue(compared == FILES.size() * SCOPES.size() * 2, "every headline figure compared");
    System.out.println("within " + TOLERANCE + " of the baseline; after an improvement record it with "
        + "mvn -o -q test -Dtest=EvalRegressionTest -Dverbatim.updateBaseline=true");
  }
}
