package verbatim.extract.reported;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each French part alone, on invented sentences: the mention before a cue, the cue verb with "que" or an inverted
 * subject, the inverted pronoun cue, "selon". Expected pieces read "clause | mention | cue".
 */
class FrenchPartsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "Le ministre a affirmé que le projet avance. | affirmé | Le ministre",
      "Marie Roy, porte-parole de la ville, a indiqué que le parc rouvrira. | indiqué | Marie Roy",
      "Elle a indiqué que rien n'était décidé. | indiqué | Elle",
      "Il ne pense pas que la grève durera. | pense | null"})
  void mentionBeforeTheCue(String text, String cue, String mention) {
    Sentence s = Parts.sentence(text, true);
    assertEquals(mention, Parts.words(s.tk, new FrenchMentions(s).mentionBefore(Parts.token(s.tk, cue))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le ministre a affirmé que le projet serait terminé en mai. | affirmé | le projet serait terminé en mai | Le ministre | a affirmé",
      "Le projet sera terminé en mai, estime Jean Tremblay. | estime | Le projet sera terminé en mai | Jean Tremblay | estime",
      "La mairesse estime que la ville doit agir vite. | estime | la ville doit agir vite | La mairesse | estime",
      "Le ministre a affirmé son soutien aux familles. | affirmé | - | - | -"})
  void cueVerb(String text, String cue, String clause, String mention, String cueText) {
    Sentence s = Parts.sentence(text, true);
    FrenchMentions mentions = new FrenchMentions(s);
    new FrenchCue(s, mentions, new FrenchIncise(s)).read(Parts.token(s.tk, cue), s.contentEnd());
    List<String> expected = clause.equals("-") ? List.of() : List.of(clause + " | " + mention + " | " + cueText);
    assertEquals(expected, Parts.describe(text, s.out));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le projet avance bien, indique-t-il. | indique-t-il | 1 | Le projet avance bien | il",
      "Le chantier a pris du retard, a-t-elle précisé. | a-t-elle | 2 | Le chantier a pris du retard | elle"})
  void invertedPronounCue(String text, String verb, int cueWords, String clause, String pronoun) {
    Sentence s = Parts.sentence(text, true);
    int i = Parts.token(s.tk, verb);
    int[] chars = {s.tk.end[i] - pronoun.length(), s.tk.end[i]};
    new FrenchIncise(s).read(i, i + cueWords, s.contentEnd(), chars);
    String cue = s.tk.text.substring(s.tk.start[i], s.tk.end[i + cueWords - 1]);
    assertEquals(List.of(clause + " | " + pronoun + " | " + cue), Parts.describe(text, s.out));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Selon la police, trois personnes ont été blessées. | trois personnes ont été blessées | la police | Selon",
      "Trois personnes ont été blessées, selon la police. | Trois personnes ont été blessées | la police | selon",
      "Selon que la pluie tombe ou non, le match aura lieu. | - | - | -"})
  void selon(String text, String clause, String mention, String cue) {
    Sentence s = Parts.sentence(text, true);
    int i = Parts.token(s.tk, "selon");
    new Selon(s).read(i, i + 1, s.contentEnd());
    List<String> expected = clause.equals("-") ? List.of() : List.of(clause + " | " + mention + " | " + cue);
    assertEquals(expected, Parts.describe(text, s.out));
  }
}
