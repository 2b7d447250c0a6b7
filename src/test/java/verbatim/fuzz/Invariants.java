package verbatim.fuzz;

import java.util.List;
import verbatim.extract.Quote;
import verbatim.ingest.Article;
import verbatim.ingest.Paragraph;
import verbatim.ingest.RelatedStub;

/** What every fuzz target checks of what the code under test returned: offsets inside the text, in order. */
public final class Invariants {
  private Invariants() {}

  /** What one input may take; the slowest seeds take well under a second. */
  public static final long SECONDS = 10;

  /** A fuzz target's body. */
  public interface Body {
    void run() throws Exception;
  }

  /**
   * Runs one input and fails when it takes longer than {@link #SECONDS}. Replaying seeds ({@code mvn test}) it
   * runs on another thread and gives up waiting, so a hang fails the test instead of stalling the build; fuzzing
   * (JAZZER_FUZZ set) it runs in place, since a JUnit timeout would cover the whole fuzzing session.
   */
  public static void within(Body body) throws Exception {
    String fuzzing = System.getenv("JAZZER_FUZZ");
    if (fuzzing == null || fuzzing.isEmpty()) {
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(SECONDS), () -> {
        body.run();
        return null;
      });
      return;
    }
    long t0 = System.nanoTime();
    body.run();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (ms > SECONDS * 1000) throw new AssertionError("one input took " + ms + " ms");
  }

  /** Fails unless {@code [start, end)} lies inside a text of {@code length} characters. */
  public static void span(String what, int start, int end, int length) {
    if (start < 0 || start > end || end > length) {
      throw new AssertionError(what + " [" + start + ", " + end + ") is outside the text (length " + length + ")");
    }
  }

  /** Paragraphs and stubs inside the text, paragraphs in order and equal to the text they point at. */
  public static void article(Article a) {
    if (a.id() == null || a.id().isEmpty()) throw new AssertionError("an article without an id");
    String text = a.text();
    int last = 0;
    for (Paragraph p : a.paragraphs()) {
      if (p.start() < 0) continue; // documented: -1 when not in the text
      span("paragraph", p.start(), p.end(), text.length());
      if (p.start() < last) throw new AssertionError("paragraphs out of order at " + p.start());
      last = p.end();
      if (!text.substring(p.start(), p.end()).equals(p.text()))
        throw new AssertionError("paragraph text differs from the text at [" + p.start() + ", " + p.end() + ")");
    }
    for (RelatedStub s : a.related()) {
      if (s.start() >= 0) span("related stub", s.start(), s.end(), text.length());
    }
    if (a.language() != null && !a.language().equals("en") && !a.language().equals("fr"))
      throw new AssertionError("language " + a.language());
  }

  /** Quotes inside the text, in text order, their text the substring they point at. */
  public static void quotes(String text, List<Quote> quotes) {
    int last = 0;
    for (Quote q : quotes) {
      span("quote", q.start(), q.end(), text.length());
      if (q.start() == q.end()) throw new AssertionError("an empty quote at " + q.start());
      if (q.start() < last) throw new AssertionError("quotes out of order at " + q.start());
      last = q.start();
      if (!text.substring(q.start(), q.end()).equals(q.text()))
        throw new AssertionError("quote text differs from the text at [" + q.start() + ", " + q.end() + ")");
      if (q.kind() == null) throw new AssertionError("a quote without a kind");
    }
  }
}
