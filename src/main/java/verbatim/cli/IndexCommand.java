package verbatim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;
import verbatim.ingest.DocumentationFile;

/** {@code ./verbatim index}: brings the index in line with the corpus (incremental). */
final class IndexCommand implements Command {
  @Override
  public String name() {
    return "index";
  }

  @Override
  public String summary() {
    return "index the corpus (only new, changed or removed files)";
  }

  @Override
  public String usage() {
    return """
        Usage: ./verbatim index [--corpus DIR] [--index DIR] [--threads N] [--solr URL [--collection NAME] [--shards N] [--replicas N]]

        Reads every .txt, .jsonl and .html file under the corpus, finds quotes and speakers, and
        updates the index: unchanged files (same size, time and content hash) are skipped, changed
        files replaced, files gone from the corpus deleted. One bad file never stops the run.

          --corpus DIR   corpus directory (default: corpus)
          --index DIR    index directory (default: index)
          --threads N    extraction and indexing threads (default: number of cores)
          --solr URL     index into a SolrCloud collection instead (created when missing), with
                         --collection NAME (default verbatim), --shards N and --replicas N (default 1)
        """;
  }

  @Override
  public int run(List<String> argv) throws Exception {
    Args args = Args.parse(argv, Set.of("corpus", "index", "threads", "solr", "collection", "shards", "replicas"), Set.of());
    if (!args.positional().isEmpty()) throw new Args.UsageException("unexpected argument '" + args.positional().get(0) + "'");
    Path corpus = args.path("corpus", "corpus");
    Path index = args.path("index", "index");
    int threads = args.intValue("threads", Runtime.getRuntime().availableProcessors(), 1, 64);
    if (!Files.isDirectory(corpus)) throw new Args.UsageException("no corpus directory at " + corpus);
    LibraryLogs.quiet();
    if (args.has("solr")) return SolrCloudCommand.index(args, corpus);
    boolean console = System.console() != null;
    long start = System.nanoTime();
    CorpusIndexer.Report r;
    CorpusReader reader = new CorpusReader();
    try (Indexer indexer = Indexer.open(index)) {
      CorpusIndexer corpusIndexer = new CorpusIndexer(indexer, reader, new QuoteExtractor(indexer.speakerNames()), threads);
      r = corpusIndexer.run(corpus, console ? new CorpusIndexer.Progress() {
        @Override
        public void update(long articles, long done, long total) {
          double s = (System.nanoTime() - start) / 1e9;
          double rate = s > 0 ? articles / s : 0;
          double frac = total > 0 ? (double) done / total : 1;
          long eta = frac > 0 && frac < 1 ? Math.round(s / frac - s) : 0;
          System.err.printf(Locale.ROOT, "\r%,d articles  %.0f articles/s  %3.0f%%  ETA %ds   ", articles, rate,
              frac * 100, eta);
        }

        @Override
        public void merging(int segments) {
          System.err.printf(Locale.ROOT, "%nmerging %d segments into one (faster searches)…", segments);
        }
      } : null);
      if (console) System.err.println();
    }
    System.out.println("corpus: " + outcome(r, corpus));
    printDocumentation(reader, corpus);
    for (CorpusIndexer.Failure f : r.failures()) System.out.println("  failed: " + f.source() + ": " + f.reason());
    return 0;
  }

  /**
   * One line for an indexing run: "1 article indexed from 1 file in 4.5 s (0.2 articles/s)", then only the
   * counts that are not zero ("2 unchanged, 1 skipped") and the final merge's share of the time.
   */
  static String outcome(CorpusIndexer.Report r, Path corpus) {
    StringBuilder sb = new StringBuilder(count(r.indexed(), "article")).append(" indexed from ")
        .append(count(r.files(), "file")).append(" of ").append(corpus)
        .append(String.format(Locale.ROOT, " in %.1f s (%s articles/s", r.seconds(), rate(r.articlesPerSecond())));
    if (r.mergedSegments() > 0) sb.append(String.format(Locale.ROOT, ", final merge %.1f s", r.mergeSeconds()));
    sb.append(')');
    List<String> more = new java.util.ArrayList<>();
    if (r.read() != r.indexed()) more.add(String.format(Locale.ROOT, "%,d read", r.read()));
    if (r.unchanged() > 0) more.add(String.format(Locale.ROOT, "%,d unchanged", r.unchanged()));
    if (r.removed() > 0) more.add(String.format(Locale.ROOT, "%,d removed", r.removed()));
    if (r.skipped() > 0) more.add(String.format(Locale.ROOT, "%,d skipped", r.skipped()));
    if (r.failed() > 0) more.add(String.format(Locale.ROOT, "%,d failed", r.failed()));
    if (!more.isEmpty()) sb.append("; ").append(String.join(", ", more));
    return sb.toString();
  }

  /** "1 article", "16 quotes", "19,043 articles". */
  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  /** Names the corpus's documentation files (README, LICENSE…), which are skipped rather than indexed. */
  static void printDocumentation(CorpusReader reader, Path corpus) {
    try {
      for (Path f : reader.list(corpus)) {
        if (DocumentationFile.is(f)) System.out.println("  skipped: " + f + ": " + DocumentationFile.reason());
      }
    } catch (java.io.IOException e) {
      // the run itself has already reported an unreadable corpus
    }
  }

  /** "0.3" for a one-article run, "12,345" for a corpus: small rates keep a decimal so they never read as 0. */
  static String rate(double perSecond) {
    return String.format(Locale.ROOT, perSecond < 100 ? "%.1f" : "%,.0f", perSecond);
  }
}
