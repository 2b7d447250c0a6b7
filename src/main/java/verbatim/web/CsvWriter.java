package verbatim.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: CRLF line ends; a field holding a comma, quote, CR or LF (or leading/trailing space)
 * is quoted and its quotes doubled. Nulls are empty fields. Values are written exactly as they are (no
 * formula mangling): an export is provenance data.
 */
public final class CsvWriter {
  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  public void row(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) out.write(',');
      out.write(escape(fields.get(i)));
    }
    out.write("\r\n");
  }

  public void flush() throws IOException {
    out.flush();
  }

  /** One field as it appears in the file. */
  public static String escape(String field) {
    if (field == null || field.isEmpty()) return "";
    String v = field;
    boolean quote = v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ';
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
