package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void escapesPerRfc4180() {
    assertEquals("plain", CsvWriter.escape("plain"));
    assertEquals("", CsvWriter.escape(null));
    assertEquals("\"a,b\"", CsvWriter.escape("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvWriter.escape("say \"hi\""));
    assertEquals("\"two\r\nlines\"", CsvWriter.escape("two\r\nlines"));
    assertEquals("\"line\nfeed\"", CsvWriter.escape("line\nfeed"));
    assertEquals("\" padded \"", CsvWriter.escape(" padded "));
    assertEquals("=SUM(A1)", CsvWriter.escape("=SUM(A1)"), "values are kept exactly");
    assertEquals("« Guillemets » et l’apostrophe", CsvWriter.escape("« Guillemets » et l’apostrophe"));
  }

  @Test
  void rowsRoundTripThroughAStrictReader() throws Exception {
    List<String> tricky = Arrays.asList("id,1", "\"quoted\"", null, "multi\nline", "", " x", "Éric «ok»");
    StringWriter out = new StringWriter();
    CsvWriter w = new CsvWriter(out);
    w.row(List.of("a", "b", "c", "d", "e", "f", "g"));
    w.row(tricky);
    w.flush();
    List<List<String>> rows = CsvReader.parse(out.toString());
    assertEquals(2, rows.size());
    assertEquals(Arrays.asList("id,1", "\"quoted\"", "", "multi\nline", "", " x", "Éric «ok»"), rows.get(1));
  }
}
