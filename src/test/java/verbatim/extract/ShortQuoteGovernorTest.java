package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short quote-marked phrase that a speech verb of its clause takes as object is a partial quote of the clause's
 * subject; one with no such verb stays a label or is left out. Invented sentences.
 */
class ShortQuoteGovernorTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La syndicaliste Anne Roy a appelé à « tout revoir » lundi.                                       | tout revoir   | Anne Roy
      Le maire Paul Gagnon a promis aux commerçants un « soutien sans faille ».                        | soutien sans faille | Paul Gagnon
      Le député Marc Roy a demandé lundi « quel budget exact » serait voté.                   | quel budget exact | Marc Roy
      La ministre Julie Caron a invoqué « un oubli regrettable » devant les élus.                     | un oubli regrettable | Julie Caron
      Le maire Paul Gagnon a été accueilli par une vingtaine de commerçants qui réclamaient un « plan de sauvetage ».  | plan de sauvetage | une vingtaine de commerçants
      Les élus ont rencontré les bénévoles qui ont promis un « effort collectif » cet été.  | effort collectif | bénévoles
      """)
  void aShortObjectOfASpeechVerbIsAPartialQuote(String text, String quote, String speaker) {
    List<Quote> qs = finder.find(text, "fr");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals(Quote.Kind.PARTIAL, qs.get(0).kind(), qs.toString());
    assertEquals(quote, qs.get(0).text());
    assertEquals(speaker, qs.get(0).speaker() == null ? null : qs.get(0).speaker().name(), qs.toString());
  }

  /** No speech verb in the clause: no partial quote. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le maire Paul Gagnon a inauguré samedi la « maison verte » du quartier.
      Le maire Paul Gagnon a visité un « jardin partagé » en banlieue.
      Les « gilets verts » ont bloqué le pont, a raconté le maire Paul Gagnon.
      """)
  void noSpeechVerbOfTheClauseNoPartialQuote(String text) {
    String kinds = finder.find(text, "fr").stream().map(q -> q.kind().label()).collect(Collectors.joining(","));
    assertEquals(false, kinds.contains("partial"), text + " -> " + kinds);
  }
}
