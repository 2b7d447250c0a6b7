package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented sentences: "respectivement"/"respectively" before a list of speakers gives the quotes chained before the
 * cue one speaker each, in order; a list whose length is not the number of quotes is left to the other rules.
 */
class RespectivelyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le maire Paul Girard a parlé dimanche. « La ville attend des réponses », « Il faut agir vite », titraient respectivement les journaux Le Matin et La Gazette. | Matin; Gazette
      Le maire Paul Girard a parlé dimanche. « Le plan est mauvais » et « Il faut agir vite », ont déclaré respectivement Anne Morel et Jean Dupuis. | Anne Morel; Jean Dupuis
      Le maire Paul Girard a parlé dimanche. « Le plan est mauvais », « Il faut agir vite » et « Quelle honte », ont lancé respectivement Anne Morel, Jean Dupuis et la députée Lise Roy. | Anne Morel; Jean Dupuis; Lise Roy
      Le maire Paul Girard a parlé dimanche. « Le plan est mauvais », « Il faut agir vite », ont lancé respectivement Anne Morel, Jean Dupuis et la députée Lise Roy. | Anne Morel; Anne Morel
      """)
  void quotesBeforeARespectivelyListTakeItsSpeakersInOrder(String text, String speakers) {
    List<Quote> qs = new QuoteFinder(false).find(text, "fr");
    String got = qs.stream().map(q -> q.speaker() == null ? "null" : q.speaker().name())
        .collect(Collectors.joining("; "));
    assertEquals(speakers, got);
  }
}
