package verbatim.web;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the export tests: CRLF records, quoted fields with doubled quotes. */
final class CsvReader {
  private CsvReader() {}

  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = csv.length();
    while (i < n) {
      char c = csv.charAt(i);
      if (c == '"' && field.isEmpty()) {
        i++;
        while (true) {
          if (i >= n) throw new IllegalArgumentException("unterminated quoted field");
          char d = csv.charAt(i++);
          if (d == '"') {
            if (i < n && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(d);
          }
        }
        if (i < n && csv.charAt(i) != ',' && csv.charAt(i) != '\r')
          throw new IllegalArgumentException("text after a closing quote at " + i);
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r') {
        if (i + 1 >= n || csv.charAt(i + 1) != '\n') throw new IllegalArgumentException("bare CR at " + i);
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else if (c == '\n') {
        throw new IllegalArgumentException("bare LF outside quotes at " + i);
      } else if (c == '"') {
        throw new IllegalArgumentException("quote inside an unquoted field at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (!field.isEmpty() || !row.isEmpty()) throw new IllegalArgumentException("last record lacks CRLF");
    return rows;
  }
}
