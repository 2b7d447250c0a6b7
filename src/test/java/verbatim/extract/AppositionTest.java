package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A description then the name it describes between commas: the speaker is the name. Invented sentences. */
class AppositionTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Nous irons jusqu’au bout », a lancé le chef du parti de la gauche unie Front Commun, Marc Lavoie, devant ses militants. | Marc Lavoie
      « Le livre restera », estime l’écrivaine et membre de l’académie qui remet le prix Fleur, Anne Dubois, dans sa préface.  | Anne Dubois
      « Rien n’est réglé », a dit le nouveau patron du parti PLQ (Parti libéral), Paul Gagnon, élu samedi.                     | Paul Gagnon
      Le porte-parole de l’association Vélo Plus, Luc Tremblay, a prédit une forte affluence, assurant qu’il y aurait « beaucoup de monde dans les rues ». | Luc Tremblay
      “We will not back down,” said the new leader of the Green Rivers Party, Ann Lee, on Monday.                               | Ann Lee
      Dans un courriel envoyé hier, Marc Lavoie, un des meneurs du collectif avait demandé de « laisser passer les camions ».     | Marc Lavoie
      Anne Dubois, une des porte-parole du syndicat, a dénoncé « un mépris total des employés ».                                 | Anne Dubois
      """)
  void theNameInAppositionSpeaks(String text, String speaker) {
    List<Quote> qs = finder.find(text, text.startsWith("“") ? "en" : "fr");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals(speaker, qs.get(0).speaker() == null ? null : qs.get(0).speaker().name(), qs.toString());
  }
}
