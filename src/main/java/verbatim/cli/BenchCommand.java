package verbatim.cli;

import java.util.List;

/** STUB: replaced by the work that owns `./verbatim bench`. */
final class BenchCommand implements Command {
  @Override public String name() { return "bench"; }
  @Override public String summary() { return "(not yet implemented)"; }
  @Override public String usage() { return "Usage: ./verbatim bench\n"; }
  @Override public int run(List<String> args) {
    System.err.println("verbatim bench: not yet implemented");
    return 1;
  }
}
