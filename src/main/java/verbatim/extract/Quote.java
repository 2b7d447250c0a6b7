package verbatim.extract;

/**
 * A quotation found in a text.
 *
 * @param start    String index of the first quoted character (quote marks excluded)
 * @param end      String index just past the last quoted character
 * @param text     the quoted words, {@code text.substring(start, end)}
 * @param kind     direct, partial or indirect
 * @param speaker  who said it, or null when unknown
 * @param cue      the attribution verb or phrase ("said", "a-t-il lancé"), or null
 * @param language "en" or "fr": the article's language unless the quote is clearly in the other one
 */
public record Quote(int start, int end, String text, Kind kind, Speaker speaker, String cue, String language) {

  public enum Kind {
    DIRECT, PARTIAL, INDIRECT;

    /** Lower-case name used in JSON and in the index ("direct", "partial", "indirect"). */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
