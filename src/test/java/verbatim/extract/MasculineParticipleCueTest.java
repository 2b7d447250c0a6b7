package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented French sentences: the masculine past participle of a reporting verb is a cue like its other forms ("a
 * jugé", "a réclamé"), so the clause's subject is the speaker of a quote after it, not the speaker of the sentence
 * before.
 */
class MasculineParticipleCueTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La maire Anne Roy a indiqué que le coût sera « énorme pour la ville ». Alors que sur Facebook, plusieurs appels ont été lancés pour manifester samedi à Paris, M. Durand a jugé « inacceptable » un « nouveau blocage de ce genre ». | Durand
      La maire Anne Roy a indiqué que le coût sera « énorme pour la ville ». Alors que sur Facebook, plusieurs appels ont été lancés pour manifester samedi à Paris, M. Durand a réclamé « des mesures immédiates contre les casseurs ». | Durand
      """)
  void aMasculineParticipleIsACue(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
