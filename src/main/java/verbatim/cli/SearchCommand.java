package verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import verbatim.search.SearchBackend;
import verbatim.search.SearchException;
import verbatim.search.SearchRequest;
import verbatim.search.SearchResponse;
import verbatim.search.Searcher;

/** {@code ./verbatim search}: one query against the index, printed for people or as the API's JSON. */
final class SearchCommand implements Command {
  @Override
  public String name() {
    return "search";
  }

  @Override
  public String summary() {
    return "search quotes, articles and stubs from the command line";
  }

  @Override
  public String usage() {
    return """
        Usage: ./verbatim search QUERY [--index DIR] [--speaker NAME]... [--lang en|fr]
                                [--type quote|article|stub] [--mode simple|advanced] [--size N]
                                [--sort relevance|date] [--exact] [--json]
                                [--words] [--all-copies] [--solr URL [--collection NAME]]

        Simple queries: words (ranked: records with more of them first; +word requires one),
        "phrases", -exclusion, OR. A query that names a known speaker ("Eric Caire", "Macron")
        shows that speaker's quotes first; --words searches the words only.
        A simple query using AND, NOT or a field: prefix is read as advanced syntax.
        Advanced queries: speaker: lang: outlet: kind: type: date:[2023-01-01 TO 2023-03-31],
        AND OR NOT ( ), "phrase"~N, prefix* and wild?cards.
        --speaker takes a full name or a surname, any case, with or without accents.
        A quote repeated by the same speaker in several articles shows once ("also in N
        articles"); --all-copies shows every copy.
        Highlights are shown in [brackets]; --json prints the document /api/quotes returns.
        """;
  }

  @Override
  public int run(List<String> argv) throws Exception {
    Args args = Args.parse(argv, Set.of("index", "speaker", "lang", "type", "mode", "size", "sort", "solr", "collection"),
        Set.of("json", "exact", "words", "all-copies"));
    String query = String.join(" ", args.positional());
    SearchRequest.DocType type = switch (args.get("type", "quote").toLowerCase(Locale.ROOT)) {
      case "quote" -> SearchRequest.DocType.QUOTE;
      case "article" -> SearchRequest.DocType.ARTICLE;
      case "stub" -> SearchRequest.DocType.STUB;
      default -> throw new Args.UsageException("--type must be quote, article or stub");
    };
    SearchRequest.Mode mode = switch (args.get("mode", "simple").toLowerCase(Locale.ROOT)) {
      case "simple" -> SearchRequest.Mode.SIMPLE;
      case "advanced" -> SearchRequest.Mode.ADVANCED;
      default -> throw new Args.UsageException("--mode must be simple or advanced");
    };
    SearchRequest.Sort sort = switch (args.get("sort", "relevance").toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Sort.RELEVANCE;
      case "date" -> SearchRequest.Sort.DATE;
      default -> throw new Args.UsageException("--sort must be relevance or date");
    };
    int size = args.intValue("size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
    String lang = args.get("lang", null);
    SearchRequest request = new SearchRequest(query, mode, type, args.all("speaker"), lang, null, null, null, null,
        size, null, sort, args.has("exact")).withFacets(true).withSpeakerMatch(!args.has("words"))
        .withCollapse(!args.has("all-copies"));
    Path index = args.path("index", "index");
    try (SearchBackend searcher = args.has("solr") ? SolrCloudCommand.backend(args) : Searcher.open(index)) {
      SearchResponse r;
      try {
        r = searcher.search(request);
      } catch (SearchException e) {
        System.err.println("verbatim search: " + e.getMessage());
        if (e.details().get("candidates") instanceof List<?> candidates) {
          for (Object c : candidates) System.err.println("  " + c);
        }
        Object pos = e.details().get("position");
        if (pos instanceof Integer p && p >= 0 && p <= query.length()) {
          System.err.println("  " + query);
          System.err.println("  " + " ".repeat(p) + "^");
        }
        return 2;
      }
      if (args.has("json")) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        System.out.println(json.writeValueAsString(r));
      } else {
        System.out.print(render(r));
      }
    }
    return 0;
  }

  /** The human-readable form: one block per hit, highlights in [brackets], then the facets. */
  static String render(SearchResponse r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.totalExact() ? r.total() + " hits" : "at least " + r.total() + " hits");
    if (r.partial()) sb.append(" (partial: the time limit cut the search short)");
    sb.append('\n');
    if (r.distinct() != null && r.distinct() < r.total()) sb.append(r.distinct()).append(" distinct quotes\n");
    for (String notice : r.notices()) sb.append("Note: ").append(notice).append('\n');
    if (r.speakerMatch() != null) {
      sb.append("Quotes by ").append(r.speakerMatch().name()).append(" first (").append(r.speakerMatch().count())
          .append("); --words searches the words instead\n");
    }
    if (r.didYouMean() != null) sb.append("Did you mean: ").append(r.didYouMean()).append('\n');
    int n = 0;
    for (SearchResponse.Hit h : r.hits()) {
      sb.append('\n').append(++n).append(". ");
      String marked = mark(h.text(), h.highlights());
      sb.append("quote".equals(h.type()) ? "“" + marked + "”" : marked).append('\n');
      sb.append("   ");
      if (h.speaker() != null) {
        sb.append("— ").append(h.speaker().name());
        if (h.speaker().role() != null) sb.append(" (").append(h.speaker().role()).append(')');
        sb.append(" · ");
      }
      SearchResponse.ArticleRef a = h.article();
      sb.append(a.title());
      if (a.outlet() != null) sb.append(" · ").append(a.outlet());
      if (a.date() != null) sb.append(" · ").append(a.date());
      sb.append(" [").append(a.language()).append("] ").append(h.type()).append(' ').append(h.id()).append('\n');
      if (h.alsoIn() != null) {
        sb.append("   also in ").append(h.alsoIn().count()).append(h.alsoIn().count() == 1 ? " article: " : " articles: ")
            .append(String.join(", ", h.alsoIn().articles())).append('\n');
      }
    }
    boolean first = true;
    for (Map.Entry<String, List<SearchResponse.FacetCount>> e : r.facets().entrySet()) {
      if (e.getValue().isEmpty()) continue;
      if (first) sb.append('\n');
      first = false;
      sb.append(e.getKey()).append(": ");
      int i = 0;
      for (SearchResponse.FacetCount c : e.getValue()) {
        if (i++ == 8) {
          sb.append(", …");
          break;
        }
        if (i > 1) sb.append(", ");
        sb.append(c.value()).append(" (").append(c.count()).append(')');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String mark(String text, List<SearchResponse.Span> spans) {
    StringBuilder sb = new StringBuilder(text.length() + spans.size() * 2);
    int at = 0;
    for (SearchResponse.Span s : spans) {
      sb.append(text, at, s.start()).append('[').append(text, s.start(), s.end()).append(']');
      at = s.end();
    }
    return sb.append(text, at, text.length()).toString();
  }
}
