package verbatim.cli;

import java.util.List;
import verbatim.search.SearchResponse;

/** Lets tests in other packages use the CLI's [bracket] highlight rendering. */
public final class SearchTestAccess {
  private SearchTestAccess() {}

  public static String mark(String text, List<SearchResponse.Span> spans) {
    return SearchCommand.mark(text, spans);
  }
}
