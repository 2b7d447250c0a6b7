package verbatim.extract;

/** Closed classes of English and French function words that speaker resolution reads around names. */
final class WordClasses {
  private WordClasses() {}

  /** The endings of a French past participle of the first group ("estimé", "interrogées"). */
  static boolean frenchParticipleEnding(String w) {
    return w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées");
  }

  static boolean isDefinite(String w) {
    return w.equals("the") || w.equals("le") || w.equals("la") || w.equals("les") || w.equals("l'");
  }

  static boolean isDeterminer(String w) {
    switch (w) {
      case "the": case "a": case "an": case "le": case "la": case "les": case "l'": case "un": case "une":
      case "des": case "his": case "her": case "their": case "its": case "son": case "sa": case "ses": case "leur":
      case "leurs": case "this": case "cette": case "ce": case "cet": case "our": case "notre": case "my":
      case "your": case "mon": case "ma": case "mes": case "votre": case "nos": case "vos": case "another":
      case "one":
        return true;
      default:
        return false;
    }
  }

  static boolean isPreposition(String w) {
    switch (w) {
      case "of": case "de": case "du": case "des": case "d'": case "at": case "from": case "in": case "à": case "au":
      case "aux": case "for": case "pour": case "with": case "chez": case "by": case "par": case "on": case "sur":
      case "to":
        return true;
      default:
        return false;
    }
  }

  /** Words that cannot end a description or modify its head ("and", "should", "to"). */
  static boolean isFunctionWord(String w) {
    switch (w) {
      case "and": case "or": case "but": case "should": case "would": case "could": case "will": case "et":
      case "ou": case "mais": case "up": case "grew": case "to": case "of": case "de":
        return true;
      default:
        return false;
    }
  }

  /** The French "of" forms that join a role to its complement ("ministre de l’Intérieur"). */
  static boolean frenchOf(String w) {
    return w.equals("de") || w.equals("du") || w.equals("des") || w.equals("d'");
  }

  /** "dit-il" → "il", "a-t-elle" → "elle"; null for a word with no inverted subject pronoun. */
  static String invertedClitic(String w) {
    int hy = w.lastIndexOf('-');
    if (hy <= 0) return null;
    return switch (w.substring(hy + 1)) {
      case "il", "elle", "ils", "elles" -> w.substring(hy + 1);
      default -> null;
    };
  }
}
