package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  @TempDir Path dir;

  @Test
  void printsOneJsonLinePerFileWithOffsetsIntoTheText() throws Exception {
    String text = "Le maire Jean Tremblay est arrivé tôt.\n\n« Nous allons reconstruire le pont », a-t-il lancé.\n";
    Path f = dir.resolve("pont.txt");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int rc;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      rc = new ExtractCommand().run(List.of(f.toString()));
    } finally {
      System.setOut(saved);
    }
    assertEquals(0, rc);
    String[] lines = buf.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertEquals(1, lines.length);
    JsonNode d = new ObjectMapper().readTree(lines[0]);
    assertEquals(f.toString(), d.get("file").asText());
    assertEquals("fr", d.get("language").asText());
    JsonNode q = d.get("quotes").get(0);
    assertEquals("Nous allons reconstruire le pont", q.get("text").asText());
    assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
    assertEquals("Jean Tremblay", q.get("speaker").asText());
    assertEquals("direct", q.get("kind").asText());
    assertEquals("a-t-il lancé", q.get("cue").asText());
  }

  @Test
  void missingFileFailsWithoutStoppingTheOthers() throws Exception {
    Path ok = dir.resolve("ok.txt");
    Files.writeString(ok, "“We will win,” said Ava Chen.", StandardCharsets.UTF_8);
    PrintStream saved = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int rc;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      rc = new ExtractCommand().run(List.of(dir.resolve("missing.txt").toString(), ok.toString()));
    } finally {
      System.setOut(saved);
      System.setErr(savedErr);
    }
    assertEquals(1, rc);
    assertEquals(1, buf.toString(StandardCharsets.UTF_8).strip().split("\n").length);
  }

  @Test
  void usageErrors() {
    assertThrows(Args.UsageException.class, () -> new ExtractCommand().run(List.of()));
    assertThrows(Args.UsageException.class, () -> new ExtractCommand().run(List.of("--lang", "de", "x.txt")));
  }

  @Test
  void manyFilesAreOneCorpusForSpeakerNames() throws Exception {
    Path first = dir.resolve("a.txt");
    Files.writeString(first, "“We will open the new clinic in May,” said Orla Brennick, the health minister.",
        StandardCharsets.UTF_8);
    Path second = dir.resolve("b.txt");
    Files.writeString(second, "“The budget is not there yet,” Brennick said on Tuesday.", StandardCharsets.UTF_8);
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      assertEquals(0, new ExtractCommand().run(List.of(first.toString(), second.toString())));
    } finally {
      System.setOut(saved);
    }
    String[] lines = buf.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertEquals(2, lines.length);
    JsonNode later = new ObjectMapper().readTree(lines[1]).get("quotes").get(0);
    assertEquals("Orla Brennick", later.get("speaker").asText(), "the surname joins the full name of file one");
  }
}
