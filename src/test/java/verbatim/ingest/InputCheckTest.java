package verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is reported with a clear reason, and nothing else is lost. */
class InputCheckTest {
  @TempDir Path dir;

  private static final String ARTICLE = "A title\n\nThe mayor said the bridge would reopen on Friday.\n";

  private Collector read(Path file) {
    Collector sink = new Collector();
    new CorpusReader().read(file, sink);
    return sink;
  }

  @Test
  void invalidUtf8SaysWhere() throws IOException {
    byte[] good = "Caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(good, good.length + 2);
    bytes[3] = (byte) 0xC3; // a lead byte ...
    bytes[4] = (byte) 0x28; // ... followed by "(" instead of a continuation byte
    Path f = Files.write(dir.resolve("latin.txt"), bytes);
    assertEquals("invalid UTF-8 at byte 3", read(f).failed.get(f.toString()));

    Path latin1 = Files.write(dir.resolve("latin1.html"), "<p>Québec</p>".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("invalid UTF-8 at byte 5", read(latin1).failed.get(latin1.toString()));

    Path surrogate = Files.write(dir.resolve("surrogate.txt"), new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80});
    assertEquals("invalid UTF-8 at byte 1", read(surrogate).failed.get(surrogate.toString()));
    Path overlong = Files.write(dir.resolve("overlong.txt"), new byte[] {'a', 'b', (byte) 0xC0, (byte) 0xAF});
    assertEquals("invalid UTF-8 at byte 2", read(overlong).failed.get(overlong.toString()));
    Path truncated = Files.write(dir.resolve("truncated.txt"), new byte[] {'a', (byte) 0xE2, (byte) 0x80});
    assertEquals("invalid UTF-8 at byte 1", read(truncated).failed.get(truncated.toString()));
  }

  @Test
  void binaryContentIsRefused() throws IOException {
    byte[] bytes = (ARTICLE + "\0\1\2").getBytes(StandardCharsets.UTF_8);
    Path f = Files.write(dir.resolve("image.txt"), bytes);
    assertEquals("binary content: NUL byte at byte " + (bytes.length - 3), read(f).failed.get(f.toString()));
    Path j = Files.write(dir.resolve("archive.jsonl"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, '\n', '{'});
    Collector c = read(j);
    assertEquals(List.of(j.toString()), List.copyOf(c.failed.keySet()), "one report for the file, not one per line");
    assertEquals("binary content: NUL byte at byte 3", c.failed.get(j.toString()));
  }

  @Test
  void zeroByteFilesFailWithAReasonAndBlankFilesAreSkipped() throws IOException {
    for (String name : List.of("empty.txt", "empty.jsonl", "empty.html")) {
      Path f = Files.write(dir.resolve(name), new byte[0]);
      Collector c = read(f);
      // a zero-byte file is usually a copy that went wrong: it is listed with the failures, which the CLI prints
      assertEquals("empty file (0 bytes): nothing to index", c.failed.get(f.toString()), name);
      assertTrue(c.skipped.isEmpty() && c.articles.isEmpty());
    }
    Path blank = Files.writeString(dir.resolve("blank.txt"), "\uFEFF \n\n\t\n");
    assertEquals("empty file", read(blank).skipped.get(blank.toString()));
  }

  @Test
  void tooLargeFilesAreNotRead() throws IOException {
    for (String name : List.of("huge.txt", "huge.html")) {
      Path f = dir.resolve(name);
      try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
        raf.setLength(50L << 20); // sparse: costs no disk
      }
      assertEquals("too large: 50.0 MiB, limit 10 MiB", read(f).failed.get(f.toString()), name);
    }
  }

  @Test
  void badJsonLinesAreReportedAndTheOthersIngest() throws IOException {
    Path f = dir.resolve("mixed.jsonl");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a BOM is fine
      out.write("{\"id\":\"ok1\",\"text\":\"The first story is fine, officials said.\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"broken\",\"text\":\"unterminated\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"notext\",\"title\":\"A title but no text\"}\n".getBytes(StandardCharsets.UTF_8));
      // Line 4: 11 MiB of text in one line, streamed, never held whole.
      out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 11; i++) out.write(chunk);
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'});
      out.write("[\"a list\"]\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"text\":42}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"text\":\"fine\"} trailing\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"text\":\"   \"}\r\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"ok2\",\"text\":\"The last story is fine too, he said.\"}".getBytes(StandardCharsets.UTF_8)); // no final newline
    }
    Collector c = read(f);
    assertEquals(List.of("ok1", "ok2"), c.articles.stream().map(Article::id).toList());
    assertEquals(f + "#10", c.articles.get(1).source());
    String p = f.toString();
    assertTrue(c.failed.get(p + "#2").startsWith("invalid JSON: "), c.failed.get(p + "#2"));
    assertEquals("no \"text\" field", c.failed.get(p + "#3"));
    assertEquals("too large: 11.0 MiB, limit 10 MiB", c.failed.get(p + "#4"));
    assertEquals("invalid UTF-8 at byte 9 of the line", c.failed.get(p + "#5"));
    assertEquals("invalid JSON: expected an object, found a list", c.failed.get(p + "#6"));
    assertEquals("field \"text\" must be a string, found a number", c.failed.get(p + "#7"));
    assertTrue(c.failed.get(p + "#8").startsWith("invalid JSON: "), c.failed.get(p + "#8"));
    assertEquals("empty text", c.skipped.get(p + "#9"));
    assertEquals(7, c.failed.size(), c.failed.toString());
  }

  @Test
  void byteOrderMarkIsAccepted() throws IOException {
    Path f = Files.writeString(dir.resolve("bom.txt"), "\uFEFF" + ARTICLE);
    Article a = read(f).only();
    assertEquals("A title", a.title());
    assertEquals(ARTICLE, a.text());
    Collector.assertOffsets(a);
  }

  @Test
  void unreadableFilesAreReported() throws IOException {
    Path missing = dir.resolve("missing.txt");
    assertEquals("cannot read: no such file", read(missing).failed.get(missing.toString()));
    Path folder = Files.createDirectory(dir.resolve("folder.jsonl"));
    assertEquals("cannot read: is a directory", read(folder).failed.get(folder.toString()));
    Path other = Files.writeString(dir.resolve("notes.docx"), "x");
    assertTrue(read(other).skipped.get(other.toString()).startsWith("unsupported file type"));
  }

  @Test
  void listingKeepsSupportedVisibleFilesInOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/.git"));
    Files.createDirectories(dir.resolve(".hidden"));
    for (String name : List.of("b/two.jsonl", "a.txt", "C.HTML", "b/page.htm", ".secret.txt", "b/.git/x.txt", ".hidden/y.txt",
        "notes.md", "data.json", "b/image.png")) {
      Files.writeString(dir.resolve(name), ARTICLE);
    }
    List<String> listed = new CorpusReader().list(dir).stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    assertEquals(List.of("C.HTML", "a.txt", "b/page.htm", "b/two.jsonl"), listed);
    assertEquals(List.of(dir.resolve("a.txt")), new CorpusReader().list(dir.resolve("a.txt")));
    assertThrows(NoSuchFileException.class, () -> new CorpusReader().list(dir.resolve("nowhere")));
  }

  @Test
  void oneBadFileDoesNotStopTheRun() throws IOException {
    Files.writeString(dir.resolve("1-good.txt"), ARTICLE);
    Files.write(dir.resolve("2-bad.txt"), new byte[] {'x', (byte) 0xFF});
    Files.writeString(dir.resolve("3-good.txt"), ARTICLE.replace("Friday", "Monday"));
    Collector c = new Collector();
    new CorpusReader().readAll(dir, c);
    assertEquals(List.of("1-good", "3-good"), c.articles.stream().map(Article::id).toList());
    assertEquals(1, c.failed.size());
  }
}
