package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A first name said alone as a subject is a person (news names ordinary people that way), with its gender; after a
 * determiner or a preposition the same word is a place or a thing. Invented sentences.
 */
class FirstNameAloneTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Chantal, 45 ans, est venue de Lévis avec son mari David. « Tous les mois, on finit dans le rouge », souffle cette fonctionnaire.   | Chantal
      Paul Roy est arrivé hier. Nicole, 30 ans, attend depuis l’aube. « On ne lâchera rien du tout », peste cette infirmière.              | Nicole
      Paul Roy est arrivé hier. À la gare, vers 7h00, Véronique, une aide à domicile de 54 ans, attendait son train. « Il faut être à l'heure », dit-elle. | Véronique
      Marc Roy a présenté son plan mardi. Lucien, technicien à la retraite, doute du débat. « Là-bas, il y a beaucoup de misère », relève-t-il. | Lucien
      Anne Roy vit en France depuis dix ans. « C’est une grande fierté pour moi », dit-elle.                                             | Anne Roy
      """)
  void aFirstNameAloneIsAPerson(String text, String speaker) {
    List<Quote> qs = finder.find(text, "fr");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals(speaker, qs.get(0).speaker() == null ? null : qs.get(0).speaker().name(), qs.toString());
  }
}
