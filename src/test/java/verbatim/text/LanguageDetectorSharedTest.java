package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The detector on the shared gold sets, read in place: articles, and quotes whose language is known. */
class LanguageDetectorSharedTest {
  private static final Path SHARED = Path.of(System.getProperty("verbatim.shared", "../shared"));
  private final LanguageDetector detector = new LanguageDetector();

  private record Score(int articles, int articlesRight, int quotes, int clearRight, List<String> clearWrong) {}

  private Score score(String file, String language) throws Exception {
    Path p = SHARED.resolve(file);
    Assumptions.assumeTrue(Files.isRegularFile(p), "../shared absent: skipping the detector check on " + file);
    ObjectMapper mapper = new ObjectMapper();
    int articles = 0;
    int articlesRight = 0;
    int quotes = 0;
    int clearRight = 0;
    List<String> wrong = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(p)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode a = mapper.readTree(line);
        articles++;
        if (detector.detect(a.get("text").asText()).equals(language)) articlesRight++;
        for (JsonNode q : a.path("quotes")) {
          quotes++;
          Optional<String> d = detector.detectClearly(q.get("text").asText());
          if (d.isEmpty()) continue;
          if (d.get().equals(language)) clearRight++;
          else wrong.add(q.get("text").asText());
        }
      }
    }
    return new Score(articles, articlesRight, quotes, clearRight, wrong);
  }

  @Test
  void englishGoldQuotes() throws Exception {
    Score s = score("eval/quotes/ggt-en-dev.jsonl", "en");
    assertEquals(s.articles(), s.articlesRight());
    assertEquals(List.of(), s.clearWrong(), "a clear answer is never wrong");
    assertTrue(s.clearRight() >= s.quotes() * 0.95, s.toString());
  }

  @Test
  void frenchGoldQuotes() throws Exception {
    Score s = score("eval/quotes/fr-qc-dev.jsonl", "fr");
    assertEquals(s.articles(), s.articlesRight());
    assertEquals(List.of(), s.clearWrong(), "a clear answer is never wrong");
    // Many French gold quotes are one or two words ("normal", "Greta"): no clear language.
    assertTrue(s.clearRight() >= s.quotes() * 0.70, s.toString());
  }
}
