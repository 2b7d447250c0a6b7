package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLoggerTest {

  @Test
  void oneLinePerRequestWithControlCharactersEscapedAndEverythingWrittenOnClose() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AccessLogger log = new AccessLogger(out);
    log.log("GET", "/api/quotes", 200, 1.26);
    log.log("GET", "/x\ny", 404, 0.04);
    log.close();
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z GET /api/quotes 200 1\\.3ms"), lines.get(0));
    assertTrue(lines.get(1).endsWith(" GET /x%0ay 404 0.0ms"), lines.get(1));
  }

  @Test
  void aBurstLargerThanTheBufferLosesNoLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = 20_000;
    Thread[] threads = new Thread[4];
    try (AccessLogger log = new AccessLogger(out)) {
      for (int t = 0; t < threads.length; t++) {
        int id = t;
        threads[t] = Thread.ofPlatform().start(() -> {
          for (int i = 0; i < n; i++) log.log("GET", "/t" + id + "/" + i, 200, 1);
        });
      }
      for (Thread t : threads) t.join();
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(n * threads.length, lines.size());
    for (int t = 0; t < threads.length; t++) {
      String prefix = " GET /t" + t + "/";
      int expected = 0;
      for (String l : lines) {
        int at = l.indexOf(prefix);
        if (at < 0) continue;
        assertEquals(" GET /t" + t + "/" + expected + " 200 1.0ms", l.substring(at), "each thread's lines stay in order");
        expected++;
      }
      assertEquals(n, expected);
    }
  }
}
