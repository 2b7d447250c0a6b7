package verbatim.extract;

/** Guesses a whole text's language, "en" or "fr", from function words (English when undecided). */
public final class LanguageHint {
  private LanguageHint() {}

  /** "fr" when the text is clearly French, else "en". */
  public static String guess(String text) {
    String head = text.length() > 5000 ? text.substring(0, 5000) : text;
    return LanguageGuess.clearlyIn(head, "fr") ? "fr" : "en";
  }
}
