package verbatim.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.search.SearchException;
import verbatim.search.SearchRequest;
import verbatim.search.SearchRequest.DocType;

/** The widget's HTML pages: the search page (with server-rendered results when it has a query) and the article page. */
final class PageHandlers {
  private final Backends backends;
  private final ClasspathFiles files;

  PageHandlers(Backends backends, ClasspathFiles files) {
    this.backends = backends;
    this.files = files;
  }

  /**
   * The search page. With a query it also carries the first results rendered on the server, for visitors
   * without JavaScript (the widget hides them and renders its own).
   */
  void search(Context ctx) throws IOException {
    Map<String, List<String>> page = SearchHandlers.params(ctx);
    List<String> qs = page.get("q");
    String q = qs == null || qs.isEmpty() ? "" : qs.get(0).strip();
    List<String> speakers = page.get("speaker");
    if (q.isEmpty() && (speakers == null || speakers.isEmpty())) {
      page(ctx, "index.html");
      return;
    }
    byte[] template = files.get("public/index.html");
    if (template == null) throw ApiException.notFound("page index.html is missing from this build");
    String html = new String(template, StandardCharsets.UTF_8);
    boolean french = ResultsPageRenderer.french(ctx.header("Accept-Language"));
    ctx.header("Cache-Control", "no-cache").header("Vary", "Accept-Language").contentType("text/html; charset=utf-8");
    try {
      SearchRequest request = SearchRequestReader.read(ResultsPageRenderer.searchParameters(page), DocType.QUOTE, Set.of());
      ctx.result(ResultsPageRenderer.render(html, q, page, backends.searcher().search(request), french));
    } catch (ApiException e) {
      // the page shows the error in place of results, in the visitor's language, with the error's status
      ctx.status(e.status()).result(ResultsPageRenderer.renderError(html, q, e.getMessage(), french));
    } catch (SearchException e) {
      ctx.status(400).result(ResultsPageRenderer.renderError(html, q, page, e, french));
    }
  }

  /** {@code /article/{id}}: one static page for every id; its script fetches the article. */
  void article(Context ctx) throws IOException {
    page(ctx, "article.html");
  }

  private void page(Context ctx, String name) throws IOException {
    byte[] b = files.get("public/" + name);
    if (b == null) throw ApiException.notFound("page " + name + " is missing from this build");
    if (ConditionalGet.notModified(ctx, b)) return;
    ctx.contentType("text/html; charset=utf-8").result(b);
  }
}
