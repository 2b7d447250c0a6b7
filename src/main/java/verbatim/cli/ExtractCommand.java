package verbatim.cli;

import java.util.List;

/** STUB: replaced by the work that owns `./verbatim extract`. */
final class ExtractCommand implements Command {
  @Override public String name() { return "extract"; }
  @Override public String summary() { return "(not yet implemented)"; }
  @Override public String usage() { return "Usage: ./verbatim extract\n"; }
  @Override public int run(List<String> args) {
    System.err.println("verbatim extract: not yet implemented");
    return 1;
  }
}
