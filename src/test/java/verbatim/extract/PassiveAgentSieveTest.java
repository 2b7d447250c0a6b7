package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: the agent ("par X") of a reporting verb in a compound passive is the speaker of a quote
 * in its sentence; the agent of a verb that is no reporting verb ("interpellé par la police") is not.
 */
class PassiveAgentSieveTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      « Il faut agir », a dit le maire Paul Girard. La facture des dégâts a été estimée par la ministre Anne Morel à « entre 3 et 4 millions d'euros ». | Anne Morel
      « Il faut agir », a dit le maire Paul Girard. Le plan a été qualifié de « désastre pour les familles » par le syndicat des enseignants.        | syndicat des enseignants
      """)
  void theAgentOfAPassiveReportingVerbSpeaks(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le manifestant a été interpellé par la police après avoir crié « à bas le gouvernement ».
      Blessée par un policier, la manifestante a crié « à bas le gouvernement ».
      """)
  void theAgentOfAnotherVerbIsNoSpeaker(String text) {
    assertEquals("-", SieveFixture.run(new PassiveAgentSieve(), text, "fr"));
  }
}
