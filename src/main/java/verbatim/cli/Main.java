package verbatim.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code ./verbatim}: dispatches to one {@link Command}. */
public final class Main {
  private Main() {}

  static List<Command> commands() {
    return List.of(
        new ServeCommand(),
        new IndexCommand(),
        new SearchCommand(),
        new ExtractCommand(),
        new EvalCommand(),
        new BenchCommand(),
        new SnapshotCommand(),
        new RestoreCommand(),
        new SolrCloudCommand());
  }

  public static void main(String[] argv) {
    System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
    System.exit(run(Arrays.asList(argv)));
  }

  static int run(List<String> argv) {
    if (argv.isEmpty() || argv.get(0).equals("--help") || argv.get(0).equals("-h") || argv.get(0).equals("help")) {
      System.out.print(overview());
      return argv.isEmpty() ? 2 : 0;
    }
    String name = argv.get(0);
    Command command = commands().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    if (command == null) {
      System.err.println("verbatim: unknown command '" + name + "'\n");
      System.err.print(overview());
      return 2;
    }
    List<String> rest = argv.subList(1, argv.size());
    if (rest.contains("--help") || rest.contains("-h")) {
      System.out.print(command.usage());
      return 0;
    }
    try {
      return command.run(rest);
    } catch (Args.UsageException e) {
      System.err.println("verbatim " + name + ": " + e.getMessage() + "\n");
      System.err.print(command.usage());
      return 2;
    } catch (Exception e) {
      System.err.println("verbatim " + name + ": " + describe(e));
      if (System.getenv("VERBATIM_DEBUG") != null) e.printStackTrace();
      return 1;
    }
  }

  /**
   * What went wrong, for a person: the message of an expected failure (I/O, bad input), but only the kind of a
   * bug, whose raw message names code the user never wrote.
   */
  static String describe(Exception e) {
    boolean bug = e instanceof RuntimeException && !(e instanceof IllegalArgumentException)
        && !(e instanceof java.io.UncheckedIOException);
    if (bug || e.getMessage() == null) {
      return "internal error (" + e.getClass().getSimpleName() + "); rerun with VERBATIM_DEBUG=1 to see where, and please report it";
    }
    return e.getMessage();
  }

  static String overview() {
    StringBuilder sb = new StringBuilder("Verbatim: bilingual search over news quotes.\n\nUsage: ./verbatim COMMAND [OPTIONS]\n\nCommands:\n");
    for (Command c : commands()) sb.append(String.format(java.util.Locale.ROOT, "  %-8s %s%n", c.name(), c.summary()));
    sb.append("\nRun ./verbatim COMMAND --help for a command's options.\n");
    return sb.toString();
  }
}
