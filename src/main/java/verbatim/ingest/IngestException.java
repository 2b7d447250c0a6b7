package verbatim.ingest;

/** Bad input found while reading a corpus file or line; the message is the reason given to the user. */
public final class IngestException extends Exception {
  public IngestException(String reason) {
    super(reason);
  }
}
