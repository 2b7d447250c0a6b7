package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import verbatim.extract.base.WordList;

/** Each data file under lexicon/: loaded, non-empty, lower-case with ' for ’, no entry twice, the expected words. */
class LexiconTest {

  /** list name, words it must hold (English and French where the list has both). */
  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("honorifics", List.of("mr", "dr", "mme", "mlle")),
        Arguments.of("honorifics-male", List.of("mr", "m")),
        Arguments.of("honorifics-female", List.of("mrs", "mme")),
        Arguments.of("role-nouns", List.of("minister", "spokesperson", "ministre", "porte-parole")),
        Arguments.of("org-words", List.of("parliament", "university", "assemblée", "syndicat")),
        Arguments.of("place-words", List.of("river", "stadium", "lac", "comté")),
        Arguments.of("document-nouns", List.of("report", "statement", "rapport", "communiqué")),
        Arguments.of("pronouns-male", List.of("he", "il")),
        Arguments.of("pronouns-female", List.of("she", "elle")),
        Arguments.of("pronouns-neutral", List.of("they", "nous")),
        Arguments.of("pronouns", List.of("he", "she", "il", "elle")),
        Arguments.of("not-name-start", List.of("the", "monday", "january", "le", "lundi", "janvier", "qu'")),
        Arguments.of("name-particles", List.of("van", "von", "de", "d'")),
        Arguments.of("fillers", List.of("also", "later", "également", "d'ailleurs")),
        Arguments.of("prep-cues", List.of("according", "selon", "d'après")),
        Arguments.of("speech-nouns", List.of("statement", "tweet", "déclaration", "entrevue")),
        Arguments.of("first-names-female", List.of("mary", "sarah", "marie", "geneviève")),
        Arguments.of("first-names-male", List.of("john", "peter", "jean", "françois")),
        Arguments.of("roles-female", List.of("spokeswoman", "présidente")),
        Arguments.of("roles-male", List.of("spokesman", "président")),
        Arguments.of("cues-en", List.of("said", "says", "saying", "told", "added", "according")),
        Arguments.of("cues-fr", List.of("dit", "déclare", "note-t-il", "affirmé", "selon")),
        Arguments.of("elisions", List.of("l", "qu", "jusqu")),
        Arguments.of("abbreviations", List.of("mr", "mme", "me", "st")),
        Arguments.of("abbreviations-before-number", List.of("no", "jan", "sept")),
        Arguments.of("media", List.of("journal", "micro", "afp", "newspaper")),
        Arguments.of("place-nouns", List.of("banlieue", "ministère", "embassy")),
        Arguments.of("institution-nouns", List.of("présidence", "opposition", "prosecution")));
  }

  @ParameterizedTest
  @MethodSource("lists")
  void listIsLoadedLowerCaseWithoutRepeats(String name, List<String> expected) {
    List<String> entries = WordList.lines("lexicon/" + name + ".txt");
    assertFalse(entries.isEmpty(), name);
    Set<String> seen = new HashSet<>();
    for (String e : entries) {
      assertEquals(e.toLowerCase(Locale.ROOT), e, name + ": not lower-case");
      assertFalse(e.indexOf('’') >= 0, name + ": ’ instead of ' in " + e);
      assertTrue(seen.add(e), name + ": twice " + e);
    }
    assertTrue(Lexicon.list(name).containsAll(expected), name + " lacks one of " + expected);
  }

  @Test
  void lookupsReadTheLists() {
    assertTrue(Lexicon.isCue("said") && Lexicon.isCue("déclare") && Lexicon.isCue("note-t-il"));
    assertFalse(Lexicon.isCue("a") || Lexicon.isCue("post") || Lexicon.isCue("continue"));
    assertEquals('F', Lexicon.roleGender("présidente"));
    assertEquals('M', Lexicon.roleGender("spokesman"));
    assertEquals(0, Lexicon.roleGender("ministre"));
    assertEquals('F', Lexicon.firstNameGender("geneviève"));
    assertEquals('M', Lexicon.firstNameGender("john"));
    assertTrue(Lexicon.HONORIFICS.contains("mme") && Lexicon.NOT_NAME_START.contains("lundi"));
  }
}
