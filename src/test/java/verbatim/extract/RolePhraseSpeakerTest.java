package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place or noun complement inside a role phrase ("de la République de Lyon") is never the speaker: the role takes
 * the name the article binds to it, or stays a role. Invented sentences; the speaker of the last quote is checked.
 */
class RolePhraseSpeakerTest {
  private final QuoteFinder finder = new QuoteFinder(false);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Les deux suspects comptaient envoyer « une lettre de menace très claire », a expliqué le procureur de la République de Lyon.    | procureur de la République de Lyon
      On a saisi des armes, a indiqué le procureur de la République de Lyon, Marc Dutilleul. « Les deux hommes étaient prêts à agir », a-t-il ajouté.   | Marc Dutilleul
      On a saisi des armes, a indiqué le procureur de la République de Lyon, chargé des dossiers économiques, Marc Dutilleul. Les deux suspects comptaient envoyer « une lettre de menace très claire », a expliqué le procureur. | Marc Dutilleul
      """)
  void aComplementOfTheRoleIsNotTheSpeaker(String text, String speaker) {
    assertLastSpeaker(text, speaker);
  }

  /** A participle after a comma shares its clause's subject: never a complement of the role, never an object. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Lundi, le maire de Laval a maintenu le tracé, assurant avoir « entendu les riverains ».  | maire de Laval
      Jean Roy est resté muet. Dans ses carnets, il avait cité plusieurs pays, la Bolivie, le Chili, critiquant une « dérive des élites ».  | Jean Roy
      """)
  void aParticipleSharesTheSubjectOfItsClause(String text, String speaker) {
    assertLastSpeaker(text, speaker);
  }

  /** A complement after the quote's comma («…», comme à Laval) is no inverted subject: the cue before gives it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le maire Paul Tremblay promet d’investir dans « les quartiers qui manquent de parcs », comme à Laval.  | Paul Tremblay
      Le maire Paul Tremblay a promis d’aider « les quartiers qui ont perdu leurs commerces », notamment à Laval.  | Paul Tremblay
      """)
  void aConjunctionOpensNoIncise(String text, String speaker) {
    assertLastSpeaker(text, speaker);
  }

  /** A role bound bare takes the complement a later description adds, only when one person holds the role. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le premier ministre Paul Tremblay a rencontré les maires lundi. « Le risque est réel pour les familles », a déclaré le premier ministre du Québec.  | Paul Tremblay
      Le premier ministre Paul Tremblay a reçu le premier ministre Marc Lévesque lundi. « Le risque est réel pour les familles », a déclaré le premier ministre du Québec.  | premier ministre du Québec
      """)
  void aBareRoleTakesAnAddedComplement(String text, String speaker) {
    assertLastSpeaker(text, speaker);
  }

  private void assertLastSpeaker(String text, String speaker) {
    List<Quote> qs = finder.find(text, "fr");
    Quote last = qs.get(qs.size() - 1);
    assertEquals(speaker, last.speaker() == null ? null : last.speaker().name(), qs.toString());
  }
}
