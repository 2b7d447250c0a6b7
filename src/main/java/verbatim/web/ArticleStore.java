package verbatim.web;

import java.io.IOException;
import java.util.List;

/**
 * Where the admin endpoints put and remove articles. The web layer knows nothing of ingest, extraction or
 * indexing; {@code ./verbatim serve} hands it an implementation wiring them together. Implementations make a
 * change searchable within a second of returning.
 */
public interface ArticleStore {

  /**
   * What one POST did: the ids stored, quotes found, the inputs refused with their reasons, and what was stored
   * with a loss (e.g. a date that is not a date, stored empty).
   */
  record Result(List<String> ids, long quotes, List<Failure> failures, List<Warning> warnings) {
    public Result {
      ids = List.copyOf(ids);
      failures = List.copyOf(failures);
      warnings = List.copyOf(warnings);
    }

    public Result(List<String> ids, long quotes, List<Failure> failures) {
      this(ids, quotes, failures, List.of());
    }
  }

  /** One input that could not be stored ("body" or "line N") and why. */
  record Failure(String source, String reason) {}

  /** One stored input ("line N") that lost something on the way, and what. */
  record Warning(String source, String warning) {}

  /**
   * Stores the articles in {@code body}.
   *
   * @param body        raw request bytes (UTF-8)
   * @param contentType "application/json" (one article), "application/x-ndjson" (one per line) or "text/plain"
   * @throws IllegalArgumentException when the body as a whole is unusable (bad JSON, no text): a 400
   */
  Result add(byte[] body, String contentType) throws IOException;

  /** Removes an article with its quotes and stubs; false when there was no such article. */
  boolean delete(String articleId) throws IOException;
}
