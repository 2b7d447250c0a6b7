package verbatim.text;

import java.util.Optional;

/**
 * Tells English from French with function-word, elision and diacritic statistics: no model, no allocation
 * per word, no dependence on the default locale. Thread-safe and stateless after construction.
 *
 * <p>Each word of up to {@value #MAX_WORD} letters is packed into a {@code long} (6 bits a letter) and looked
 * up in a small open-addressing table of English and French function words. Elided forms ({@code l’}, {@code
 * qu’}) count for French, English contractions ({@code ’s}, {@code n’t}, {@code ’re}) for English, and
 * French diacritics (é, è, ê, à, ç, ù, â, î, ô, û, œ) count for French at half weight, so that French names in
 * an English article do not flip it.
 */
public final class LanguageDetector {

  /** Longest word looked up; longer words are not function words. */
  private static final int MAX_WORD = 10;
  /** Stop scanning a long text once one language leads by this many half-points (15 function words). */
  private static final int DECISIVE_MARGIN = 30;
  /** Evidence, in half-points, below which {@link #detectClearly} declines to answer. */
  private static final int CLEAR_MIN = 4;

  private static final String[] ENGLISH = {
    "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "with", "he", "as", "by", "at", "said",
    "from", "his", "be", "are", "have", "has", "this", "not", "but", "an", "or", "they", "which", "will",
    "would", "its", "were", "been", "their", "who", "we", "you", "she", "her", "had", "after", "also", "than",
    "more", "about", "into", "there", "what", "when", "can", "all", "our", "out", "up", "if", "no", "so", "do",
    "does", "did", "these", "those", "them", "him", "my", "your", "should", "could", "says", "over",
    "because", "just", "very", "only", "other", "some", "such", "being", "how", "where", "why", "told",
    "while", "since", "against", "under", "between", "during", "before", "any", "each", "here", "then",
    "been", "get", "got", "going", "want", "think", "know", "people", "us", "me", "i", "i'm", "year",
    "years", "last", "first", "new", "one", "two", "three", "mln", "pct", "dlrs", "billion", "million",
    "company", "would", "government", "minister", "week", "today", "yesterday", "which", "whether", "must",
    "said", "say", "make", "made", "well", "many", "much", "most", "now", "way", "off", "down", "through",
    "take", "takes", "took", "back", "every", "really", "help", "need", "like", "go", "goes", "went", "come",
    "see", "good", "great", "still", "even", "never", "again", "too", "something", "nothing", "everyone",
    "someone", "somewhere", "thing", "things", "time", "day", "let", "lot", "am", "might", "shall", "yes",
  };

  private static final String[] FRENCH = {
    "le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "que", "qui", "dans", "pour", "sur", "pas",
    "au", "aux", "ce", "cette", "ces", "il", "elle", "ils", "elles", "ne", "se", "sont", "par", "avec", "plus",
    "son", "sa", "ses", "été", "ont", "mais", "ou", "où", "leur", "leurs", "nous", "vous", "je", "être",
    "avait", "aussi", "lors", "selon", "très", "déjà", "fait", "comme", "tout", "tous", "toute", "toutes",
    "sans", "sous", "donc", "lui", "même", "bien", "peut", "mon", "ma", "mes", "notre", "nos", "votre", "vos",
    "doit", "encore", "contre", "depuis", "après", "avant", "alors", "si", "quand", "dont", "ainsi", "oui",
    "moi", "toi", "cela", "ça", "était", "sera", "seront", "avons", "avez", "fois", "entre", "chez", "vers",
    "afin", "ans", "année", "premier", "première", "deux", "trois", "millions", "milliards",
    "ministre", "semaine", "aujourd", "hier", "soit", "faut", "ceux", "celle", "celui", "autre", "autres",
    "peu", "beaucoup", "également", "notamment", "toujours", "jamais", "rien", "personne", "quelque", "dit",
    "a-t-il", "a-t-elle", "selon", "indiqué", "affirmé", "déclaré", "estime", "souligne", "suis", "es",
    "sommes", "êtes", "ai", "fais", "faire", "va", "vais", "allons", "aller", "en", "à", "chose", "ici",
    "là", "voilà", "merci", "plusieurs", "quel", "quelle", "quels", "pourquoi", "parce", "puis",
    "chaque", "mieux", "trop", "assez", "vraiment", "monde", "gens", "dois", "peux", "veux", "veut",
    "pouvons", "devons", "avoir", "nouveau", "nouvelle", "sont", "était", "étaient", "seulement",
  };

  /** French elided forms before an apostrophe: l’, d’, qu’, n’, s’, j’, c’, m’, t’, jusqu’, lorsqu’, puisqu’. */
  private static final String[] ELIDED = {"l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"};

  /** English contraction endings after an apostrophe (it’s, don’t, they’re, we’ve, I’ll, I’d, I’m). */
  private static final String[] CONTRACTED = {"s", "t", "re", "ve", "ll", "d", "m"};

  private static final int FR = 1;
  private static final int EN = 2;
  private static final int ELISION = 4;
  private static final int CONTRACTION = 8;

  /** Letter codes: 1–26 for a–z (either case), 27 for a hyphen inside a word, 28–40 for French diacritic
   * letters, {@link #OTHER_LETTER} for any other letter, 0 for a word boundary. */
  private static final int ACCENT_FIRST = 28;
  private static final int OTHER_LETTER = 41;

  private final long[] keys;
  private final byte[] flags;
  private final int mask;

  public LanguageDetector() {
    int size = 1 << SLOT_BITS; // about 10% full: short probe sequences, misses end fast
    keys = new long[size];
    flags = new byte[size];
    mask = size - 1;
    for (String w : ENGLISH) put(w, EN);
    for (String w : FRENCH) put(w, FR);
    for (String w : ELIDED) put(w, ELISION);
    for (String w : CONTRACTED) put(w, CONTRACTION);
  }

  /** "en" or "fr" for an article-sized text; "en" when there is no evidence at all (e.g. only numbers). */
  public String detect(CharSequence text) {
    return score(text, true) < 0 ? "fr" : "en";
  }

  /**
   * The language of a short span (a quote) only when it is clearly one: enough function-word or diacritic
   * evidence, at least four times as much for one language as for the other.
   */
  public Optional<String> detectClearly(CharSequence text) {
    long packed = evidence(text, false);
    int en = (int) (packed >>> 32);
    int fr = (int) packed;
    if (en >= CLEAR_MIN && en >= 4 * fr) return Optional.of("en");
    if (fr >= CLEAR_MIN && fr >= 4 * en) return Optional.of("fr");
    return Optional.empty();
  }

  /** English minus French evidence, in half-points. */
  private int score(CharSequence text, boolean stopEarly) {
    long packed = evidence(text, stopEarly);
    return (int) (packed >>> 32) - (int) packed;
  }

  /** English evidence in the high 32 bits, French in the low 32, both in half-points. */
  private long evidence(CharSequence text, boolean stopEarly) {
    int en = 0;
    int fr = 0;
    long word = 0;
    int len = 0; // letters in the current word; > MAX_WORD means too long to look up
    boolean prevElided = false; // the word before the apostrophe was an elided French form (l’, qu’)
    boolean afterApostrophe = false;
    boolean glued = false; // the word is stuck to a number ("17un", "3p"): a unit or code, not a word
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      int code = code(c);
      if (code > 0) {
        if (len == 0) glued = i > 0 && Character.isDigit(text.charAt(i - 1));
        if (code >= ACCENT_FIRST && code < OTHER_LETTER) fr++;
        if (len < MAX_WORD) word = (word << 6) | code;
        len++;
        continue;
      }
      if (len == 0) {
        afterApostrophe = false;
        continue;
      }
      // End of a word.
      int f = len <= MAX_WORD && !glued ? lookup(word) : 0;
      boolean apostrophe = (c == '\'' || c == '\u2019') && i + 1 < n && code(text.charAt(i + 1)) > 0;
      if (apostrophe && (f & ELISION) != 0) {
        fr += 2;
        prevElided = true;
      } else if (afterApostrophe && !prevElided && (f & CONTRACTION) != 0) {
        en += 2;
      } else {
        if ((f & EN) != 0) en += 2;
        if ((f & FR) != 0) fr += 2;
        prevElided = false;
      }
      afterApostrophe = apostrophe;
      word = 0;
      len = 0;
      if (stopEarly && (en - fr >= DECISIVE_MARGIN || fr - en >= DECISIVE_MARGIN)) break;
    }
    return ((long) en << 32) | (fr & 0xffffffffL);
  }


  private static int code(char c) {
    if (c < 256) return LATIN1[c];
    if (c == 'œ' || c == 'Œ') return 40;
    // Other letters (Greek, Cyrillic, …) are part of words but never of our function words.
    return Character.isLetter(c) ? OTHER_LETTER : 0;
  }

  /** {@link #code} for U+0000–U+00FF. */
  private static final byte[] LATIN1 = new byte[256];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      LATIN1[c] = (byte) (c - 'a' + 1);
      LATIN1[c - 32] = (byte) (c - 'a' + 1);
    }
    LATIN1['-'] = 27;
    String accents = "éèêàâçùûîïôë";
    for (int k = 0; k < accents.length(); k++) {
      char lower = accents.charAt(k);
      LATIN1[lower] = (byte) (ACCENT_FIRST + k);
      LATIN1[Character.toUpperCase(lower)] = (byte) (ACCENT_FIRST + k);
    }
    for (int c = 0xC0; c < 256; c++) {
      if (LATIN1[c] == 0 && Character.isLetter(c)) LATIN1[c] = OTHER_LETTER;
    }
  }

  private static long pack(String w) {
    long k = 0;
    for (int i = 0; i < w.length(); i++) {
      int code = code(w.charAt(i));
      if (code == 0 || code == OTHER_LETTER) return -1; // apostrophes etc.: not representable
      k = (k << 6) | code;
    }
    return k;
  }

  private void put(String w, int flag) {
    if (w.length() > MAX_WORD) throw new IllegalArgumentException("function word too long: " + w);
    long k = pack(w);
    if (k < 0) return;
    int i = slot(k);
    while (keys[i] != 0 && keys[i] != k) i = (i + 1) & mask;
    keys[i] = k;
    flags[i] |= (byte) flag;
  }

  private int lookup(long k) {
    int i = slot(k);
    while (true) {
      long key = keys[i];
      if (key == k) return flags[i];
      if (key == 0) return 0;
      i = (i + 1) & mask;
    }
  }

  /** Fibonacci hashing: the top bits of the product are the well-mixed ones. */
  private static int slot(long k) {
    return (int) ((k * 0x9E3779B97F4A7C15L) >>> (64 - SLOT_BITS));
  }

  private static final int SLOT_BITS = 12;
}
