package verbatim.cli;

import java.util.List;

/** One subcommand of {@code ./verbatim}. */
public interface Command {
  /** Name typed after {@code ./verbatim}. */
  String name();

  /** One line for the command list. */
  String summary();

  /** Full usage text printed by {@code --help}. */
  String usage();

  /**
   * Runs the command.
   *
   * @return process exit code (0 success, 1 failure, 2 usage error)
   * @throws Args.UsageException for wrong usage; Main prints it with {@link #usage()}
   */
  int run(List<String> args) throws Exception;
}
