package verbatim.cli;

import java.util.List;

/** STUB: replaced by the work that owns `./verbatim index`. */
final class IndexCommand implements Command {
  @Override public String name() { return "index"; }
  @Override public String summary() { return "(not yet implemented)"; }
  @Override public String usage() { return "Usage: ./verbatim index\n"; }
  @Override public int run(List<String> args) {
    System.err.println("verbatim index: not yet implemented");
    return 1;
  }
}
