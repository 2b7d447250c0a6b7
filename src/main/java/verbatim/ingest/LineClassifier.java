package verbatim.ingest;

import java.util.Set;

/**
 * Recognises the non-body lines of news pages, in English and French, by their shape rather than by the
 * strings of one article: related-story stubs ("• Read also: …", "• Lire aussi : …"), photo credits
 * ("PHOTO: …", "PHOTO AGENCE QMI, …"), subheadings (short lines without final punctuation) and newsroom
 * boilerplate (tip-line prompts, "source site-12", trailing section labels such as "Latest", "À voir aussi").
 */
public final class LineClassifier {
  /** Lines longer than this are never stubs, credits or boilerplate. */
  private static final int SHORT = 300;

  /** Labels that introduce a related-story stub when followed by a colon and a title. */
  private static final String[] STUB_LABELS = {
    "read also", "also read", "read more", "see also", "related", "related story", "related article",
    "lire aussi", "a lire aussi", "a lire egalement", "lire egalement", "a lire", "voir aussi", "a voir aussi",
    "a voir egalement", "a consulter aussi", "sur le meme sujet",
  };

  /** Labels of a credit line when followed by a colon. */
  private static final String[] CREDIT_LABELS = {
    "photo", "photos", "photo d'archives", "photo d’archives", "video", "videos", "credit", "credits",
    "credit photo", "photo credit", "illustration", "infographie", "graphic", "courtoisie", "courtesy",
    "capture d'ecran", "capture d’ecran", "screenshot", "image",
  };

  private static final String STUB_FIRST = firstLetters(STUB_LABELS);
  private static final String CREDIT_FIRST = firstLetters(CREDIT_LABELS);

  private static String firstLetters(String[] labels) {
    StringBuilder sb = new StringBuilder();
    for (String l : labels) if (sb.indexOf(l.substring(0, 1)) < 0) sb.append(l.charAt(0));
    return sb.toString();
  }

  /** Whole-line section labels that end news pages. */
  private static final Set<String> SECTION_LABELS = Set.of(
      "latest", "latest news", "the latest", "most read", "most popular", "more news", "more stories",
      "recommended", "recommended for you", "top stories", "you may also like", "related", "related stories",
      "read also", "also read", "read more", "see also", "advertisement", "share", "share this article",
      "a voir aussi", "a voir egalement", "a lire aussi", "a lire egalement", "lire aussi", "voir aussi",
      "dernieres nouvelles", "en continu", "les plus lus", "les plus populaires", "sur le meme sujet",
      "a decouvrir", "publicite", "partager", "partagez cet article", "en manchette");

  /** Phrases of tip-line prompts and newsroom footers. */
  static final String[] FOOTER_PHRASES = {
    "information to share", "informations to share", "tip to share", "news tip", "got a scoop", "have a scoop",
    "any scoop", "a scoop that", "write to us", "email us at", "e-mail us at", "call us at", "call us directly",
    "contact us at", "send us your", "reach us at", "sign up for our", "subscribe to our", "all rights reserved",
    "vous avez un scoop", "un scoop a", "informations a partager", "information a partager",
    "des informations a nous", "ecrivez-nous", "appelez-nous", "contactez-nous", "joignez-nous", "envoyez-nous",
    "communiquez avec nous", "abonnez-vous", "inscrivez-vous a notre", "tous droits reserves",
  };


  private LineClassifier() {}

  /**
   * Where the stub title starts in {@code line[from, to)} when the line is a related-story stub (optional
   * bullet, label, colon or dash, title), else -1.
   */
  public static int stubTitleStart(String line, int from, int to) {
    if (to - from > SHORT) return -1;
    int i = skipSpaces(line, from, to);
    int bullets = 0;
    while (i < to && isBullet(line.charAt(i))) {
      i++;
      bullets++;
    }
    i = skipSpaces(line, i, to);
    if (i >= to || STUB_FIRST.indexOf(fold(line.charAt(i))) < 0) return -1;
    for (String label : STUB_LABELS) {
      int end = matchLabel(line, i, to, label);
      if (end < 0) continue;
      int j = skipSpaces(line, end, to);
      if (j < to && (line.charAt(j) == ':' || (bullets > 0 || label.length() > 7) && isDash(line.charAt(j)))) {
        int t = skipSpaces(line, j + 1, to);
        if (t < to) return t;
      }
    }
    return -1;
  }

  /** A photo/video credit line: "PHOTO: …", "Crédit photo : …", or an upper-case "PHOTO AGENCE QMI, …". */
  public static boolean isCredit(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 200 || CREDIT_FIRST.indexOf(fold(s.charAt(0))) < 0) return false;
    int n = s.length();
    for (String label : CREDIT_LABELS) {
      int end = matchLabel(s, 0, n, label);
      if (end < 0) continue;
      int j = skipSpaces(s, end, n);
      if (j < n && s.charAt(j) == ':' && skipSpaces(s, j + 1, n) < n) return true;
      if (label.startsWith("photo") && j > end && j < n && isUpperCase(s)) return true;
    }
    return false;
  }

  /** Newsroom boilerplate: a tip-line prompt or footer, "source site-NN", or a section label alone on its line. */
  public static boolean isBoilerplate(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > SHORT) return false;
    if (isSourceSite(s)) return true;
    if (s.length() > 40 && !mayBeFooter(s)) return false;
    String f = foldAll(s);
    int end = f.length();
    while (end > 0 && (f.charAt(end - 1) == ':' || f.charAt(end - 1) == ' ' || f.charAt(end - 1) == '\u00A0')) end--;
    if (SECTION_LABELS.contains(f.substring(0, end))) return true;
    if (s.indexOf('©') >= 0) return true;
    for (String phrase : FOOTER_PHRASES) if (f.contains(phrase)) return true;
    return false;
  }

  /**
   * A cheap necessary condition for a long line to hold a footer phrase: every phrase of
   * {@link #FOOTER_PHRASES} has "us", "nous", "scoop", "tip", "rights", "droits", "abonnez", "inform" or "our".
   */
  static boolean mayBeFooter(String s) {
    return s.indexOf('©') >= 0 || s.contains("us") || s.contains("scoop") || s.contains("tip") || s.contains("ights")
        || s.contains("roits") || s.contains("bonnez") || s.contains("nform") || s.contains("our") || s.contains("US")
        || s.contains("SCOOP");
  }

  /** A credit label alone, its credit on the next line: "Photo:", "Crédit photo :". */
  public static boolean isCreditLabel(String line) {
    String s = line.strip();
    int n = s.length();
    if (n == 0 || n > 30 || s.charAt(n - 1) != ':') return false;
    for (String label : CREDIT_LABELS) {
      int end = matchLabel(s, 0, n, label);
      if (end >= 0 && skipSpaces(s, end, n) == n - 1) return true;
    }
    return false;
  }

  /** "source site-64": a content-syndication marker. */
  public static boolean isSourceSite(String s) {
    int n = s.length();
    int i = matchLabel(s, skipSpaces(s, 0, n), n, "source");
    if (i < 0 || i >= n || !Character.isWhitespace(s.charAt(i))) return false;
    i = matchLabel(s, skipSpaces(s, i, n), n, "site-");
    if (i < 0 || i >= n) return false;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
    return skipSpaces(s, i, n) == n && Character.isDigit(s.charAt(i - 1));
  }

  /**
   * Shaped like a subheading: at most 80 characters and 10 words, starts with a letter, digit or opening
   * quote, and has no final punctuation (a quoted subheading, «…» or “…”, may end with its closing quote).
   */
  public static boolean isSubheadingShaped(String line) {
    String s = line.strip();
    int n = s.length();
    if (n == 0 || n > 80) return false;
    char first = s.charAt(0);
    char last = s.charAt(n - 1);
    boolean quoted = first == '«' || first == '“' || first == '"';
    if (!quoted && !Character.isLetterOrDigit(first)) return false;
    if (".!?…:;,".indexOf(last) >= 0) return false;
    if ((last == '»' || last == '”' || last == '"') && !quoted) return false;
    if (quoted && n > 1 && ".!?…,".indexOf(s.charAt(n - 2)) >= 0 && n > 2 && s.charAt(n - 2) != '?') {
      // «Il faut agir.» is a one-sentence quote, not a heading.
      return false;
    }
    int words = 1;
    for (int i = 1; i < n; i++) if (s.charAt(i) == ' ' && s.charAt(i - 1) != ' ') words++;
    return words <= 10;
  }

  /** End of {@code label} matched at {@code line[i…]}, ignoring case and French accents; -1 if no match. */
  static int matchLabel(String line, int i, int to, String label) {
    int k = 0;
    int n = label.length();
    while (k < n) {
      if (i >= to) return -1;
      char want = label.charAt(k);
      char got = fold(line.charAt(i));
      if (want == ' ') {
        if (!isSpace(got)) return -1;
        i = skipSpaces(line, i, to);
        k++;
        continue;
      }
      if (want == '’' && got == '\'') got = '’';
      if (got != want) return -1;
      i++;
      k++;
    }
    // The label must end at a word boundary.
    if (i < to && Character.isLetterOrDigit(line.charAt(i)) && Character.isLetterOrDigit(label.charAt(n - 1))) return -1;
    return i;
  }

  private static boolean isUpperCase(String s) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      }
    }
    return letters > 0 && upper * 10 >= letters * 9;
  }

  /** Lower-cased, French accents stripped, no-break spaces as spaces; same length as {@code s}. */
  static String foldAll(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = fold(s.charAt(i));
      out[i] = c < 128 ? c : Character.toLowerCase(c);
    }
    return new String(out);
  }

  static char fold(char c) {
    if (c >= 'A' && c <= 'Z') return (char) (c + 32);
    if (c < 128) return c;
    return switch (c) {
      case 'é', 'É', 'è', 'È', 'ê', 'Ê', 'ë', 'Ë' -> 'e';
      case 'à', 'À', 'â', 'Â' -> 'a';
      case 'ç', 'Ç' -> 'c';
      case 'î', 'Î', 'ï', 'Ï' -> 'i';
      case 'ô', 'Ô' -> 'o';
      case 'ù', 'Ù', 'û', 'Û', 'ü', 'Ü' -> 'u';
      case '\u00A0', '\u202F', '\u2009' -> ' ';
      case '\u2018' -> '\'';
      default -> c;
    };
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  static int skipSpaces(String s, int i, int to) {
    while (i < to && isSpace(s.charAt(i))) i++;
    return i;
  }

  private static boolean isBullet(char c) {
    return c == '•' || c == '·' || c == '▪' || c == '►' || c == '▶' || c == '■' || c == '*' || c == '>' || c == '-'
        || c == '–' || c == '—';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—' || c == '|';
  }
}
