package verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden structure tests for the plain-text news format: each {@code src/test/resources/ingest/NAME.expected.json}
 * describes the parse of {@code NAME.txt} next to it, or of the repository file named by its "input" field.
 */
class GoldenTextTest {
  static final Path BASE = Path.of(System.getProperty("verbatim.basedir", "."));
  static final Path FIXTURES = BASE.resolve("src/test/resources/ingest");

  static Stream<Path> goldens() throws IOException {
    try (Stream<Path> s = Files.list(FIXTURES)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList().stream();
    }
  }

  @Test
  void everyGoldenIsFound() throws IOException {
    List<String> names = goldens().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.contains("tiktok-national-assembly.expected.json"), names.toString());
    assertTrue(names.size() >= 3, names.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void parsesAsExpected(Path expectedFile) throws IOException {
    JsonNode expected = new ObjectMapper().readTree(expectedFile.toFile());
    String name = expectedFile.getFileName().toString().replace(".expected.json", "");
    Path input = expected.has("input") ? BASE.resolve(expected.get("input").asText()) : FIXTURES.resolve(name + ".txt");
    Collector sink = new Collector();
    new CorpusReader().read(input, sink);
    Article a = sink.only();

    assertEquals(expected.get("id").asText(), a.id());
    assertEquals(input.toString(), a.source());
    assertEquals(expected.get("title").asText(), a.title());
    assertEquals(expected.get("language").asText(), a.language());
    assertEquals(strings(expected.get("related")), a.related().stream().map(RelatedStub::title).toList());
    assertEquals(strings(expected.get("subheadings")), a.subheadings());
    assertEquals(strings(expected.get("credits")), a.credits());
    assertEquals(strings(expected.get("boilerplate")), a.boilerplate());
    assertEquals(expected.get("paragraphs").asInt(), a.paragraphs().size());
    assertTrue(a.paragraphs().get(0).text().startsWith(expected.get("firstParagraph").asText()), a.paragraphs().get(0).text());
    assertTrue(a.paragraphs().getLast().text().startsWith(expected.get("lastParagraph").asText()), a.paragraphs().getLast().text());

    // Text is the whole file as read, line breaks inside paragraphs turned into spaces (so offsets into the
    // file still hold); offsets round-trip; nothing non-body leaks into the body.
    String file = Files.readString(input);
    assertEquals(file.length(), a.text().length());
    for (int i = 0; i < file.length(); i++) {
      char f = file.charAt(i);
      if (f != a.text().charAt(i)) assertTrue((f == '\n' || f == '\r') && a.text().charAt(i) == ' ', "changed at " + i);
    }
    Collector.assertOffsets(a);
    for (RelatedStub s : a.related()) assertTrue(s.start() > 0, "stub located in the text: " + s);
    String body = a.body();
    for (String b : a.boilerplate()) assertFalse(body.contains(b), "boilerplate in body: " + b);
    for (String c : a.credits()) assertFalse(body.contains(c), "credit in body: " + c);
    for (String h : a.subheadings()) assertFalse(a.paragraphs().stream().anyMatch(p -> p.text().equals(h)), "subheading as paragraph: " + h);
    for (RelatedStub s : a.related()) assertFalse(body.contains(s.title()), "stub in body: " + s.title());
    assertFalse(body.contains(a.title()), "title in body");
  }

  @Test
  void windowsLineEndingsGiveTheSameStructure() throws IOException {
    Path fr = FIXTURES.resolve("quebec-boissons-energisantes.txt");
    String crlf = Files.readString(fr).replace("\n", "\r\n");
    Path dir = Files.createTempDirectory("verbatim-crlf");
    try {
      Path copy = Files.writeString(dir.resolve("quebec-boissons-energisantes.txt"), crlf);
      Collector a = new Collector();
      Collector b = new Collector();
      CorpusReader reader = new CorpusReader();
      reader.read(fr, a);
      reader.read(copy, b);
      Article lf = a.only();
      Article rn = b.only();
      assertEquals(crlf, rn.text());
      Collector.assertOffsets(rn);
      assertEquals(lf.paragraphs().stream().map(Paragraph::text).toList(), rn.paragraphs().stream().map(Paragraph::text).toList());
      assertEquals(lf.boilerplate(), rn.boilerplate());
      assertEquals(lf.related().stream().map(RelatedStub::title).toList(), rn.related().stream().map(RelatedStub::title).toList());
      assertEquals(lf.id(), rn.id());
    } finally {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.toList()) Files.delete(p);
      }
      Files.delete(dir);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
