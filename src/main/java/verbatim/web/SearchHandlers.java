package verbatim.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import verbatim.search.ArticleView;
import verbatim.search.SearchBackend;
import verbatim.search.SearchRequest;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchResponse;
import verbatim.search.SearchResponse.FacetCount;

/**
 * The read endpoints under {@code /api}: quote and article searches, one article, speaker names, exports. Each
 * checks its parameters (400 naming the parameter), then answers 304 when the client's copy is current.
 */
final class SearchHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(SearchHandlers.class);
  private static final Set<String> EXPORT_FORMATS = Set.of("csv", "jsonl");

  private final Backends backends;
  private final JsonOutput json;

  SearchHandlers(Backends backends, JsonOutput json) {
    this.backends = backends;
    this.json = json;
  }

  void quotes(Context ctx) throws IOException {
    search(ctx, params(ctx), DocType.QUOTE, Set.of());
  }

  void articles(Context ctx) throws IOException {
    Map<String, List<String>> p = params(ctx);
    String t = SearchRequestReader.text(p, "type");
    DocType type = switch (t == null ? "all" : t.toLowerCase(Locale.ROOT)) {
      case "all" -> DocType.ARTICLE_OR_STUB;
      case "article" -> DocType.ARTICLE;
      case "stub" -> DocType.STUB;
      default -> throw ApiException.badParameter("type", "'type' must be article, stub or all");
    };
    search(ctx, p, type, Set.of("type"));
  }

  private void search(Context ctx, Map<String, List<String>> p, DocType type, Set<String> extra) throws IOException {
    SearchRequest request = SearchRequestReader.read(p, type, extra);
    SearchBackend s = backends.searcher();
    long generation = s.generation();
    if (ConditionalGet.notModified(ctx, generation, p)) return;
    SearchResponse response = s.search(request);
    if (response.partial()) {
      // the timeout cut this answer short: the same request may get a whole one next time, so it is not cached
      ctx.removeHeader("ETag");
      ctx.header("Cache-Control", "no-store");
    }
    json.send(ctx, response);
  }

  void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Map<String, List<String>> p = params(ctx);
    if (!p.isEmpty()) throw ApiException.badParameter(p.keySet().iterator().next(), "this endpoint takes no parameters");
    if (id.isBlank() || id.length() > ApiServer.MAX_ID_LENGTH)
      throw ApiException.badParameter("id", "article id is empty or longer than " + ApiServer.MAX_ID_LENGTH + " characters");
    SearchBackend s = backends.searcher();
    if (ConditionalGet.notModified(ctx, s.generation(), Map.of("id", List.of(id)))) return;
    Optional<ArticleView> view = s.article(id);
    if (view.isEmpty()) throw ApiException.notFound("no article with id '" + SearchRequestReader.clip(id) + "'");
    json.send(ctx, view.get());
  }

  void speakers(Context ctx) throws IOException {
    Map<String, List<String>> p = params(ctx);
    for (String name : p.keySet()) {
      if (!name.equals("prefix") && !name.equals("limit"))
        throw ApiException.badParameter(name, "unknown parameter '" + SearchRequestReader.clip(name)
            + "' (allowed: prefix, limit)");
    }
    String prefix = SearchRequestReader.single(p, "prefix");
    prefix = prefix == null ? "" : prefix.strip();
    if (prefix.length() > SearchRequestReader.MAX_VALUE_LENGTH) throw ApiException.badParameter("prefix", "prefix is too long");
    int limit = SearchRequestReader.integer(p, "limit", 10);
    if (limit < 1 || limit > 100) throw ApiException.badParameter("limit", "limit must be between 1 and 100");
    SearchBackend s = backends.searcher();
    if (ConditionalGet.notModified(ctx, s.generation(), p)) return;
    List<FacetCount> list = s.speakers(prefix, limit);
    json.send(ctx, list);
  }

  /**
   * Every hit of a query as CSV or JSON Lines, streamed from one index snapshot while the search runs: rows are
   * written as the searcher hands them over, never collected. Errors found before the first row are ordinary
   * JSON errors; a failure after it can only cut the stream short.
   */
  void export(Context ctx) throws IOException {
    Map<String, List<String>> p = params(ctx);
    String format = SearchRequestReader.text(p, "format");
    format = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
    if (!EXPORT_FORMATS.contains(format)) throw ApiException.badParameter("format", "'format' must be csv or jsonl");
    String t = SearchRequestReader.text(p, "type");
    DocType type = switch (t == null ? "quote" : t.toLowerCase(Locale.ROOT)) {
      case "quote" -> DocType.QUOTE;
      case "article" -> DocType.ARTICLE;
      case "stub" -> DocType.STUB;
      case "all" -> DocType.ARTICLE_OR_STUB;
      default -> throw ApiException.badParameter("type", "'type' must be quote, article, stub or all");
    };
    SearchRequest request = SearchRequestReader.read(p, type, Set.of("format", "type"));
    SearchBackend s = backends.searcher();
    String filename = "verbatim-" + (type == DocType.QUOTE ? "quotes" : "articles") + "-" + LocalDate.now() + "." + format;
    ExportStream out = new ExportStream(ctx, json, format.equals("csv"), filename);
    long rows;
    try {
      rows = s.export(request, out::write);
      out.finish();
    } catch (UncheckedIOException e) {
      LOG.info("export cut short: {}", e.getMessage());
      return;
    }
    LOG.debug("exported {} rows", rows);
  }

  static Map<String, List<String>> params(Context ctx) {
    return QueryStringParser.parse(ctx.queryString());
  }
}
