package verbatim.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import verbatim.text.LanguageDetector;

/**
 * Measures ingestion speed (JSONL parsing + paragraph splitting + language detection) on one core, and the
 * language detector alone on short spans. Not a test: run it by hand.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) verbatim.ingest.IngestBenchmark [../shared]
 * </pre>
 */
public final class IngestBenchmark {
  /** The machine is shared: rates are per second of this thread's CPU time, so other load does not skew them. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("verbatim.shared", "../shared"));
    Path reuters = shared.resolve("corpora/reuters21578/reuters21578.jsonl");
    if (!Files.isRegularFile(reuters)) {
      System.out.println("no Reuters corpus at " + reuters);
      return;
    }
    LanguageDetector detector = new LanguageDetector();
    for (String mode : new String[] {"language field trusted", "language detected on every article"}) {
      JsonLinesReader reader = new JsonLinesReader(detector, mode.startsWith("language detected"));
      for (int round = 0; round < 10; round++) {
        AtomicLong articles = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicLong english = new AtomicLong();
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        reader.read(reuters, reuters.toString(), new CorpusReader.Sink() {
          @Override public void article(Article a) {
            articles.incrementAndGet();
            chars.addAndGet(a.text().length());
            if (a.language().equals("en")) english.incrementAndGet();
          }
          @Override public void failed(String source, String reason) { failed.incrementAndGet(); }
          @Override public void skipped(String source, String reason) { }
        });
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
        if (round >= 6) {
          System.out.printf(Locale.ROOT,
              "reuters (%s) round %d: %d articles, %d failed, en %d: %.0f articles/s of thread CPU time (%.0f MB chars/s), %.0f articles/s wall%n",
              mode, round, articles.get(), failed.get(), english.get(), articles.get() / cpu, chars.get() / cpu / 1e6, articles.get() / s);
        }
      }
    }
    // The detector alone on quote-sized spans.
    String[] spans = {
      "It's really preventive,", "Nous n'avons aucune raison de croire que les données ont été compromises.",
      "no reason, no evidence, no case that leads us to believe that we have been spied on",
      "C'est au citoyen d'évaluer s'il pense que ça s'applique à lui", "is a gateway",
      "We will not back down from this fight, and neither will the people of Quebec.",
      "Il faut agir maintenant, avant qu'il ne soit trop tard.", "strongly recommends",
    };
    LanguageDetector d = new LanguageDetector();
    for (int round = 0; round < 5; round++) {
      long n = 0;
      long clear = 0;
      long c0 = CPU.getCurrentThreadCpuTime();
      for (int i = 0; i < 2_000_000; i++) {
        String s = spans[i & 7];
        if (d.detectClearly(s).isPresent()) clear++;
        n++;
      }
      double s = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
      if (round >= 2) System.out.printf(Locale.ROOT, "detectClearly on quote-sized spans: %.0f texts/s of thread CPU time (%d clear of %d)%n", n / s, clear, n);
    }
  }
}
