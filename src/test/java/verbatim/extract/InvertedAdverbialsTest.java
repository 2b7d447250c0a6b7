package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An adverbial locution between an inverted reporting verb and its subject is skipped. Invented sentences. */
class InvertedAdverbialsTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « La décision est courageuse et nécessaire », a estimé pour sa part Julie Tremblay, cheffe du parti.   | Julie Tremblay
      « Le bilan reste très positif pour la ville », a commenté un peu plus tard la mairie de Granby.     | mairie de Granby
      « Nous ne reculerons pas sur ce dossier », a répondu de son côté Marc Lavoie.                       | Marc Lavoie
      « Il faut agir avant l’hiver prochain », a ajouté à son tour Anne Dubois, à la sortie de la réunion.  | Anne Dubois
      « Le projet avance comme prévu cette année », a indiqué à la radio quant à lui Paul Gagnon.         | Paul Gagnon
      """)
  void skipsTheLocutionBeforeTheInvertedSubject(String text, String speaker) {
    List<Quote> qs = finder.find(text, "fr");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals(speaker, qs.get(0).speaker() == null ? null : qs.get(0).speaker().name(), qs.toString());
  }
}
