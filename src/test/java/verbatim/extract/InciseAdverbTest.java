package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: an incise inside the guillemets may set an adverb between its inverted verb and its
 * subject («, disait pourtant Julie.») and may end on a participle phrase of the subject («, ajoutait cette infirmière
 * venue de Laval.»); the quote is still cut in two around it, both halves to that speaker.
 */
class InciseAdverbTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Paul Roy était là. « Nous, on est fatigués, disait pourtant Julie Caron. Les partis, on s'en moque ! »          | Nous, on est fatigués           | Julie Caron
      Paul Roy était là. « Moi, je viens pour mes fils, ajoutait encore Julie Caron. C'est pour eux que je lutte. »   | Moi, je viens pour mes fils     | Julie Caron
      Paul Roy était là. « Moi, je viens pour mes fils, ajoutait Julie Caron venue elle aussi de Laval. C'est pour eux. » | Moi, je viens pour mes fils | Julie Caron
      """)
  void inciseWithAdverbOrParticipleSplits(String text, String firstHalf, String speaker) {
    List<Quote> qs = new QuoteFinder(false).find(text, "fr");
    Quote first = qs.get(qs.size() - 2);
    assertEquals(firstHalf, first.text());
    // The resolver keeps the full stop after a name inside guillemets ("Julie Caron."), which the scorer ignores.
    assertEquals(speaker, bare(first.speaker() == null ? null : first.speaker().name()));
    assertEquals(speaker, bare(SieveFixture.lastQuoteSpeaker(text)));
  }

  private static String bare(String name) {
    return name != null && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le maire Paul Roy a parlé longtemps. « Nous verrons bien », a-t-il dit. Ginette est venue ensuite. « C'est beaucoup trop dur pour nous », dit-elle. | Ginette
      Le maire Paul Roy a parlé longtemps. « Nous verrons bien », a-t-il dit. Huguette est venue ensuite. « C'est beaucoup trop dur pour nous », dit-elle. | Huguette
      """)
  void commonFrenchFirstNamesOfWomenTakeElle(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
