package verbatim.extract.reported;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each English part alone, on invented sentences: the mention before a cue, the incise, the cue with its clause
 * after it, the participle, "according to". Expected pieces read "clause | mention | cue".
 */
class EnglishPartsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "The mayor said the bridge would open. | said | The mayor",
      "Ms. Okafor has also said the clinic will hire nurses. | said | Ms. Okafor",
      "Ken Njoroge, chief executive of the firm, said prices would rise. | said | Ken Njoroge",
      "His lawyers, Ann Roy and Ed Lee, said the case was weak. | said | Ann Roy and Ed Lee",
      "Paula Greene, who runs the shelter, said beds were full. | said | Paula Greene",
      "Critics did not say the plan failed. | say | null",
      "The mayor's claims were false. | claims | null"})
  void mentionBeforeTheCue(String text, String cue, String mention) {
    Sentence s = Parts.sentence(text, false);
    assertEquals(mention, Parts.words(s.tk, new EnglishMentions(s).mentionBefore(Parts.token(s.tk, cue))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "The airline cancelled forty flights, saying the storm made landings unsafe. | saying | The airline",
      "Officials met on Friday, saying little. | saying | Officials",
      "He left early, saying nothing. | saying | He"})
  void sentenceSubject(String text, String cue, String subject) {
    Sentence s = Parts.sentence(text, false);
    assertEquals(subject, Parts.words(s.tk, new EnglishMentions(s).sentenceSubject(Parts.token(s.tk, cue))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The ferry will stop at midnight, the company said. | said | The ferry will stop at midnight | the company",
      "The ferry will stop at midnight, said Paula Greene. | said | The ferry will stop at midnight | Paula Greene",
      "Three schools will close for the week, he said in a statement. | said | Three schools will close for the week | he",
      "The mayor said the bridge would open. | said | - | -"})
  void incise(String text, String cue, String clause, String mention) {
    Sentence s = Parts.sentence(text, false);
    int i = Parts.token(s.tk, cue);
    Mention subject = new EnglishIncise(s, new EnglishMentions(s)).read(i, i + 1, s.contentEnd());
    List<String> expected = clause.equals("-") ? List.of() : List.of(clause + " | " + mention + " | " + cue);
    assertEquals(expected, Parts.describe(text, s.out));
    assertEquals(mention.equals("-") ? null : mention, Parts.words(s.tk, subject));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Dupuis told the City Council on Monday that the budget was balanced. | told | FREE | the budget was balanced | Dupuis",
      "She has also insisted the report is accurate. | insisted | FREE | the report is accurate | She",
      "BC Hydro urged residents to conserve water overnight. | urged | DIRECTIVE | to conserve water overnight | BC Hydro",
      "The mayor said Monday he would run again. | said | FREE | he would run again | The mayor",
      "The union warned residents about the ice. | warned | CLAUSE | - | -",
      "He told stories about the war. | told | FREE | - | -",
      "Analysts believe prices will fall. | believe | THAT | - | -"})
  void cueWithItsClauseAfter(String text, String cue, Tier tier, String clause, String mention) {
    Sentence s = Parts.sentence(text, false);
    new EnglishForward(s, new EnglishMentions(s)).read(Parts.token(s.tk, cue), tier, s.contentEnd(), null);
    List<String> expected = clause.equals("-") ? List.of() : List.of(clause + " | " + mention + " | " + cue);
    assertEquals(expected, Parts.describe(text, s.out));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The airline cancelled forty flights, saying the storm made landings unsafe. | the storm made landings unsafe | The airline",
      "The city published a notice Tuesday saying the water is safe. | the water is safe | The city"})
  void participle(String text, String clause, String mention) {
    Sentence s = Parts.sentence(text, false);
    EnglishParticiple p = new EnglishParticiple(s, new EnglishMentions(s));
    int i = Parts.token(s.tk, "saying");
    if (s.tk.comma(i - 1)) p.read(i, Tier.FREE, s.contentEnd(), null);
    else p.messageSaying(i, s.contentEnd());
    assertEquals(List.of(clause + " | " + mention + " | saying"), Parts.describe(text, s.out));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "According to the coroner, the driver died instantly. | the driver died instantly | the coroner",
      "Rents rose nine per cent, according to the housing board. | Rents rose nine per cent | the housing board"})
  void accordingTo(String text, String clause, String mention) {
    Sentence s = Parts.sentence(text, false);
    new AccordingTo(s).read(Parts.token(s.tk, "according"), s.contentEnd());
    assertEquals(List.of(clause + " | " + mention + " | according to"), Parts.describe(text, s.out));
  }
}
