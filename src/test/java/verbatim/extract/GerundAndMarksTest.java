package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented French sentences: a gerund after a comma, complex prepositions, and a guillemet typed the wrong way. */
class GerundAndMarksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « C'est un record », a ajouté M. Roy au cours d'une conférence de presse, en déplorant une « violence inédite ». | Roy
      La mairesse Léa Roy a parlé lors d'un point de presse, en saluant une « mobilisation exemplaire ».                 | Léa Roy
      """)
  void aGerundAfterACommaSharesTheClauseSubjectNotAComplement(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }

  @Test
  void aSecondOpenerFollowedByAThirdClosesTheFirst() {
    String text = "Il dénonce une « violence inédite « contre les agents avec « des jets de pierres ».";
    List<String> bodies = new QuoteMarkScanner().scan(text).stream()
        .map(s -> text.substring(s.start(), s.end())).toList();
    assertEquals(List.of("violence inédite", "des jets de pierres"), bodies);
  }

  @Test
  void aLoneStrayOpenerIsStillSkipped() {
    String text = "Il dénonce une « violence inédite contre les agents avec « des jets de pierres ».";
    List<String> bodies = new QuoteMarkScanner().scan(text).stream()
        .map(s -> text.substring(s.start(), s.end())).toList();
    assertEquals(List.of("des jets de pierres"), bodies);
  }
}
