package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Quote-marked names, titles and scare quotes come out as kind LABEL with no speaker; quotations stay quotations. */
class LabelTest {

  private final QuoteFinder finder = new QuoteFinder(false);

  /** language, invented text, expected "kind: text" items joined by " || ". */
  static Stream<Arguments> cases() {
    return Stream.of(
        // A movement's name after a determiner, used twice: a label each time.
        Arguments.of("fr", "Les «gilets verts» ont bloqué le pont. Deux «gilets verts» ont été interpellés.",
            "label: gilets verts || label: gilets verts"),
        // An elided article before the guillemets.
        Arguments.of("fr", "Le syndicat dénonce l’«opération escargot» menée par la direction.",
            "label: opération escargot"),
        // A title after a verb of naming.
        Arguments.of("fr", "Elle publie un roman intitulé «Les Saisons froides» chez un petit éditeur.",
            "label: Les Saisons froides"),
        Arguments.of("en", "The council launched the so-called “green corridor” last spring.", "label: green corridor"),
        Arguments.of("en", "He wrote a pamphlet titled “Roads for Everyone” in 1998.", "label: Roads for Everyone"),
        // The word itself (metalinguistic use).
        Arguments.of("en", "Nobody in the village uses the word “sidewalk” anymore.", "label: sidewalk"),
        // One- and two-word scare quotes with nobody said to have said them.
        Arguments.of("fr", "Ces travaux « temporaires » durent depuis six ans.", "label: temporaires"),
        Arguments.of("en", "The “temporary” shelter has now stood for a decade.", "label: temporary"),
        // A short unattributed span that opens a clause is a fragment of someone's words, not a name: left out.
        Arguments.of("fr", "Sur la place, on réclame « qu’ils partent » depuis des semaines.", ""),
        Arguments.of("en", "Neighbours only want “to sleep again” after months of works.", ""),
        // A short exclamation nobody is said to have said is not a label either.
        Arguments.of("en", "Posters across town read “Stop now!” last week.", ""),
        // A quote-marked span is a quotation, not a label, however short, when a speech verb gives it a speaker.
        Arguments.of("fr", "Le maire Paul Morin a qualifié le projet de « gaspillage pur » mardi, a-t-il dit.",
            "partial: gaspillage pur"),
        Arguments.of("en", "“We will rebuild the bridge,” said Mayor Linda Hoskins.", "direct: We will rebuild the bridge"),
        // A one-word quote with a cue is speech, which we do not keep, not a name.
        Arguments.of("en", "“Never,” said Mayor Linda Hoskins.", ""),
        // After an indefinite article, a cue makes the phrase someone's characterisation.
        Arguments.of("fr", "Le procureur Marc Roy a précisé qu’il avait eu une «attitude hostile» à l’audience.",
            "partial: attitude hostile"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void labelsAreKeptApartFromQuotes(String language, String text, String expected) {
    List<Quote> quotes = finder.find(text, language);
    String actual = quotes.stream().map(q -> q.kind().label() + ": " + q.text()).collect(Collectors.joining(" || "));
    assertEquals(expected, actual, text);
    for (Quote q : quotes) {
      if (q.kind() != Quote.Kind.LABEL) continue;
      assertNull(q.speaker(), "a label has no speaker: " + q.text());
      assertNull(q.sieve(), "a label has no sieve: " + q.text());
      assertNull(q.cue(), "a label has no cue: " + q.text());
      assertEquals(text.substring(q.start(), q.end()), q.text());
    }
  }

  /** word before the guillemets, whether it makes the quoted phrase a noun phrase. */
  static Stream<Arguments> words() {
    return Stream.of(Arguments.of("les", true), Arguments.of("the", true), Arguments.of("so-called", true),
        Arguments.of("intitulé", true), Arguments.of("dubbed", true), Arguments.of("une", true),
        Arguments.of("said", false), Arguments.of("a", false), Arguments.of("déclaré", false));
  }

  @ParameterizedTest
  @MethodSource("marks")
  void aSpanHoldingAQuoteMarkIsNoLabel(String body, boolean holds) {
    assertEquals(holds, LabelJudge.holdsQuoteMark(body), body);
  }

  static Stream<Arguments> marks() {
    return Stream.of(Arguments.of("word « mot", true), Arguments.of("gilets jaunes", false),
        Arguments.of("l’acte II", false));
  }

  @ParameterizedTest
  @MethodSource("words")
  void namingWords(String word, boolean names) {
    assertEquals(names, LabelJudge.namesNext(word), word);
  }
}
