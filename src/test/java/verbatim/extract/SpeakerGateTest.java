package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A speaker is a noun phrase; fragments are refused. Invented names and phrases. */
class SpeakerGateTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Anne Roy                          | true
      le ministre de l'Intérieur        | true
      un manifestant à Rennes           | true
      la Sûreté du Québec               | true
      the mayor of Springfield          | true
      Mr. Lee                           | true
      À Rimouski                        | false
      auprès de l'agence                | false
      a-t-il remarqué                   | false
      les                               | false
      une date non                      | false
      faute d'obtenir des               | false
      a donc                            | false
      DIT LA MAIRESSE                   | false
      Le                                | false
      """)
  void refusesWhatIsNotANounPhrase(String name, boolean ok) {
    assertEquals(ok, SpeakerGate.accepts(name));
  }
}
