package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French inverts the subject of a reporting clause set after a quote, whatever its verb: the verb, an optional short
 * complement, then the subject. Invented sentences.
 */
class FrenchInciseTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Nous ne lâcherons rien sur les salaires », peste Julie Tremblay.                        | Julie Tremblay
      « Le chantier reprendra dès lundi matin », a twitté le maire, Paul Gagnon.                  | Paul Gagnon
      « Les loyers ont doublé en dix ans », explique à la radio Marc Lavoie, économiste.         | Marc Lavoie
      « Cette route est dangereuse pour les enfants », souffle une voisine inquiète.              | une voisine
      « Le problème reste entier ce matin », a-t-il soupiré après la réunion.                     | -
      """)
  void readsTheInvertedSubjectOfAnyReportingVerb(String text, String speaker) {
    List<Quote> qs = finder.find("Pierre Roy est arrivé tôt. " + text, "fr");
    assertEquals(1, qs.size(), qs.toString());
    Quote q = qs.get(0);
    if (speaker.equals("-")) {
      assertNotNull(q.speaker(), "the clitic points back to Pierre Roy");
      assertEquals("Pierre Roy", q.speaker().name());
    } else {
      assertNotNull(q.speaker(), qs.toString());
      assertEquals(speaker, q.speaker().name());
    }
    assertNotNull(q.sieve());
  }

  @org.junit.jupiter.api.Test
  void aRoleDescriptionIsThePersonTheArticleTiedItTo() {
    String text = "Le premier ministre Jean Dubois a parlé. « Ça suffit ! », s’est exclamé le ministre de l’Intérieur "
        + "Paul Roy, à propos des routes bloquées. « Nous avons commencé la semaine dernière », a ajouté le ministre. "
        + "« On ne peut pas continuer à paralyser l’économie du pays », a plaidé le ministre de l’Intérieur.";
    List<Quote> qs = finder.find(text, "fr");
    assertEquals(3, qs.size(), qs.toString());
    for (Quote q : qs) assertEquals("Paul Roy", q.speaker() == null ? null : q.speaker().name(), q.toString());
  }
}
