package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: a cue verb whose subject is the relative «qui» (or a second verb coordinated after it by
 * «et») gives the noun phrase before «qui» as speaker, not the speaker of the sentence before.
 */
class RelativeCueSieveTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le ministre Paul Roy a parlé hier. La réforme vise le maire, ciblé par les slogans des grévistes, qui scandaient « Roy démission » et « Roy, rends l'argent ». | Roy, rends l'argent | des grévistes
      Le ministre Paul Roy a parlé hier. Les élus se sont abstenus, comme les écologistes, qui avaient déposé une motion et prévenu que « la dinde aux marrons » ne suffirait pas. | la dinde aux marrons | écologistes
      Le ministre Paul Roy a parlé hier. Le texte vise la mairesse Julie Caron, qui a dit qu'elle ne céderait « ni aux paresseux, ni aux cyniques » jamais. | ni aux paresseux, ni aux cyniques | Julie Caron
      """)
  void theAntecedentOfQuiSpeaks(String text, String quote, String speaker) {
    List<Quote> qs = new QuoteFinder(false).find(text, "fr");
    Quote q = qs.stream().filter(x -> x.text().equals(quote)).findFirst().orElseThrow();
    assertEquals(speaker, q.speaker() == null ? null : q.speaker().name(), qs.toString());
  }
}
