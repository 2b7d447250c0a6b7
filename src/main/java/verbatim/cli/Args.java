package verbatim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plain command-line parsing: {@code --name value}, {@code --name=value}, repeatable options,
 * boolean switches and positional arguments. Unknown options are an error, checked at the door.
 */
public final class Args {
  private final Map<String, List<String>> options = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Args() {}

  /**
   * @param argv     the arguments after the subcommand name
   * @param valued   option names (without "--") that take a value
   * @param switches option names that take no value
   */
  public static Args parse(List<String> argv, Set<String> valued, Set<String> switches) {
    Args a = new Args();
    boolean onlyPositional = false;
    for (int i = 0; i < argv.size(); i++) {
      String s = argv.get(i);
      if (onlyPositional || !s.startsWith("--") || s.equals("-")) {
        if (!onlyPositional && s.equals("-h")) {
          a.options.computeIfAbsent("help", k -> new ArrayList<>()).add("true");
        } else {
          a.positional.add(s);
        }
        continue;
      }
      if (s.equals("--")) {
        onlyPositional = true;
        continue;
      }
      String name = s.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (name.equals("help") || switches.contains(name)) {
        if (value != null) throw new UsageException("--" + name + " takes no value");
        a.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= argv.size()) throw new UsageException("--" + name + " needs a value");
          value = argv.get(++i);
        }
        a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return a;
  }

  public boolean has(String name) {
    return options.containsKey(name);
  }

  /** The last value given for {@code name}, or {@code fallback}. */
  public String get(String name, String fallback) {
    List<String> v = options.get(name);
    return v == null ? fallback : v.get(v.size() - 1);
  }

  /** Every value given for a repeatable option, in order. */
  public List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }

  public Path path(String name, String fallback) {
    return Path.of(get(name, fallback));
  }

  public int intValue(String name, int fallback, int min, int max) {
    String v = get(name, null);
    if (v == null) return fallback;
    try {
      int n = Integer.parseInt(v.trim());
      if (n < min || n > max) throw new UsageException("--" + name + " must be between " + min + " and " + max);
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
    }
  }

  public List<String> positional() {
    return positional;
  }

  /** Wrong usage of a command: printed with the command's usage, exit code 2. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }
}
