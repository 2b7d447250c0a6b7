package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The per-article entity registry as {@link NameCollector} fills it. Invented sentences. */
class EntityRegistryTest {

  private static EntityRegistry registryOf(String text) {
    return NameCollector.collect(Tokens.of(text));
  }

  @Test
  void anHonorificGivesTheGender() {
    EntityRegistry r = registryOf("Mme Julie Tremblay a visité l’usine lundi. Tremblay a ensuite rencontré les employés.");
    Entity e = r.byName("Tremblay");
    assertNotNull(e);
    assertEquals('F', r.fullest(e).gender);
  }

  @Test
  void aPronounTeachesTheGenderOnce() {
    EntityRegistry r = registryOf("Okafor repaired the old mill last spring.");
    assertEquals(0, r.byName("Okafor").gender);
    assertTrue(r.learnGender("Okafor", 'F'));
    assertEquals('F', r.byName("Okafor").gender);
    assertFalse(r.learnGender("Okafor", 'M'), "a gender once learnt stays");
    assertEquals('F', r.byName("Okafor").gender);
  }

  @Test
  void aSurnameJoinsTheFullName() {
    EntityRegistry r = registryOf("Transport Minister Éric Caire opened the bridge. Caire said little.");
    Entity e = r.byName("Caire");
    assertEquals("Éric Caire", e.display);
    assertSame(e, r.byName("eric caire"));
    assertEquals("Transport Minister", e.role);
    assertEquals(2, e.mentions.size(), "the surname alone is a mention of the full name");
  }

  @Test
  void aTypoFindsTheRegisteredPerson() {
    EntityRegistry r = registryOf("Éric Caire opened the new bridge on Monday.");
    Entity e = r.fuzzy(NameKeys.keysOf("Cairo"), null);
    assertNotNull(e);
    assertEquals("Éric Caire", e.display);
    assertNull(r.fuzzy(NameKeys.keysOf("Carter"), null), "two edits away from a short surname is another person");
  }

  @Test
  void anAcronymFindsTheOrganisation() {
    EntityRegistry r = registryOf("Immigration, Refugees and Citizenship Canada replied on Friday.");
    Entity e = r.byAcronym("IRCC");
    assertNotNull(e);
    assertEquals("Immigration, Refugees and Citizenship Canada", e.display);
  }

  @Test
  void theLastEntityNamedBeforeAnOffset() {
    String text = "Anne Roy arrived first. Paul Dubois came later.";
    EntityRegistry r = registryOf(text);
    assertSame(r.byName("Anne Roy"), r.lastEntity(text.indexOf("Paul") - 1, e -> e.person));
    assertSame(r.byName("Paul Dubois"), r.lastEntity(text.length(), e -> e.person));
  }
}
