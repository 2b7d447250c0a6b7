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
 * @param sieve    the attribution rule that chose the speaker ("cue-subject", "selon", …), or null when none did;
 *                 kept so that every speaker decision can be traced and scored per rule
 */
public record Quote(int start, int end, String text, Kind kind, Speaker speaker, String cue, String language,
    String sieve) {

  /** A quote without a recorded attribution rule. */
  public Quote(int start, int end, String text, Kind kind, Speaker speaker, String cue, String language) {
    this(start, end, text, kind, speaker, cue, language, null);
  }

  /** The same quote said by {@code other} (null: unknown), keeping the rule that attributed it. */
  public Quote withSpeaker(Speaker other) {
    return new Quote(start, end, text, kind, other, cue, language, sieve);
  }

  /**
   * DIRECT, PARTIAL and INDIRECT are quotations. LABEL is a quote-marked name, title of a work, slogan or scare
   * quote with no speech act («gilets jaunes»): kept apart so that quote search and speaker facets never show it.
   */
  public enum Kind {
    DIRECT, PARTIAL, INDIRECT, LABEL;

    /** Lower-case name used in JSON and in the index ("direct", "partial", "indirect"). */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
