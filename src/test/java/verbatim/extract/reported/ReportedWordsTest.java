package verbatim.extract.reported;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word lists under src/main/resources/reported/ load, and say what the cue rules expect of them. */
class ReportedWordsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"said, FREE", "told, FREE", "warned, CLAUSE", "added, CLAUSE", "believes, THAT", "denied, THAT",
      "urged, DIRECTIVE", "asked, DIRECTIVE"})
  void englishCuesHaveTheirTier(String verb, Tier tier) {
    assertEquals(tier, EnglishWords.EN_CUES.get(verb));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"saying, FREE", "adding, FREE", "noting, CLAUSE", "warning, CLAUSE"})
  void englishParticiplesHaveTheirTier(String participle, Tier tier) {
    assertEquals(tier, EnglishWords.EN_PARTICIPLES.get(participle));
  }

  @ParameterizedTest
  @CsvSource({"affirme", "affirment", "affirmait", "affirmé", "déplorée", "indiquèrent", "dit", "soutient",
      "reconnaît", "rétorque", "écrit", "craint"})
  void frenchCueFormsAreKnown(String form) {
    assertTrue(FrenchWords.FR_CUES.contains(form), form);
  }

  @Test
  void frenchRegularFormsAreGeneratedFromTheStem() {
    Set<String> forms = FrenchWords.cues(List.of("clam"), List.of("dit"));
    assertEquals(Set.of("clame", "clament", "clamait", "clamaient", "clama", "clamèrent", "clamé", "clamée", "clamés",
        "clamées", "dit"), forms);
  }

  @ParameterizedTest
  @CsvSource({"english.txt", "french.txt"})
  void entriesAreLowerCaseWithStraightApostrophes(String file) {
    ListFile lists = ListFile.read("reported/" + file);
    for (String name : lists.names()) {
      for (String e : lists.entries(name)) {
        assertEquals(e.toLowerCase(Locale.ROOT), e, file + " [" + name + "]");
        assertFalse(e.indexOf('’') >= 0, file + " [" + name + "] " + e);
      }
    }
  }

  @Test
  void listsAreNotEmptyAndAMissingListFails() {
    assertTrue(EnglishWords.EN_DETERMINERS.contains("the"));
    assertTrue(FrenchWords.FR_DETERMINERS.contains("la"));
    assertThrows(IllegalStateException.class, () -> ListFile.read("reported/english.txt").entries("no-such-list"));
    assertThrows(IllegalStateException.class, () -> ListFile.read("reported/no-such-file.txt"));
  }

  @ParameterizedTest
  @CsvSource({"helpfully, true", "rudely, true", "family, false", "assembly, false", "only, false", "fly, false"})
  void lyAdverbs(String word, boolean adverb) {
    assertEquals(adverb, EnglishWords.isLyAdverb(word));
  }
}
