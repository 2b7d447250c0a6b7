package verbatim.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.index.Schema;
import verbatim.search.SearchResponse.FacetCount;

/** Lists a search's facet values per dimension as the response shows them. */
final class FacetLists {
  /** Values listed per facet (month gets more). */
  static final int FACET_SIZE = 20;

  private FacetLists() {}

  /**
   * Every facet dimension's top values: from its sideways tally when the request filters on it, else from
   * {@code main} (none when null); speakers by display name, years and months newest first.
   */
  static Map<String, List<FacetCount>> facets(Snapshot snap, FacetCounter.Tally main,
      Map<String, FacetCounter.Tally> sideways) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Schema.FACET_DIMS) {
      List<FacetCount> values = new ArrayList<>();
      FacetCounter.Tally tally = sideways.getOrDefault(dim, main);
      if (tally != null) {
        for (FacetCount c : snap.facets.top(tally, dim, dim.equals(Schema.FACET_MONTH) ? 36 : FACET_SIZE)) {
          values.add(dim.equals(Schema.FACET_SPEAKER) ? new FacetCount(snap.display(c.value()), c.count()) : c);
        }
      }
      if (dim.equals(Schema.FACET_YEAR) || dim.equals(Schema.FACET_MONTH)) {
        values.sort(Comparator.comparing(FacetCount::value).reversed());
      }
      out.put(dim, values);
    }
    return out;
  }
}
