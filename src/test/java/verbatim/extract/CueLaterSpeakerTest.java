package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invented French sentences: cue-later takes no subject that holds quote-marked words (the object of a coordinated
 * cue, «et dénoncé des « … »») or that opens on an adverb («très largement soutenu»): neither names a speaker.
 */
class CueLaterSpeakerTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @Test
  void aQuotedObjectIsNoSpeaker() {
    List<Quote> qs = finder.find("Le ministre Paul Roy a parlé. Face à la crise, le gouvernement, allié du maire, a "
        + "ordonné le retour des camions « pour protéger les gens » et dénoncé des « abus très graves » hier.", "fr");
    Quote q = qs.stream().filter(x -> x.text().equals("pour protéger les gens")).findFirst().orElseThrow();
    assertFalse(q.speaker() != null && q.speaker().name().contains("«"), qs.toString());
  }

  @Test
  void anAdverbOpensNoSpeaker() {
    String text = "« Nous sommes un mouvement pacifique », déplorait Marc Roy, retraité. « Il y a toujours des casseurs, "
        + "mais ce n'est pas représentatif » du mouvement, très largement soutenu par une majorité de gens.";
    assertEquals("Marc Roy", SieveFixture.lastQuoteSpeaker(text));
  }
}
