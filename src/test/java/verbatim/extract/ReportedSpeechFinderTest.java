package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven cases written for these tests (no article text): each cue position, in English and French. */
class ReportedSpeechFinderTest {
  private final ReportedSpeechFinder finder = new ReportedSpeechFinder();

  /** text, language, expected reported clause, expected mention, expected cue. */
  static Stream<Arguments> positives() {
    return Stream.of(
        Arguments.of("The mayor said the new bridge would open in the spring.", "en",
            "the new bridge would open in the spring", "The mayor", "said"),
        Arguments.of("Ms. Okafor said that the clinic will hire ten nurses next year.", "en",
            "the clinic will hire ten nurses next year", "Ms. Okafor", "said"),
        Arguments.of("The agency told reporters it had never studied the tunnel.", "en",
            "it had never studied the tunnel", "The agency", "told"),
        Arguments.of("Dupuis told the City Council on Monday that the budget was balanced.", "en",
            "the budget was balanced", "Dupuis", "told"),
        Arguments.of("Officials say the water is safe to drink again.", "en",
            "the water is safe to drink again", "Officials", "say"),
        Arguments.of("The ferry will stop running at midnight, the company said.", "en",
            "The ferry will stop running at midnight", "the company", "said"),
        Arguments.of("The ferry will stop running at midnight, said Paula Greene.", "en",
            "The ferry will stop running at midnight", "Paula Greene", "said"),
        Arguments.of("Three schools will close for the week, he said in a statement.", "en",
            "Three schools will close for the week", "he", "said"),
        Arguments.of("According to the coroner, the driver died instantly at the scene.", "en",
            "the driver died instantly at the scene", "the coroner", "according to"),
        Arguments.of("Rents rose nine per cent last year, according to the housing board.", "en",
            "Rents rose nine per cent last year", "the housing board", "according to"),
        Arguments.of("The union warned that a strike could begin within days.", "en",
            "a strike could begin within days", "The union", "warned"),
        Arguments.of("She has also insisted the report is accurate and complete.", "en",
            "the report is accurate and complete", "She", "insisted"),
        Arguments.of("Tom Reyes, the club's treasurer, said the roof needs urgent repairs.", "en",
            "the roof needs urgent repairs", "Tom Reyes", "said"),
        Arguments.of("The airline cancelled forty flights, saying the storm made landings unsafe.", "en",
            "the storm made landings unsafe", "The airline", "saying"),
        Arguments.of("Le ministre a affirmé que le projet serait terminé en mai.", "fr",
            "le projet serait terminé en mai", "Le ministre", "a affirmé"),
        Arguments.of("Marie Lavoie estime que la ville doit agir rapidement.", "fr",
            "la ville doit agir rapidement", "Marie Lavoie", "estime"),
        Arguments.of("Elle a indiqué jeudi qu’aucune décision n’avait été prise.", "fr",
            "aucune décision n’avait été prise", "Elle", "a indiqué"),
        Arguments.of("Selon la police, trois personnes ont été blessées hier soir.", "fr",
            "trois personnes ont été blessées hier soir", "la police", "Selon"),
        Arguments.of("D’après le syndicat, la grève pourrait durer plusieurs semaines.", "fr",
            "la grève pourrait durer plusieurs semaines", "le syndicat", "D’après"),
        Arguments.of("Les travaux dureront deux ans, selon la direction régionale.", "fr",
            "Les travaux dureront deux ans", "la direction régionale", "selon"),
        Arguments.of("Le pont sera fermé tout l’hiver, a-t-il indiqué.", "fr",
            "Le pont sera fermé tout l’hiver", "il", "a-t-il indiqué"),
        Arguments.of("Le pont sera fermé tout l’hiver, précise-t-elle.", "fr",
            "Le pont sera fermé tout l’hiver", "elle", "précise-t-elle"),
        Arguments.of("Les tarifs vont augmenter dès janvier, a précisé le porte-parole.", "fr",
            "Les tarifs vont augmenter dès janvier", "le porte-parole", "a précisé"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void findsTheClauseTheMentionAndTheCue(String text, String language, String clause, String mention, String cue) {
    List<ReportedSpeechFinder.Reported> found = finder.find(text, language, List.of());
    assertEquals(1, found.size(), () -> "one report expected in: " + text + " got " + describe(text, found));
    ReportedSpeechFinder.Reported r = found.get(0);
    assertEquals(clause, text.substring(r.start(), r.end()));
    assertEquals(mention, r.mentionStart() < 0 ? null : text.substring(r.mentionStart(), r.mentionEnd()));
    assertEquals(cue, r.cue());
  }

  static Stream<String[]> negatives() {
    return Stream.of(
        new String[] {"The so-called reform was announced on Friday by the minister.", "en"},
        new String[] {"The said company was sold to a rival last week for ten dollars.", "en"},
        new String[] {"As he said, the committee meets again in March.", "en"},
        new String[] {"He did not say whether the plant would close next year.", "en"},
        new String[] {"Did the minister say the hospital would be rebuilt soon?", "en"},
        new String[] {"She is said to be the best candidate for the job.", "en"},
        new String[] {"He would say the same thing about any other team.", "en"},
        new String[] {"The council will have the final say on the new zoning rules.", "en"},
        new String[] {"“We will rebuild the arena,” the mayor told the council on Tuesday.", "en"},
        new String[] {"The rebels claimed responsibility for the attack on the convoy.", "en"},
        new String[] {"What the premier said about the deficit surprised many economists.", "en"},
        new String[] {"The United States announced new tariffs on steel imports.", "en"},
        new String[] {"Il n’a pas dit que le projet serait abandonné cette année.", "fr"},
        new String[] {"Ce que le ministre a dit que personne ne croyait a fait rire la salle.", "fr"},
        new String[] {"Le prix varie selon les cas et selon la saison touristique.", "fr"},
        new String[] {"Le ministre a annoncé un nouveau programme pour les aînés.", "fr"});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void doesNotFireOn(String text, String language) {
    List<ReportedSpeechFinder.Reported> found = finder.find(text, language, List.of());
    assertTrue(found.isEmpty(), () -> "no report expected in: " + text + " got " + describe(text, found));
  }

  @Test
  void twoPiecesAroundAnIncise() {
    String text = "The harbour is on the province's watch, Reid said, that the dredging has failed twice.";
    List<ReportedSpeechFinder.Reported> found = finder.find(text, "en", List.of());
    assertEquals(List.of("The harbour is on the province's watch", "the dredging has failed twice"),
        found.stream().map(r -> text.substring(r.start(), r.end())).toList());
    assertTrue(found.stream().allMatch(r -> text.substring(r.mentionStart(), r.mentionEnd()).equals("Reid")));
  }

  @Test
  void spansOverlappingQuotesInMarksAreSkipped() {
    String text = "Lina Park said the fund is empty. Park added that the board had been warned months ago.";
    List<ReportedSpeechFinder.Reported> all = finder.find(text, "en", List.of());
    assertEquals(2, all.size());
    int s = text.indexOf("the board");
    List<ReportedSpeechFinder.Reported> some = finder.find(text, "en", List.of(new int[] {s, s + 9}));
    assertEquals(1, some.size());
    assertEquals("the fund is empty", text.substring(some.get(0).start(), some.get(0).end()));
  }

  @Test
  void quotedWordsAreNotReportedSpeech() {
    String text = "“Then he said the plan was dead and we all went home,” Nadia recalled.";
    assertTrue(finder.find(text, "en", List.of()).isEmpty());
  }

  @Test
  void independentOfTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    String en = "ISTANBUL OFFICIALS SAID the bridge is closed. Inspectors said it is unsafe for trucks.";
    String fr = "Selon l’INSPECTEUR, la structure est fissurée de part en part.";
    try {
      List<List<ReportedSpeechFinder.Reported>> results = new ArrayList<>();
      for (Locale l : List.of(Locale.ROOT, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("fr-FR"))) {
        Locale.setDefault(l);
        List<ReportedSpeechFinder.Reported> r = new ArrayList<>(finder.find(en, "en", List.of()));
        r.addAll(finder.find(fr, "fr", List.of()));
        results.add(r);
      }
      assertEquals(results.get(0), results.get(1));
      assertEquals(results.get(0), results.get(2));
      assertEquals(2, results.get(0).size(), "one report in each language");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void badInputIsRejectedAndEdgeInputIsHarmless() {
    assertThrows(IllegalArgumentException.class, () -> finder.find(null, "en", List.of()));
    assertThrows(IllegalArgumentException.class, () -> finder.find("x", "en", List.of(new int[] {5, 2})));
    assertTrue(finder.find("", "en", List.of()).isEmpty());
    assertTrue(finder.find("said", "en", null).isEmpty());
    assertTrue(finder.find(", said , , that .", "en", List.of()).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new ReportedSpeechFinder.Reported(5, 5, "said", -1, -1));
  }

  @Test
  void linearOnLongRepetitiveInput() {
    // many cues and no sentence ends: must finish and stay bounded (behaviour, not time, is asserted)
    String text = "he said ".repeat(20_000) + "the end";
    List<ReportedSpeechFinder.Reported> found = finder.find(text, "en", List.of());
    assertTrue(found.size() <= 1);
  }

  private static String describe(String text, List<ReportedSpeechFinder.Reported> found) {
    return found.stream().map(r -> "[" + text.substring(r.start(), r.end()) + "|" + r.cue() + "|"
        + (r.mentionStart() < 0 ? "-" : text.substring(r.mentionStart(), r.mentionEnd())) + "]").toList().toString();
  }
}
