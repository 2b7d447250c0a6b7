package verbatim.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.search.SearchResponse;
import verbatim.search.SearchResponse.Hit;

/**
 * Writes one export's rows to the response as the searcher hands them over, as CSV or JSON Lines. Headers go out
 * with the first byte, so an error found before the first row can still be an ordinary JSON error. One per request.
 */
final class ExportStream {
  private static final List<String> COLUMNS = List.of(
      "quote_id", "article_id", "url", "outlet", "date", "language", "speaker", "role", "kind", "text", "also_in");

  private final Context ctx;
  private final JsonOutput json;
  private final boolean csv;
  private final String filename;
  /** Null until the first row (or the end of an empty export) opens the response. */
  private Writer writer;
  private CsvWriter csvWriter;

  ExportStream(Context ctx, JsonOutput json, boolean csv, String filename) {
    this.ctx = ctx;
    this.json = json;
    this.csv = csv;
    this.filename = filename;
  }

  /** One row; a failure to write (the client went away) ends the export as an {@link UncheckedIOException}. */
  void write(Hit h) {
    try {
      open();
      if (csv) csvWriter.row(csvRow(h));
      else {
        writer.write(json.line(jsonRow(h)));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the export (opening the response first when it had no row: the header line alone, or nothing). */
  void finish() throws IOException {
    open();
    writer.flush();
  }

  private void open() throws IOException {
    if (writer != null) return;
    ctx.status(200);
    ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    ctx.header("Cache-Control", "no-store");
    writer = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    if (csv) {
      csvWriter = new CsvWriter(writer);
      csvWriter.row(COLUMNS);
    }
  }

  private static List<String> csvRow(Hit h) {
    SearchResponse.ArticleRef a = h.article();
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(h.id());
    row.add(a == null ? null : a.id());
    row.add(a == null ? null : a.url());
    row.add(a == null ? null : a.outlet());
    row.add(a == null ? null : a.date());
    row.add(a == null ? null : a.language());
    row.add(h.speaker() == null ? null : h.speaker().name());
    row.add(h.speaker() == null ? null : h.speaker().role());
    row.add(h.kind());
    row.add(h.text());
    row.add(h.alsoIn() == null ? null : String.join(";", h.alsoIn().articles()));
    return row;
  }

  private static Map<String, Object> jsonRow(Hit h) {
    SearchResponse.ArticleRef a = h.article();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quote_id", h.id());
    m.put("type", h.type());
    m.put("article_id", a == null ? null : a.id());
    m.put("title", a == null ? null : a.title());
    m.put("url", a == null ? null : a.url());
    m.put("outlet", a == null ? null : a.outlet());
    m.put("date", a == null ? null : a.date());
    m.put("language", a == null ? null : a.language());
    m.put("speaker", h.speaker() == null ? null : h.speaker().name());
    m.put("role", h.speaker() == null ? null : h.speaker().role());
    m.put("kind", h.kind());
    m.put("text", h.text());
    m.put("also_in", h.alsoIn() == null ? List.of() : h.alsoIn().articles());
    return m;
  }
}
