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
            "Les tarifs vont augmenter dès janvier", "le porte-parole", "a précisé"),
        // a short quote in marks inside the clause stays in it
        Arguments.of("The minister said the province was “deeply troubled” by the ruling and would appeal it soon.",
            "en", "the province was “deeply troubled” by the ruling and would appeal it soon", "The minister", "said"),
        Arguments.of("La ministre a affirmé que la province était « très préoccupée » par ce jugement et ferait appel.",
            "fr", "la province était « très préoccupée » par ce jugement et ferait appel", "La ministre", "a affirmé"),
        // a fronted subordinate clause ends the report at its comma
        Arguments.of("Although the judge said the delay was regrettable, she refused to lift the stay.", "en",
            "the delay was regrettable", "the judge", "said"),
        // a subordinate clause opening the report, with its main clause after the comma
        Arguments.of("Okafor said when the plant closes, the town will lose its largest employer.", "en",
            "when the plant closes, the town will lose its largest employer", "Okafor", "said"),
        Arguments.of("Okafor said when the mill closes, or moves, the town will lose its employer.", "en",
            "when the mill closes, or moves, the town will lose its employer", "Okafor", "said"),
        // time and place adjuncts between the cue and the clause, with no "that"
        Arguments.of("Trudeau said Monday he was worried about the two detained engineers.", "en",
            "he was worried about the two detained engineers", "Trudeau", "said"),
        Arguments.of("The company said in a statement the recall covers three older models.", "en",
            "the recall covers three older models", "The company", "said"),
        Arguments.of("The mayor said on Tuesday the pool will reopen in the spring.", "en",
            "the pool will reopen in the spring", "The mayor", "said"),
        Arguments.of("In a statement, the company said the recall covers three older models.", "en",
            "the recall covers three older models", "the company", "said"),
        // a participle after "and", with "that"
        Arguments.of("The coach praised the goalie and added nothing, joking that the team had earned a rest.", "en",
            "the team had earned a rest", "The coach", "joking"),
        Arguments.of("The council voted against the tower, calling it too tall and adding that the site floods.", "en",
            "the site floods", "The council", "adding"),
        // an adverb in -ly between the subject and the cue
        Arguments.of("Nadia helpfully suggested that the guests leave before the storm.", "en",
            "the guests leave before the storm", "Nadia", "suggested"),
        // a message noun before "saying": its publisher, or the message itself
        Arguments.of("The embassy issued a notice Tuesday saying that travellers should avoid the border.", "en",
            "travellers should avoid the border", "The embassy", "saying"),
        Arguments.of("Ruiz denied reports by two newspapers saying the merger talks had collapsed.", "en",
            "the merger talks had collapsed", "reports by two newspapers", "saying"),
        // the progressive of a cue
        Arguments.of("Public health researchers have for years been saying that cities need more parks.", "en",
            "cities need more parks", "Public health researchers", "saying"),
        // "X, who …, said"
        Arguments.of("The mayor, who was re-elected in May, said the budget would be balanced by 2026.", "en",
            "the budget would be balanced by 2026", "The mayor", "said"),
        Arguments.of("Le ministre, qui était en visite à Gaspé, a affirmé que le quai serait réparé cet hiver.", "fr",
            "le quai serait réparé cet hiver", "Le ministre", "a affirmé"),
        Arguments.of("Le maire a fait savoir que la piscine rouvrira en juin prochain.", "fr",
            "la piscine rouvrira en juin prochain", "Le maire", "a fait savoir"),
        Arguments.of("La mairesse fait valoir que le déneigement coûte trop cher.", "fr",
            "le déneigement coûte trop cher", "La mairesse", "fait valoir"),
        // an embedded post: its text, by the name before the handle
        Arguments.of("Crews are on site and power should be back by noon. pic.twitter.com/x1 — Lakeshore Power "
            + "(@lakeshorepower) March 3, 2019", "en", "Crews are on site and power should be back by noon.",
            "Lakeshore Power", "—"),
        Arguments.of("Le pont restera fermé toute la nuit à cause du verglas. — Ville de Québec (@villedequebec) "
            + "3 mars 2019", "fr", "Le pont restera fermé toute la nuit à cause du verglas.", "Ville de Québec",
            "—"));
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
        new String[] {"Le ministre a annoncé un nouveau programme pour les aînés.", "fr"},
        // passive with an adverb, a noun object after "tells", an adjunct and no clause
        new String[] {"Investors were rudely reminded that markets can fall quickly.", "en"},
        new String[] {"The film only tells part of the story of how the town was rebuilt.", "en"},
        new String[] {"Players in red jerseys say in unison in the video.", "en"},
        new String[] {"He said when asked about the fire that he had no comment.", "en"},
        // a verb of opinion in an incise takes nothing after it: "agreed with this finding" is not an incise
        new String[] {"Director of research at the firm, Ann Roy, agreed with this finding.", "en"},
        // a link to another story and a photo caption are not the article's reporting
        new String[] {"READ MORE: Ferry fares will rise in May, the operator says", "en"},
        new String[] {"Mayor Lena Ortiz said the pool would reopen in June. (Sam Lee/The Daily Herald)", "en"},
        new String[] {"Coach Ann Roy said the video moved her to tears. Sam Lee/THE DAILY HERALD", "en"},
        new String[] {"À LIRE AUSSI: La ministre affirme que le pont sera réparé", "fr"});
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
  void anAsideInParenthesesSplitsTheClause() {
    String text = "Reid said he would race in Hawaii (his first visit since 2013) and stay a week for the final.";
    List<ReportedSpeechFinder.Reported> found = finder.find(text, "en", List.of());
    assertEquals(List.of("he would race in Hawaii", "and stay a week for the final"),
        found.stream().map(r -> text.substring(r.start(), r.end())).toList());
  }

  @Test
  void aContinuationAfterWentOn() {
    String text = "And it is the city's money, he went on, that paid for the failed dredging.";
    List<ReportedSpeechFinder.Reported> found = finder.find(text, "en", List.of());
    assertEquals(List.of("And it is the city's money", "paid for the failed dredging"),
        found.stream().map(r -> text.substring(r.start(), r.end())).toList());
    assertTrue(found.stream().allMatch(r -> text.substring(r.mentionStart(), r.mentionEnd()).equals("he")));
  }

  @Test
  void aPullQuoteNeedsItsSourceNamedElsewhere() {
    String pull = "It is a hard winter for seniors with no generator. Jane Roe, Lakeview mayor";
    String named = "Mayor Jane Roe opened the shelter on Friday.\n\n" + pull + "\n\nThe storm moved east.";
    List<ReportedSpeechFinder.Reported> found = finder.find(named, "en", List.of());
    assertEquals(1, found.size(), () -> describe(named, found));
    ReportedSpeechFinder.Reported r = found.get(0);
    assertEquals("It is a hard winter for seniors with no generator", named.substring(r.start(), r.end()));
    assertEquals("Jane Roe", named.substring(r.mentionStart(), r.mentionEnd()));
    // a name met nowhere else is a credit line, not a source
    String credit = "The shelter opened on Friday.\n\n" + pull.replace("Jane Roe, Lakeview mayor", "John Doe, Staff");
    assertTrue(finder.find(credit, "en", List.of()).isEmpty());
  }

  @Test
  void aQuoteInMarksInsideTheClauseIsKeptOnlyWhenShort() {
    String text = "Lee said the plan was “a disaster” for the region. Lee said the board was “a reckless, "
        + "unaccountable and secretive body” now.";
    List<int[]> taken = new ArrayList<>();
    for (int i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) taken.add(new int[] {i, text.indexOf('”', i) + 1});
    List<ReportedSpeechFinder.Reported> found = finder.find(text, "en", taken);
    assertEquals(List.of("the plan was “a disaster” for the region"),
        found.stream().map(r -> text.substring(r.start(), r.end())).toList());
  }

  @Test
  void spansOverlappingQuotesInMarksAreSkipped() {
    String text = "Lina Park said the fund is empty. Park added that the board had been warned months ago.";
    List<ReportedSpeechFinder.Reported> all = finder.find(text, "en", List.of());
    assertEquals(2, all.size());
    int s = text.indexOf("that the board");
    // a quote across the clause's edge removes it (one strictly inside and short may stay: see below)
    List<ReportedSpeechFinder.Reported> some = finder.find(text, "en", List.of(new int[] {s, s + 14}));
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
