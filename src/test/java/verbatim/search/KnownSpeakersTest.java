package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.text.Folding;

class KnownSpeakersTest {
  private static KnownSpeakers known(String... displays) {
    List<FacetCount> counts = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < displays.length; i++) {
      String key = Folding.key(displays[i]);
      counts.add(new FacetCount(key, displays.length - i));
      names.put(key, displays[i]);
    }
    return new KnownSpeakers(counts, names);
  }

  @Test
  void aWordEndingManyNamesListsTheMostQuotedTenAndCountsTheRest() {
    String[] orgs = new String[25];
    for (int i = 0; i < orgs.length; i++) orgs[i] = "Harbour Works " + (char) ('A' + i) + " Inc";
    KnownSpeakers.Ambiguous many = assertInstanceOf(KnownSpeakers.Ambiguous.class, known(orgs).resolve("inc", true));
    assertEquals(KnownSpeakers.MAX_CANDIDATES, many.candidates().size());
    assertEquals("Harbour Works A Inc", many.candidates().get(0).value());
    assertEquals(15, many.others());
  }

  @Test
  void twoPeopleSharingASurnameAreBothListed() {
    KnownSpeakers.Ambiguous two =
        assertInstanceOf(KnownSpeakers.Ambiguous.class, known("Ilse Ostrova", "Marek Ostrova").resolve("OSTROVA", true));
    assertEquals(List.of("Ilse Ostrova", "Marek Ostrova"), two.candidates().stream().map(FacetCount::value).toList());
    assertEquals(0, two.others());
  }

  @Test
  void namesThatExtendOneAnotherAreOnePerson() {
    KnownSpeakers.One one =
        assertInstanceOf(KnownSpeakers.One.class, known("Nadia Valmont", "Valmont").resolve("valmont", true));
    assertEquals("Nadia Valmont", one.name());
  }
}
