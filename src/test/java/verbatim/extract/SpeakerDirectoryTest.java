package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpeakerDirectoryTest {

  @Test
  void accentedFormWinsAcrossArticles() {
    SpeakerDirectory d = new SpeakerDirectory();
    d.add("Eric Caire");
    d.add("Éric Caire");
    assertEquals("Éric Caire", d.canonical("Eric Caire"));
    assertEquals("Éric Caire", d.canonical("ÉRIC CAIRE"));
    assertEquals(1, d.size());
  }

  @Test
  void surnameBecomesFullNameOnlyWhenUnique() {
    SpeakerDirectory d = new SpeakerDirectory();
    d.add("Justin Trudeau");
    assertEquals("Justin Trudeau", d.canonical("Trudeau"));
    d.add("Pierre Trudeau");
    assertEquals("Trudeau", d.canonical("Trudeau"), "two Trudeaus: never guessed");
    assertEquals("Pierre Trudeau", d.canonical("pierre trudeau"));
  }

  @Test
  void unknownNamesStayAsGiven() {
    SpeakerDirectory d = new SpeakerDirectory();
    d.add("  ");
    d.add(null);
    assertEquals(0, d.size());
    assertEquals("Mélanie Joly", d.canonical("Mélanie Joly"));
    assertEquals(null, d.canonical(null));
  }

  @Test
  void hyphensAndStSpellingsShareAKey() {
    SpeakerDirectory d = new SpeakerDirectory();
    d.add("Paul St-Pierre Plamondon");
    assertEquals("Paul St-Pierre Plamondon", d.canonical("Paul St Pierre Plamondon"));
    assertEquals("Paul St-Pierre Plamondon", d.canonical("Plamondon"));
  }

  @Test
  void surnameWithItsParticleJoinsTheFullName() {
    SpeakerDirectory d = new SpeakerDirectory();
    d.add("Renata Di Falco");
    assertEquals("Renata Di Falco", d.canonical("Di Falco"));
    assertEquals("Renata Di Falco", d.canonical("Falco"));
    assertEquals(true, d.isSurnameForm("Di Falco"));
    assertEquals(false, d.isSurnameForm("Renata Di Falco"));
    d.add("Marco Di Falco");
    assertEquals("Di Falco", d.canonical("Di Falco"), "two of them: never guessed");
  }
}
