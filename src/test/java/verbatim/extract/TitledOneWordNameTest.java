package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a one-word name (a stage name, an unlisted first name) after a lower-case title is a
 * person, so a later il/elle can stand for it, even when the bare name came first.
 */
class TitledOneWordNameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le comédien Marc Cyr a joué deux soirs. Paul Roy partira à Lyon, tandis que l'humoriste Zorbo a séduit une chaîne. « Je venais avec beaucoup d'espoir, a-t-il dit. Je reviendrai bientôt ici. » | Zorbo
      Paul Roy, Léa Tremblay et Zorbo ont joué à Paris. Paul Roy partira à Lyon, tandis que l'humoriste Zorbo a séduit une chaîne. « Je venais avec beaucoup d'espoir, a-t-il dit. Je reviendrai bientôt ici. » | Zorbo
      """)
  void aTitledOneWordNameIsAPerson(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
