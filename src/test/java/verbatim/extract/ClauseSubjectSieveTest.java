package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A partial quote is the words of its clause's subject, whatever the verb. Invented sentences. */
class ClauseSubjectSieveTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La ministre Anne Roy a qualifié la réforme de « recul historique pour les locataires ».             | Anne Roy
      Dans un communiqué, le maire Paul Gagnon a chiffré les dégâts à « plusieurs millions de dollars ».  | Paul Gagnon
      Empêtré dans la crise, le député Marc Roy a promis « une réponse rapide et ferme aux citoyens ».    | Marc Roy
      """)
  void givesAPartialQuoteToTheSubjectOfItsClause(String text, String speaker) {
    List<Quote> qs = finder.find(text, "fr");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals(speaker, qs.get(0).speaker() == null ? null : qs.get(0).speaker().name(), qs.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Empêtré dans la crise, il faut « une réponse rapide et ferme aux citoyens » selon plusieurs observateurs.
      """)
  void neverTakesAFrontedParticipleForASubject(String text) {
    for (Quote q : finder.find(text, "fr")) {
      assertEquals(false, q.speaker() != null && q.speaker().name().startsWith("Empêtré"), qs(q));
    }
  }

  private static String qs(Quote q) {
    return q.toString();
  }
}
