package verbatim.cli;

import java.util.List;

/** STUB: replaced by the work that owns `./verbatim eval`. */
final class EvalCommand implements Command {
  @Override public String name() { return "eval"; }
  @Override public String summary() { return "(not yet implemented)"; }
  @Override public String usage() { return "Usage: ./verbatim eval\n"; }
  @Override public int run(List<String> args) {
    System.err.println("verbatim eval: not yet implemented");
    return 1;
  }
}
