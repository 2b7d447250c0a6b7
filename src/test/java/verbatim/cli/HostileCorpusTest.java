package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./verbatim index` over a corpus an outside probe made hostile (issue 19): bad lines are reported, the run goes on. */
class HostileCorpusTest {

  @Test
  void aDeeplyNestedLineAndAnEmptyFileAreReportedAndTheRestIsIndexed(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("deep"));
    String nested = "{\"a\":".repeat(1001) + "1" + "}".repeat(1001);
    Files.writeString(corpus.resolve("d.jsonl"), "{\"id\":\"ok\",\"text\":\"ok\"}\n{\"id\":\"d\",\"text\":\"x\",\"x\":" + nested + "}\n");
    Files.write(corpus.resolve("zero.txt"), new byte[0]);
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    try {
      PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
      System.setOut(both);
      System.setErr(both);
      code = Main.run(List.of("index", "--corpus", corpus.toString(), "--index", dir.resolve("idx").toString(), "--threads", "1"));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, printed);
    assertTrue(printed.contains("1 article indexed"), printed);
    assertTrue(printed.contains("d.jsonl#2: invalid JSON: nested deeper than 1000 levels"), printed);
    assertTrue(printed.contains("zero.txt: empty file (0 bytes): nothing to index"), printed);
    assertFalse(printed.contains("Exception") || printed.contains("Cannot invoke"), printed);
  }

  @Test
  void anUnexpectedFailureIsNamedWithoutItsRawMessage() {
    String said = Main.describe(new NullPointerException(
        "Cannot invoke \"com.fasterxml.jackson.core.JsonLocation.getColumnNr()\" because the return value is null"));
    assertFalse(said.contains("Cannot invoke") || said.contains("jackson"), said);
    assertTrue(said.contains("internal error") && said.contains("VERBATIM_DEBUG=1"), said);
    assertEquals("no corpus directory at x", Main.describe(new java.io.IOException("no corpus directory at x")));
  }
}
