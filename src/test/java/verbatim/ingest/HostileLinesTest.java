package verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.text.LanguageDetector;

/** JSON Lines that an outside probe found hostile (issue 19): each is one reported line, never a dead run. */
class HostileLinesTest {
  private static final String GOOD = "{\"id\":\"ok\",\"language\":\"en\",\"text\":\"The ferry runs again.\"}";

  private static Collector read(String lines) throws IOException {
    Collector sink = new Collector();
    new JsonLinesReader(new LanguageDetector()).read(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "t.jsonl", sink);
    return sink;
  }

  static String nested(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  @Test
  void aLineNestedDeeperThanTheLimitIsOneFailedLine() throws IOException {
    Collector c = read(GOOD + "\n{\"id\":\"d\",\"text\":\"x\",\"x\":" + nested(1001) + "}\n" + GOOD.replace("\"ok\"", "\"ok2\"") + "\n");
    assertEquals(List.of("ok", "ok2"), c.articles.stream().map(Article::id).toList());
    String reason = c.failed.get("t.jsonl#2");
    assertTrue(reason != null && reason.contains("nested deeper than 1000 levels"), String.valueOf(c.failed));
    assertFalse(reason.contains("StreamReadConstraints") || reason.contains("Exception"), reason);
  }

  @Test
  void otherParserLimitsNameNoJacksonInternals() throws IOException {
    Collector c = read("{\"text\":\"x\",\"n\":" + "9".repeat(2000) + "}\n");
    String reason = c.failed.get("t.jsonl#1");
    assertTrue(reason != null && reason.startsWith("invalid JSON: "), String.valueOf(c.failed));
    assertFalse(reason.contains("StreamReadConstraints") || reason.contains("`"), reason);
  }

  @Test
  void idsLongerThanTheLimitAreRefusedAtTheDoor() throws IOException {
    String longest = "i".repeat(JsonLinesReader.MAX_ID_LENGTH);
    Collector c = read("{\"id\":\"" + longest + "\",\"text\":\"Fits.\"}\n{\"id\":\"" + longest + "j\",\"text\":\"Too long.\"}\n");
    assertEquals(1, c.articles.size(), "only the id of the longest length is kept");
    assertEquals(longest, c.articles.get(0).id());
    assertEquals("field \"id\" is longer than 512 characters (513)", c.failed.get("t.jsonl#2"));
  }

  @Test
  void idsWithControlCharactersAreRefusedAtTheDoor() throws IOException {
    Collector c = read("{\"id\":\"a\\u0000b\",\"text\":\"Nul.\"}\n{\"id\":\"a\\nb\",\"text\":\"Newline.\"}\n"
        + "{\"id\":\"a/b c\",\"text\":\"Fine.\"}\n");
    assertEquals(List.of("a/b c"), c.articles.stream().map(Article::id).toList());
    assertTrue(c.failed.get("t.jsonl#1").contains("control character"), String.valueOf(c.failed));
    assertTrue(c.failed.get("t.jsonl#2").contains("control character"), String.valueOf(c.failed));
  }

  @Test
  void anImpossibleOrNumericDateIsStoredEmptyWithAWarning() throws IOException {
    Collector c = read("{\"id\":\"a\",\"date\":\"2023-99-99\",\"text\":\"One.\"}\n"
        + "{\"id\":\"b\",\"date\":1e999999,\"text\":\"Two.\"}\n"
        + "{\"id\":\"c\",\"date\":\"2023-09-09\",\"text\":\"Three.\"}\n");
    assertEquals(3, c.articles.size(), String.valueOf(c.failed));
    assertNull(c.articles.get(0).date());
    assertNull(c.articles.get(1).date());
    assertEquals(java.time.LocalDate.of(2023, 9, 9), c.articles.get(2).date());
    assertEquals("field \"date\" \"2023-99-99\" is not a date (expected e.g. 2024-03-05): stored without a date",
        c.warned.get("t.jsonl#1"));
    assertTrue(c.warned.get("t.jsonl#2").startsWith("field \"date\" \"1e999999\" is not a date"), String.valueOf(c.warned));
    assertEquals(2, c.warned.size());
  }

  @Test
  void textMustBeAString() throws IOException {
    Collector c = read("{\"text\":12}\n{\"text\":1.5}\n{\"text\":true}\n{\"text\":[\"a\"]}\n");
    assertTrue(c.articles.isEmpty());
    assertEquals(4, c.failed.size(), String.valueOf(c.failed));
    assertEquals("field \"text\" must be a string, found a number", c.failed.get("t.jsonl#1"));
  }

  @Test
  void twoObjectsOnOneLineAreRefused() throws IOException {
    Collector c = read("{\"text\":\"one\"}{\"text\":\"two\"}\n");
    assertTrue(c.articles.isEmpty());
    assertEquals("invalid JSON: a second value follows the object (one object per line)", c.failed.get("t.jsonl#1"));
  }
}
