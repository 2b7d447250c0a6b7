package verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {
  @Test
  void parsesValuedRepeatedSwitchAndPositional() {
    Args a = Args.parse(List.of("caire", "--speaker", "Éric Caire", "--speaker=Tanguay", "--json", "--size", "5"),
        Set.of("speaker", "size"), Set.of("json"));
    assertEquals(List.of("caire"), a.positional());
    assertEquals(List.of("Éric Caire", "Tanguay"), a.all("speaker"));
    assertTrue(a.has("json"));
    assertEquals(5, a.intValue("size", 10, 1, 100));
  }

  @Test
  void rejectsUnknownOptionsMissingValuesAndBadNumbers() {
    assertThrows(Args.UsageException.class, () -> Args.parse(List.of("--nope"), Set.of(), Set.of()));
    assertThrows(Args.UsageException.class, () -> Args.parse(List.of("--port"), Set.of("port"), Set.of()));
    Args a = Args.parse(List.of("--port", "x"), Set.of("port"), Set.of());
    assertThrows(Args.UsageException.class, () -> a.intValue("port", 7070, 1, 65535));
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, Main.run(List.of("frobnicate")));
    assertEquals(0, Main.run(List.of("--help")));
  }
}
