package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place or noun complement inside a role phrase ("de la République de Lyon") is never the speaker: the role takes
 * the name the article binds to it, or stays a role. Invented sentences; the speaker of the last quote is checked.
 */
class RolePhraseSpeakerTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Les deux hommes voulaient transmettre « un message de menace très clair », a révélé le procureur de la République de Lyon.    | procureur de la République de Lyon
      On a saisi des armes, a indiqué le procureur de la République de Lyon, Marc Dutilleul. « Les deux hommes étaient prêts à agir », a-t-il ajouté.   | Marc Dutilleul
      On a saisi des armes, a indiqué le procureur de la République de Lyon, chargé des affaires financières, Marc Dutilleul. Les deux hommes voulaient transmettre « un message de menace très clair », a révélé le procureur. | Marc Dutilleul
      """)
  void aComplementOfTheRoleIsNotTheSpeaker(String text, String speaker) {
    List<Quote> qs = finder.find(text, "fr");
    Quote last = qs.get(qs.size() - 1);
    assertEquals(speaker, last.speaker() == null ? null : last.speaker().name(), qs.toString());
  }
}
