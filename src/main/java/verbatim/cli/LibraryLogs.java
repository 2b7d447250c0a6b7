package verbatim.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps libraries' start-up chatter off the console. Lucene announces its vector support through
 * java.util.logging at INFO (slf4j-simple's configuration does not reach it); its warnings still show.
 */
final class LibraryLogs {
  /** Held strongly: java.util.logging keeps loggers by weak reference, and a collected one forgets its level. */
  private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private LibraryLogs() {}

  static void quiet() {
    LUCENE_VECTORS.setLevel(Level.WARNING);
  }
}
