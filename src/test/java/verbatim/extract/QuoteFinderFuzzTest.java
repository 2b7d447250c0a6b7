package verbatim.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import verbatim.fuzz.Invariants;

/**
 * Coverage-guided fuzzing of {@link QuoteFinder#find}: any text in either language gives quotes inside the
 * text, in text order, each the substring it points at, and never throws (its only documented error is a
 * language other than "en" or "fr").
 */
class QuoteFinderFuzzTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  @FuzzTest(maxDuration = "2m")
  void find(FuzzedDataProvider data) throws Exception {
    Invariants.within(() -> findOnce(data));
  }

  private static void findOnce(FuzzedDataProvider data) {
    String lang = data.consumeBoolean() ? "fr" : "en";
    String text = data.consumeRemainingAsString();
    Invariants.quotes(text, FINDER.find(text, lang));
  }
}
