package verbatim.cli;

import java.util.List;

/** STUB: replaced by the work that owns `./verbatim serve`. */
final class ServeCommand implements Command {
  @Override public String name() { return "serve"; }
  @Override public String summary() { return "(not yet implemented)"; }
  @Override public String usage() { return "Usage: ./verbatim serve\n"; }
  @Override public int run(List<String> args) {
    System.err.println("verbatim serve: not yet implemented");
    return 1;
  }
}
