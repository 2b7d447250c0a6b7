package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The named-entity resolution step alone, on mentions cut by hand from invented sentences. */
class NamedEntityStepTest {

  /** Resolves the last occurrence of mention in text, as the attribution sieves would hand it over. */
  private static Resolution resolve(String text, String mention) {
    Tokens t = Tokens.of(text);
    int at = text.lastIndexOf(mention);
    Mention m = Mention.trim(t, t.at(at), t.at(at + mention.length()), at);
    NameRun run = NameRun.last(t, m);
    assertTrue(run.found(), mention);
    return new NamedEntityStep(t, NameCollector.collect(t)).resolve(run, m.from());
  }

  @Test
  void aMisspelledSurnameIsTheRegisteredPerson() {
    Resolution r = resolve("Éric Caire opened the new bridge on Monday. Later, Mr. Cairo said it was done.", "Mr. Cairo");
    assertNotNull(r);
    assertEquals("Éric Caire", r.speaker().name());
    assertTrue(r.person());
  }

  @Test
  void aTitleAndSurnameAreTheFullName() {
    Resolution r = resolve("La ministre Julie Tremblay était absente. Plus tard, la ministre Tremblay a parlé.",
        "ministre Tremblay");
    assertEquals("Julie Tremblay", r.speaker().name());
    assertEquals('F', r.gender());
  }

  @Test
  void aFirstNameOnlyOnePersonBearsIsThatPerson() {
    Resolution r = resolve("Anne Roy arrived at noon with Paul Dubois. Anne said the road was closed.", "Anne");
    assertEquals("Anne Roy", r.speaker().name());
  }
}
