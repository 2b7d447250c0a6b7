package verbatim.cli;

import java.util.List;

/** STUB: replaced by the work that owns `./verbatim search`. */
final class SearchCommand implements Command {
  @Override public String name() { return "search"; }
  @Override public String summary() { return "(not yet implemented)"; }
  @Override public String usage() { return "Usage: ./verbatim search\n"; }
  @Override public int run(List<String> args) {
    System.err.println("verbatim search: not yet implemented");
    return 1;
  }
}
