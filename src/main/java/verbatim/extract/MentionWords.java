package verbatim.extract;

/** The closed word classes that bound a speaker mention: prepositions of complement, relatives, stop words. */
final class MentionWords {
  private MentionWords() {}

  /** A preposition that opens a noun's complement ("the mayor of X", "le maire de X", "au", "aux"). */
  static boolean isComplementOf(String w) {
    return switch (w) {
      case "of", "de", "du", "des", "d'", "in", "en", "at", "from", "à", "au", "aux" -> true;
      default -> false;
    };
  }

  /** A preposition whose complement a described person may carry ("ce médecin dans la soixantaine"). */
  static boolean isComplementPreposition(String w) {
    return switch (w) {
      case "dans", "de", "du", "d'", "in", "of" -> true;
      default -> false;
    };
  }

  /** A function word that may sit inside a noun phrase ("minister of the interior", "ministre de la Santé"). */
  static boolean isNpInner(String w) {
    return switch (w) {
      case "of", "the", "de", "du", "des", "d'", "l'", "la", "le", "les", "for", "and" -> true;
      default -> false;
    };
  }

  /** A relative pronoun opening a clause about the noun before it. */
  static boolean isRelative(String w) {
    return switch (w) {
      case "who", "whose", "whom", "qui", "dont", "lequel", "laquelle" -> true;
      default -> false;
    };
  }

  /** A word that ends a mention: a preposition, conjunction, relative, time word or finite verb. */
  static boolean stopsMention(String w) {
    return switch (w) {
      case "before", "after", "at", "in", "on", "to", "who", "that", "which", "when", "while", "as", "during",
          "because", "but", "qui", "que", "qu'", "lors", "avant", "après", "pendant", "dans", "en", "pour",
          "lorsque", "alors", "mais", "et", "ou", "sur", "à", "au", "aux", "with", "avec", "from", "about", "if",
          "si", "this", "cette", "ce", "last", "dernier", "hier", "mardi", "lundi", "mercredi", "jeudi",
          "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
          "sunday", "yesterday", "today", "aujourd'hui", "by", "par", "via", "under", "sous", "over", "told",
          "devant", "depuis", "contre", "vers", "sans", "selon", "outside",
          "has", "had", "was", "is", "will", "would" -> true;
      default -> false;
    };
  }
}
