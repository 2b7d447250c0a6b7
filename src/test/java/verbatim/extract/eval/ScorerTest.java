package verbatim.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {
  // 0         1         2         3         4         5         6
  // 0123456789012345678901234567890123456789012345678901234567890123456789
  private static final String TEXT = "The mayor said the budget is balanced and fair. Ms. Roy said no.";

  private static GoldQuote gq(int s, int e, String speaker) {
    return new GoldQuote(s, e, TEXT.substring(s, e), "indirect", speaker, List.of(), false);
  }

  private static PredictedQuote pq(int s, int e, String speaker) {
    return new PredictedQuote(s, e, TEXT.substring(s, e), speaker, "indirect");
  }

  private static Score score(List<GoldQuote> gold, List<PredictedQuote> pred, double theta) {
    GoldArticle a = new GoldArticle("a", TEXT, "en", gold);
    return Scorer.score(List.of(a), Map.of("a", pred), theta).score();
  }

  @Test
  void overlapThresholdsAreShareOfTheGoldSpan() {
    GoldQuote g = gq(15, 46, "Jean Tremblay"); // "the budget is balanced and fair", 31 chars
    // covers 10 of 31 (32%): matches at 30% but not at 80%
    PredictedQuote p = pq(36, 60, "Jean Tremblay");
    Score lenient = score(List.of(g), List.of(p), 0.3);
    assertEquals(1, lenient.tp());
    assertEquals(0, lenient.fp());
    Score strict = score(List.of(g), List.of(p), 0.8);
    assertEquals(0, strict.tp());
    assertEquals(1, strict.fp());
    assertEquals(1, strict.fn());
    // covers 9 of 31 (29%): no match even at 30%
    assertEquals(0, score(List.of(g), List.of(pq(37, 60, "x")), 0.3).tp());
    // a longer prediction covering all of the gold matches at 80%
    assertEquals(1, score(List.of(g), List.of(pq(4, 47, "Jean Tremblay")), 0.8).tp());
  }

  @Test
  void matchingIsOneToOneBestOverlapFirst() {
    GoldQuote g = gq(15, 46, "Jean Tremblay");
    Score s = score(List.of(g), List.of(pq(15, 40, "Jean Tremblay"), pq(15, 46, "Someone Else")), 0.3);
    assertEquals(1, s.tp());
    assertEquals(1, s.fp());
    assertEquals(0, s.speakerOk(), "the full-overlap prediction wins and its speaker is wrong");
    assertEquals(0.5, s.precision(), 1e-12);
    assertEquals(1.0, s.recall(), 1e-12);
    assertEquals(0.0, s.attributedF1(), 1e-12);
  }

  @Test
  void excludedGoldQuotesCountNeitherForNorAgainst() {
    GoldQuote noSpeaker = gq(15, 46, null);
    GoldQuote oneWord = gq(61, 63, "Ms. Roy");
    GoldQuote optional = new GoldQuote(4, 14, "mayor said", "direct", "X Y", List.of(), true);
    // predictions on excluded quotes: neither tp nor fp; misses: no fn
    Score s = score(List.of(noSpeaker, oneWord, optional), List.of(pq(15, 46, "A"), pq(61, 63, "Roy")), 0.3);
    assertEquals(0, s.tp());
    assertEquals(0, s.fp());
    assertEquals(0, s.fn());
    assertNull(s.recallOf("indirect"));
    assertEquals(0.0, s.f1());
  }

  @Test
  void unlocatablePredictionsAreFalsePositivesAndTextIsAFallback() {
    GoldQuote g = gq(15, 46, "Jean Tremblay");
    PredictedQuote byText = new PredictedQuote(null, null, "“the budget is balanced and fair”", "Tremblay", "direct");
    PredictedQuote lost = new PredictedQuote(50, 400, "not in the text", null, "direct");
    Score s = score(List.of(g), List.of(byText, lost), 0.8);
    assertEquals(1, s.tp());
    assertEquals(1, s.fp());
    assertEquals(1, s.speakerOk());
  }

  @Test
  void speakerNamesIgnoreAccentsCaseHonorificsAndAcceptSurnames() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.ROOT, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("fr-FR"))) {
        Locale.setDefault(l);
        assertEquals("eric caire", SpeakerMatcher.normalize("M. Éric CAIRE"));
        assertEquals("jean st pierre", SpeakerMatcher.normalize("Mr. Jean St-Pierre"));
        assertEquals("iris", SpeakerMatcher.normalize("IRIS"));
        assertTrue(SpeakerMatcher.matches("Caire", "Éric Caire", List.of()));
        assertTrue(SpeakerMatcher.matches("Mr. Eric Caire", "Éric Caire", List.of()));
        assertTrue(SpeakerMatcher.matches("Éric Caire", "Caire", List.of()));
        assertTrue(SpeakerMatcher.matches("the agency", "TransLink", List.of("the agency")));
        assertFalse(SpeakerMatcher.matches("Éric", "Éric Caire", List.of()), "first name only is not the surname");
        assertFalse(SpeakerMatcher.matches("Paul Caire", "Éric Caire", List.of()), "same surname, other person");
        assertFalse(SpeakerMatcher.matches(null, "Éric Caire", List.of()));
        assertFalse(SpeakerMatcher.matches("Mr.", "Éric Caire", List.of()), "only an honorific");
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void codePointOffsetsAndPythonRounding() {
    String t = "a😀b said yes";
    assertEquals(2, Scorer.utf16ToCodePoint(t, 3));
    assertEquals(1, Scorer.utf16ToCodePoint(t, 2), "a low surrogate maps to its pair's code point");
    assertEquals(0.8333, Score.round4(5.0 / 6));
    assertEquals(0.1235, Score.round4(0.12345), "0.12345 is stored slightly above, so it rounds up");
    assertEquals("1.0", Score.py(1.0));
    assertEquals("0.0", Score.py(0.0));
    assertEquals("0.0001", Score.py(0.0001));
    assertEquals("1e-05", Score.py(0.00001));
    assertEquals(3, GoldQuote.wordCount("  one\ttwo\u00a0three "), "NBSP separates words as in Python");
  }

  @Test
  void pythonJsonLineHasTheReferenceShape() {
    GoldQuote g = gq(15, 46, "Jean Tremblay");
    Score s = score(List.of(g), List.of(pq(15, 46, "Tremblay")), 0.3);
    assertEquals("{\"theta\": 0.3, \"tp\": 1, \"fp\": 0, \"fn\": 0, \"P\": 1.0, \"R\": 1.0, \"F1\": 1.0, "
        + "\"speaker_acc\": 1.0, \"attributed_F1\": 1.0, \"recall_by_kind\": {\"indirect\": 1.0}}", s.toPythonJson());
  }

  private static final String KINDS_TEXT =
      "Paul Lemire said the bridge is \"far too old\" to last. \"We will fix it,\" said Ana Ruiz. Bo went home.";

  private static GoldQuote gold(int s, int e, String kind, String speaker) {
    return new GoldQuote(s, e, KINDS_TEXT.substring(s, e), kind, speaker, List.of(), false);
  }

  private static PredictedQuote pred(int s, int e, String kind, String speaker) {
    return new PredictedQuote(s, e, KINDS_TEXT.substring(s, e), speaker, kind);
  }

  private static Score scoreKinds(List<GoldQuote> gold, List<PredictedQuote> pred, Set<String> keep) {
    GoldArticle a = new GoldArticle("k", KINDS_TEXT, "en", gold);
    return Scorer.score(List.of(a), Map.of("k", pred), 0.3, keep).score();
  }

  @Test
  void kindFilterMatchesEveryQuoteFirstThenScoresOnlyKeptKinds() {
    // the gold reads the whole clause as one indirect quote; the finder sees a partial quote inside it
    GoldQuote clause = gold(17, 52, "indirect", "Paul Lemire");
    GoldQuote direct = gold(55, 69, "direct", "Ana Ruiz");
    PredictedQuote partial = pred(32, 43, "partial", "Paul Lemire");
    Set<String> dp = Set.of("direct", "partial");
    Score s = scoreKinds(List.of(clause, direct), List.of(partial, pred(55, 69, "direct", "Ana Ruiz")), dp);
    assertEquals(1, s.tp());
    assertEquals(0, s.fp(), "a partial quote inside a left-out indirect gold quote is no false positive");
    assertEquals(0, s.fn());

    // too short to match the clause at 30%, yet inside it: still no false positive
    Score inside = scoreKinds(List.of(clause), List.of(pred(21, 27, "partial", "Paul Lemire")), dp);
    assertEquals(0, inside.fp());
    assertEquals(1, scoreKinds(List.of(clause), List.of(pred(21, 27, "partial", "Paul Lemire")), Set.of()).fp());

    // a kept gold quote counts as found whatever kind the prediction gives it
    Score relabelled = scoreKinds(List.of(direct), List.of(pred(55, 69, "indirect", "Ana Ruiz")), dp);
    assertEquals(1, relabelled.tp());
    assertEquals(0, relabelled.fn());

    // an unmatched prediction of a left-out kind is no false positive; of a kept kind outside any gold quote it is
    Score stray = scoreKinds(List.of(direct), List.of(pred(55, 69, "direct", "Ana Ruiz"),
        pred(72, 85, "indirect", "Ana Ruiz"), pred(87, 99, "partial", null)), dp);
    assertEquals(1, stray.tp());
    assertEquals(1, stray.fp());

    // without a filter, the same partial matches the indirect clause: one tp, nothing false
    Score all = scoreKinds(List.of(clause), List.of(partial), Set.of());
    assertEquals(1, all.tp());
    assertEquals(0, all.fp());
    assertEquals(Map.of("direct", 1), recallKinds(scoreKinds(List.of(clause, direct), List.of(), dp)),
        "only kept kinds are reported per kind");
  }

  private static Map<String, Integer> recallKinds(Score s) {
    Map<String, Integer> out = new java.util.HashMap<>();
    s.recallByKind().forEach((k, v) -> out.put(k, v[1]));
    return out;
  }
}
