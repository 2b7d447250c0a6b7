package verbatim.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import verbatim.text.LanguageDetector;

/**
 * Measures ingestion speed (JSONL parsing + paragraph splitting + language detection) on one core, and the
 * language detector alone on short spans. Not a test: run it by hand.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) verbatim.ingest.IngestBenchmark [../shared]</pre>
 */
public final class IngestBenchmark {
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("verbatim.shared", "../shared"));
    Path reuters = shared.resolve("corpora/reuters21578/reuters21578.jsonl");
    if (!Files.isRegularFile(reuters)) {
      System.out.println("no Reuters corpus at " + reuters);
      return;
    }
    CorpusReader reader = new CorpusReader();
    for (String mode : new String[] {"given language", "detected language"}) {
      // With "detected language", the file's language field is ignored by re-detecting each article.
      boolean redetect = mode.startsWith("detected");
      LanguageDetector detector = reader.detector();
      for (int round = 0; round < 6; round++) {
        AtomicLong articles = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicLong english = new AtomicLong();
        long t0 = System.nanoTime();
        reader.read(reuters, new CorpusReader.Sink() {
          @Override public void article(Article a) {
            articles.incrementAndGet();
            chars.addAndGet(a.text().length());
            String lang = redetect ? detector.detect(a.text()) : a.language();
            if (lang.equals("en")) english.incrementAndGet();
          }
          @Override public void failed(String source, String reason) { failed.incrementAndGet(); }
          @Override public void skipped(String source, String reason) { }
        });
        double s = (System.nanoTime() - t0) / 1e9;
        if (round >= 3) {
          System.out.printf(Locale.ROOT, "reuters (%s) round %d: %d articles, %d failed, %.0f articles/s, %.1f MB chars/s, en %d%n",
              mode, round, articles.get(), failed.get(), articles.get() / s, chars.get() / s / 1e6, english.get());
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
      long t0 = System.nanoTime();
      for (int i = 0; i < 2_000_000; i++) {
        String s = spans[i & 7];
        if (d.detectClearly(s).isPresent()) clear++;
        n++;
      }
      double s = (System.nanoTime() - t0) / 1e9;
      if (round >= 2) System.out.printf(Locale.ROOT, "detectClearly on quote-sized spans: %.0f texts/s (%d clear of %d)%n", n / s, clear, n);
    }
  }
}
