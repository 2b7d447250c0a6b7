package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Results do not depend on the default locale (Turkish dotted/dotless i, French). */
class LocaleIndependenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"fr-FR", "tr-TR"})
  void sameResultsUnderOtherDefaultLocales(String tag) {
    String en = "“It is IMPOSSIBLE to ignore this,” said Minister Ingrid Ilic. “I insist,” she ADDED.";
    String fr = "« Il faut INVESTIR ici », a-t-il INDIQUÉ, selon le ministre Ivan Irving.";
    Locale saved = Locale.getDefault();
    List<Quote> refEn, refFr;
    try {
      Locale.setDefault(Locale.ROOT);
      refEn = new QuoteFinder().find(en, "en");
      refFr = new QuoteFinder().find(fr, "fr");
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertEquals(refEn, new QuoteFinder().find(en, "en"));
      assertEquals(refFr, new QuoteFinder().find(fr, "fr"));
      assertEquals("direct", refEn.get(0).kind().label());
      assertEquals("Ingrid Ilic", refEn.get(0).speaker().name());
      assertEquals("Ingrid Ilic", refEn.get(1).speaker().name());
    } finally {
      Locale.setDefault(saved);
    }
  }
}
