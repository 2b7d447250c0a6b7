package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a short quote a speech verb takes as object belongs to the noun phrase right before
 * that verb when a fronted complement hides it from the sentence start, and before a cue of a later clause of the
 * sentence (cue-later); a verb right after a comma is inverted (its
 * subject follows it), so the short quote after its subject's apposition is no object of it.
 */
class GovernorSubjectTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Face à la violence des heurts, deux élus du parti vert ont réclamé « une pause » dans l'évacuation.   | une pause   | deux élus du parti vert
      Malgré la fatigue et la pluie, la porte-parole Julie Caron a réclamé « un sursis » pour les familles. | un sursis   | Julie Caron
      Le ministre Paul Roy a parlé hier. Face à la violence, deux élus du parti vert ont réclamé « une pause » dans l’évacuation du camp, mais la première ministre Julie Caron a déclaré que « les opérations vont continuer ». | une pause | deux élus du parti vert
      """)
  void theSubjectBeforeTheVerbSpeaks(String text, String quote, String speaker) {
    List<Quote> qs = finder.find(text, "fr");
    Quote q = qs.stream().filter(x -> x.text().equals(quote)).findFirst().orElseThrow();
    assertEquals(Quote.Kind.PARTIAL, q.kind(), qs.toString());
    assertEquals(speaker, q.speaker() == null ? null : q.speaker().name(), qs.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Je suis venu pour mon fils et pour ma mère », a déclaré à la radio Marc, un « gilet vert » du village.
      """)
  void anInvertedVerbGovernsNoLaterPhrase(String text) {
    String kinds = finder.find(text, "fr").stream().filter(q -> q.text().equals("gilet vert"))
        .map(q -> q.kind().label()).collect(Collectors.joining(","));
    assertFalse(kinds.contains("partial"), text + " -> " + kinds);
  }
}
