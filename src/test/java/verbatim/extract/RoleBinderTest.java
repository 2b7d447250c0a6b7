package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roles tied to names by the grammar of apposition, in invented French and English sentences. */
class RoleBinderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La ministre des Finances Claire Dumas a présenté le budget.      | Claire Dumas | ministre   | F
      Le chef du parti, Paul Roy, a répondu aux critiques.             | Paul Roy     | chef       | M
      Paul Roy, porte-parole de la mairie, a confirmé la date.         | Paul Roy     | porte-parole | 0
      Finance Minister Ann Lee tabled the budget on Monday.            | Ann Lee      | minister   | 0
      Ann Lee, the city's mayor, said nothing.                         | Ann Lee      | mayor      | 0
      Sa présidente, Julie Roy, a démissionné.                         | Julie Roy    | présidente | F
      """)
  void bindsARoleToTheNameTheGrammarTiesItTo(String sentence, String name, String head, char gender) {
    List<RoleBinder.Binding> b = RoleBinder.bind(Tokens.of(sentence));
    assertEquals(1, b.size(), b.toString());
    assertEquals(name, b.get(0).name());
    assertEquals(true, b.get(0).words().contains(verbatim.text.Folding.key(head)), b.toString());
    assertEquals(gender == '0' ? 0 : gender, b.get(0).gender());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le maire de Laval, Québec, a parlé.
      He met Foreign Minister Jorge Diaz and President Ana Ruiz on Monday.
      La NASA a publié des images.
      """)
  void tiesNothingWhereNoRoleIsGivenToAPerson(String sentence) {
    List<RoleBinder.Binding> b = RoleBinder.bind(Tokens.of(sentence));
    for (RoleBinder.Binding x : b) {
      // Ana Ruiz is the president, never a minister: a conjunction ends the role phrase before a name.
      assertEquals(false, x.name().equals("Ana Ruiz") && x.words().contains("minister"), b.toString());
      assertEquals(false, x.name().equals("Québec") || x.name().equals("NASA"), b.toString());
    }
  }
}
