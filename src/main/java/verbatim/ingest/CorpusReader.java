package verbatim.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import verbatim.text.LanguageDetector;

/**
 * Turns corpus files into {@link Article}s. Format by extension: .txt (plain-text news), .jsonl (JSON Lines),
 * .html/.htm (web pages); see docs/FORMATS.md. Missing dates and titles are inferred ({@link ArticleCompleter}). Input is checked at the door: one bad file or line is reported
 * to the sink with its reason and the rest goes on. Thread-safe: parsers hold no per-file state.
 */
public final class CorpusReader {

  /** Receives what reading one file produced. */
  public interface Sink {
    /** One parsed article. */
    void article(Article article);

    /** A file or line that could not be read: {@code source} is "path" or "path#line". */
    void failed(String source, String reason);

    /** A file or line deliberately left out (e.g. unsupported extension, empty). */
    void skipped(String source, String reason);

    /** An article that was read but lost something on the way (e.g. a date that is not a date). */
    default void warned(String source, String warning) {}
  }

  private final LanguageDetector detector;
  private final PlainTextParser plainText;
  private final JsonLinesReader jsonLines;
  private final HtmlParser html;

  public CorpusReader() {
    this(new LanguageDetector());
  }

  public CorpusReader(LanguageDetector detector) {
    this.detector = detector;
    this.plainText = new PlainTextParser(detector);
    this.jsonLines = new JsonLinesReader(detector);
    this.html = new HtmlParser(detector);
  }

  /** The language detector this reader uses. */
  public LanguageDetector detector() {
    return detector;
  }

  /** True for the extensions this reader parses: .txt, .jsonl, .html, .htm (any case). */
  public static boolean isSupported(Path file) {
    return format(file) != null;
  }

  /**
   * Every supported file under {@code dir}, recursively, sorted by path (stable order); hidden files and
   * directories (name starting with ".") are left out. A supported file given as {@code dir} lists itself.
   */
  public List<Path> list(Path dir) throws IOException {
    if (!Files.exists(dir)) throw new NoSuchFileException(dir.toString(), null, "no such file or directory");
    if (Files.isRegularFile(dir)) return isSupported(dir) && !hidden(dir.getFileName()) ? List.of(dir) : List.of();
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> !hiddenBelow(dir, p))
          .filter(Files::isRegularFile)
          .filter(CorpusReader::isSupported)
          .sorted()
          .toList();
    }
  }

  /** Reads every file of {@link #list(Path)} in order. */
  public void readAll(Path dir, Sink sink) throws IOException {
    for (Path file : list(dir)) read(file, sink);
  }

  /**
   * Reads one file, streaming its articles (a .jsonl file may hold many) to {@code to}, each completed by
   * {@link ArticleCompleter}; corpus documentation (README, LICENSE…) is skipped. Never throws for bad content.
   */
  public void read(Path file, Sink to) {
    String source = file.toString();
    String format = format(file);
    if (format == null) {
      to.skipped(source, "unsupported file type (expected .txt, .jsonl, .html or .htm)");
      return;
    }
    if (DocumentationFile.is(file)) {
      to.skipped(source, DocumentationFile.reason());
      return;
    }
    Sink sink = ArticleCompleter.completing(to);
    long size = size(file, source, sink);
    if (size < 0) return;
    if (format.equals("jsonl")) {
      readJsonLines(file, source, sink);
      return;
    }
    String text = decode(file, source, size, sink);
    if (text == null) return;
    if (text.isBlank()) {
      sink.skipped(source, "empty file");
      return;
    }
    Article article;
    try {
      article = format.equals("txt") ? plainText.parse(idOf(file), source, text) : html.parse(text, source);
    } catch (RuntimeException e) {
      sink.failed(source, "cannot parse: " + e);
      return;
    }
    if (article.paragraphs().isEmpty() && article.title().isEmpty() && article.related().isEmpty()) {
      sink.skipped(source, "no article text found");
      return;
    }
    sink.article(article);
  }

  /** The file's size in bytes, or -1 after telling {@code sink} why it cannot be read. */
  private static long size(Path file, String source, Sink sink) {
    try {
      if (Files.isDirectory(file)) {
        sink.failed(source, "cannot read: is a directory");
        return -1;
      }
      long size = Files.size(file);
      if (size == 0) { // usually a copy that went wrong: failed, so the reason is printed
        sink.failed(source, "empty file (0 bytes): nothing to index");
        return -1;
      }
      return size;
    } catch (NoSuchFileException e) {
      sink.failed(source, "cannot read: no such file");
    } catch (IOException | SecurityException e) {
      sink.failed(source, "cannot read: " + e.getMessage());
    }
    return -1;
  }

  /** The text of a single-article file of {@code size} bytes, or null after telling {@code sink} why not. */
  private static String decode(Path file, String source, long size, Sink sink) {
    if (size > TextDecoder.LIMIT) {
      sink.failed(source, TextDecoder.tooLarge(size));
      return null;
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > TextDecoder.LIMIT) { // grew since we looked
        sink.failed(source, TextDecoder.tooLarge(bytes.length));
        return null;
      }
      return TextDecoder.decode(bytes);
    } catch (IngestException e) {
      sink.failed(source, e.getMessage());
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      sink.failed(source, "cannot read: " + e.getMessage());
    }
    return null;
  }

  private void readJsonLines(Path file, String source, Sink sink) {
    try {
      // A binary file renamed .jsonl would otherwise fail once per "line".
      byte[] head = new byte[8192];
      int n;
      try (var in = Files.newInputStream(file)) {
        n = in.readNBytes(head, 0, head.length);
      }
      int nul = TextDecoder.firstNul(head, 0, n);
      if (nul >= 0) {
        sink.failed(source, "binary content: NUL byte at byte " + nul);
        return;
      }
      jsonLines.read(file, source, sink);
    } catch (IOException | SecurityException e) {
      sink.failed(source, "cannot read: " + e.getMessage());
    } catch (RuntimeException e) { // a reader bug must cost this file, not the run
      sink.failed(source, "cannot read this file (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** For .txt files: the file name without its extension ("tiktok-national-assembly"). */
  static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String format(Path file) {
    Path name = file.getFileName();
    if (name == null) return null;
    String n = name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt")) return "txt";
    if (n.endsWith(".jsonl")) return "jsonl";
    if (n.endsWith(".html") || n.endsWith(".htm")) return "html";
    return null;
  }

  private static boolean hidden(Path name) {
    return name != null && name.toString().startsWith(".");
  }

  private static boolean hiddenBelow(Path dir, Path p) {
    for (Path part : dir.relativize(p)) if (hidden(part)) return true;
    return false;
  }
}
