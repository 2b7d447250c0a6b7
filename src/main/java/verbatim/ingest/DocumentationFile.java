package verbatim.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the documentation that travels with a corpus (README, LICENSE, NOTICE, COPYING, with any
 * extension or suffix: "README-distribution.txt", "LICENSE.md", "copying"): it describes the collection, it
 * is not one of its articles, so the reader skips it and says so.
 */
public final class DocumentationFile {
  private static final Pattern NAME =
      Pattern.compile("(readme|licen[cs]e|notice|copying)([._ -].*)?", Pattern.DOTALL);

  private DocumentationFile() {}

  /** True when the file name is a corpus documentation name. */
  public static boolean is(Path file) {
    Path name = file.getFileName();
    return name != null && NAME.matcher(name.toString().toLowerCase(Locale.ROOT)).matches();
  }

  /** The reason given when such a file is skipped. */
  public static String reason() {
    return "documentation (README, LICENSE, NOTICE or COPYING), not an article";
  }
}
