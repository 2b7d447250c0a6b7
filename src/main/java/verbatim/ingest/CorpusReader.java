package verbatim.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns corpus files into {@link Article}s. Format by extension: .txt (plain-text news), .jsonl, .html.
 * One bad file or line is reported to the sink with its reason and the rest goes on.
 * STUB: signatures agreed between packages; the ingest work fills in the bodies.
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
  }

  /** Every supported file under {@code dir}, recursively, sorted by path (stable order). */
  public List<Path> list(Path dir) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Reads one file, streaming its articles (a .jsonl file may hold many) to {@code sink}. Never throws for bad content. */
  public void read(Path file, Sink sink) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
