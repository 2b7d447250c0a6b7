package verbatim.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import verbatim.fuzz.Invariants;
import verbatim.text.LanguageDetector;

/**
 * Coverage-guided fuzzing of the three corpus readers ({@code mvn test} replays the seeds in
 * {@code src/test/resources/verbatim/ingest/IngestFuzzTestInputs/}; see docs/RELIABILITY.md to fuzz). Documented
 * outcomes only: an {@link IngestException} for undecodable bytes, a reported failed or skipped line; anything
 * else thrown, a reason that names a Java exception (the readers' safety net caught a bug), or an article whose
 * offsets leave its text is a finding.
 */
class IngestFuzzTest {
  private static final LanguageDetector DETECTOR = new LanguageDetector();
  private static final PlainTextParser PLAIN = new PlainTextParser(DETECTOR);
  private static final HtmlParser HTML = new HtmlParser(DETECTOR);
  private static final JsonLinesReader JSON_LINES = new JsonLinesReader(DETECTOR);

  @FuzzTest(maxDuration = "2m")
  void plainText(byte[] bytes) throws Exception {
    Invariants.within(() -> plainTextOnce(bytes));
  }

  private static void plainTextOnce(byte[] bytes) {
    String text = decoded(bytes);
    if (text == null || text.isBlank()) return; // CorpusReader skips these before parsing
    Invariants.article(PLAIN.parse("fuzz", "fuzz.txt", text));
  }

  @FuzzTest(maxDuration = "2m")
  void html(byte[] bytes) throws Exception {
    Invariants.within(() -> htmlOnce(bytes));
  }

  private static void htmlOnce(byte[] bytes) {
    String text = decoded(bytes);
    if (text == null || text.isBlank()) return;
    Invariants.article(HTML.parse(text, "fuzz.html"));
  }

  @FuzzTest(maxDuration = "2m")
  void jsonLines(byte[] bytes) throws Exception {
    Invariants.within(() -> jsonLinesOnce(bytes));
  }

  private static void jsonLinesOnce(byte[] bytes) throws IOException {
    List<String> reasons = new ArrayList<>();
    JSON_LINES.read(new ByteArrayInputStream(bytes), "fuzz.jsonl", new CorpusReader.Sink() {
      @Override
      public void article(Article article) {
        Invariants.article(article);
      }

      @Override
      public void failed(String source, String reason) {
        reasons.add(reason);
      }

      @Override
      public void skipped(String source, String reason) {
        reasons.add(reason);
      }
    });
    for (String r : reasons) {
      if (r == null || r.isBlank() || r.startsWith("cannot parse: "))
        throw new AssertionError("a reason that is no explanation: " + r);
    }
  }

  /** The text a corpus file of these bytes would be parsed from, or null when the reader refuses it. */
  private static String decoded(byte[] bytes) {
    try {
      return TextDecoder.decode(bytes);
    } catch (IngestException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("a refusal without a reason");
      return null;
    }
  }
}
