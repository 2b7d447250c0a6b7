package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented French sentences: "selon les mots de X" names whose wording a short quote is, even after "la". */
class WordsOfTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La ministre Claire Dubois a reçu les élus. Le pays traverse une « crise profonde », selon les mots de la ministre. | Claire Dubois
      Le maire Paul Girard a parlé lundi. On ne peut ignorer la « colère légitime », selon les mots du maire, des agriculteurs. | Paul Girard
      Le juge Marc Lévesque a tranché. Il s'agit d'une « faute grave », selon les termes de Marc Lévesque.                   | Marc Lévesque
      """)
  void theOwnerOfTheWordsIsTheSpeaker(String text, String speaker) {
    assertEquals(speaker, SieveFixture.lastQuoteSpeaker(text));
  }
}
