package verbatim.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Runs the widget's JavaScript unit tests (node --test) from the Java build, and holds the size budget. */
class WidgetScriptTest {
  static final Path BASE = Path.of(System.getProperty("verbatim.basedir", "."));
  static final Path WIDGET = BASE.resolve("src/main/resources/public/widget.js");
  static final int BUDGET_BYTES = 15 * 1024;

  @Test
  void nodeUnitTestsPass() throws Exception {
    Path node = nodeBinary();
    if (node == null) System.err.println("!!! JS UNIT TESTS SKIPPED: no `node` on PATH");
    assumeTrue(node != null, "no node executable on PATH: skipping the widget's JavaScript unit tests");
    Process p = new ProcessBuilder(node.toString(), "--test", "src/test/js/")
        .directory(BASE.toFile()).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node --test did not finish");
    String log = new String(out, StandardCharsets.UTF_8);
    Matcher pass = Pattern.compile("(?m)^# pass (\\d+)$").matcher(log);
    Matcher fail = Pattern.compile("(?m)^# fail (\\d+)$").matcher(log);
    assertEquals(0, p.exitValue(), "node --test src/test/js/ failed:\n" + log);
    assertTrue(pass.find() && Integer.parseInt(pass.group(1)) > 0, "no JavaScript test ran:\n" + log);
    assertTrue(fail.find() && fail.group(1).equals("0"), log);
  }

  @Test
  void widgetFitsTheGzippedSizeBudget() throws IOException {
    int size = gzipped(Files.readAllBytes(WIDGET));
    System.out.println("widget.js: " + Files.size(WIDGET) + " bytes, " + size + " bytes gzipped (budget " + BUDGET_BYTES + ")");
    assertTrue(size <= BUDGET_BYTES, "widget.js is " + size + " bytes gzipped, over the " + BUDGET_BYTES + " byte budget");
  }

  @Test
  void widgetNeverParsesDataAsHtml() throws IOException {
    String js = Files.readString(WIDGET);
    for (String sink : new String[] {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"})
      assertFalse(js.contains(sink), "widget.js uses " + sink);
    assertFalse(Files.readString(WIDGET.resolveSibling("article.js")).contains("innerHTML"), "article.js uses innerHTML");
  }

  @Test
  void gzipMeasureIsReal() throws IOException {
    byte[] repetitive = "abc".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
    assertTrue(gzipped(repetitive) < 200, "30 kB of repetition compresses to almost nothing");
    assertTrue(gzipped(new byte[0]) > 0, "gzip has a header");
  }

  /** Size at gzip -9. */
  static int gzipped(byte[] data) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gz.write(data);
    }
    return buf.size();
  }

  private static Path nodeBinary() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "node");
      if (Files.isExecutable(candidate)) return candidate;
    }
    return null;
  }
}
