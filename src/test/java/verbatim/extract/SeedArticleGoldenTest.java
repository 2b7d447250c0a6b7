package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The project's first article: all 12 quotes in quote marks, their kinds and speakers, and no other quote in
 * marks (reported speech, kind indirect, is not part of this gold); the two fragments quoted inside a reported
 * clause are found as that indirect quote, with the same speaker.
 */
class SeedArticleGoldenTest {

  private static final String[][] EXPECTED = {
      {"strongly recommends", "partial", "National Assembly"},
      {"There is a propaganda TikTok", "direct", "owner of the Clan Panneton"},
      {"As a preventive measure, due to cybersecurity issues related to the use of the TikTok application, the "
          + "National Assembly of Quebec no longer allows its administrative staff to install this application on "
          + "National Assembly devices or to use these to use the application", "direct", "Quebec Parliament"},
      {"This measure aims to prevent risks to the security of institutional information. In the same preventive "
          + "approach, the National Assembly strongly recommends that deputies and their staff act in this way",
          "direct", "National Assembly"},
      {"It’s really preventive", "direct", "Éric Caire"},
      {"no reason, no evidence, no case that leads us to believe that we have been leaked", "partial", "Éric Caire"},
      {"is a gateway", "partial", "Éric Caire"},
      {"It’s an unlocked door, hidden in the basement that you can’t watch", "direct", "Éric Caire"},
      {"It’s up to the citizen to assess whether he thinks it applies to him", "direct", "Éric Caire"},
      {"potential for mental health problems", "partial", "Paul St-Pierre Plamondon"},
      {"ask questions", "partial", "Paul St-Pierre Plamondon"},
      {"We are going to follow suit", "direct", "Paul St-Pierre Plamondon"},
  };

  /** The two fragments quoted inside a reported clause: in English that clause, fragment included, stands for them. */
  private static final Set<String> IN_CLAUSE = Set.of("is a gateway", "ask questions");

  @Test
  void allTwelveQuotesWithTheirSpeakers() throws Exception {
    Path file = Path.of("corpus/tiktok-national-assembly.txt");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Quote> all = new QuoteFinder().find(text, "en");
    List<Quote> quotes = all.stream()
        .filter(q -> q.kind() != Quote.Kind.INDIRECT && q.kind() != Quote.Kind.LABEL)
        .toList();
    assertEquals(EXPECTED.length - IN_CLAUSE.size(), quotes.size(), () -> "quotes found: " + quotes);
    int i = 0;
    for (String[] expected : EXPECTED) {
      if (IN_CLAUSE.contains(expected[0])) {
        Quote clause = all.stream().filter(q -> q.kind() == Quote.Kind.INDIRECT && q.text().contains(expected[0]))
            .findFirst().orElseThrow(() -> new AssertionError("no clause holds " + expected[0]));
        assertEquals(expected[2], clause.speaker().name(), "speaker of " + clause.text());
        continue;
      }
      Quote q = quotes.get(i++);
      assertEquals(expected[0], q.text(), "quote " + i);
      assertEquals(q.text(), text.substring(q.start(), q.end()));
      assertEquals(expected[1], q.kind().label(), "kind of " + q.text());
      assertNotNull(q.speaker(), "speaker of " + q.text());
      assertEquals(expected[2], q.speaker().name(), "speaker of " + q.text());
      assertEquals("en", q.language());
    }
    assertEquals("Minister of Cybersecurity and Digital", quotes.get(4).speaker().role());
    assertEquals("PQ leader", quotes.get(9).speaker().role());
    assertEquals("adds", quotes.get(3).cue());
  }
}
