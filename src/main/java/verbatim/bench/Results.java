package verbatim.bench;

import java.util.List;
import java.util.Map;

/** The figures one benchmark run produces, per corpus size: what {@link BenchReport} renders. */
public final class Results {
  private Results() {}

  /**
   * The Verbatim build of one corpus.
   *
   * @param articles         article records in the index afterwards
   * @param quotes           quote records
   * @param stubs            related-story stub records
   * @param seconds          wall seconds of {@code ./verbatim index} (JVM start excluded, reading to final commit)
   * @param indexBytes       size of the index directory
   * @param peakUsedBytes    largest heap in use (10 ms sampler and before every GC)
   * @param peakAfterGcBytes largest heap still live right after a collection
   * @param maxHeapBytes     the child JVM's -Xmx
   * @param gcCount          collections
   * @param gcMillis         time in collections (may overlap with work for concurrent phases)
   */
  public record Build(long articles, long quotes, long stubs, double seconds, long indexBytes, long peakUsedBytes,
                      long peakAfterGcBytes, long maxHeapBytes, long gcCount, long gcMillis) {
    public double articlesPerSecond() {
      return articles / seconds;
    }

    public double quotesPerSecond() {
      return quotes / seconds;
    }
  }

  /**
   * The measured passes of the query set in-process: the figures are those of the pass with the median mean.
   *
   * @param all        latency of every query (ms)
   * @param byGroup    latency per kit group ("en-single"…)
   * @param failures   queries that threw (message per qid)
   * @param withHits   queries with at least one hit
   * @param totalHits  sum of the reported totals
   * @param meanFacetValues mean number of speaker facet values returned (quote search; 0 for articles)
   * @param highlighted hits carrying at least one highlight span
   * @param hitsReturned hits returned in all pages
   * @param passes     latency of every measured pass, in order (the reported one among them)
   */
  public record Pass(LatencyStats all, Map<String, LatencyStats> byGroup, Map<String, String> failures, int withHits,
                     long totalHits, double meanFacetValues, long highlighted, long hitsReturned,
                     List<LatencyStats> passes) {}

  /**
   * The HTTP runs against one endpoint: per load level the window with the median rate (its errors: those of every
   * window), and the rate of every window.
   */
  public record Http(String endpoint, List<HttpLoadGenerator.Result> levels, List<List<Double>> windowRps) {}

  /**
   * Everything measured on one corpus size.
   *
   * @param size          "19k" or "400k"
   * @param build         Verbatim build, or null when it failed (see {@code problems})
   * @param articles      article search: top-10 + exact count
   * @param quotes        quote search with speaker facets and highlighting
   * @param articlesHighlighted the same article searches with each hit's best passage highlighted (not what
   *                      the peers do; reported for scale), or null
   * @param countsVsFts5  Verbatim article search totals vs FTS5 counts
   * @param foldedVsFts5  like-for-like counts on the unstemmed folded field vs FTS5 counts
   * @param pgVsFts5      PostgreSQL vs FTS5 counts (the peers' own disagreement, for scale)
   * @param http          HTTP runs per endpoint
   * @param fts5          the SQLite FTS5 run, or null
   * @param pg            the PostgreSQL run, or null
   * @param profiles      section title → rendered JFR profile (only with --profile)
   * @param problems      what went wrong or was left out, in words
   */
  public record Size(String size, Build build, Pass articles, Pass articlesHighlighted, Pass quotes, CountAgreement countsVsFts5,
                     CountAgreement foldedVsFts5, CountAgreement pgVsFts5, List<Http> http, PeerRun fts5, PeerRun pg,
                     Map<String, String> profiles, List<String> problems) {}
}
