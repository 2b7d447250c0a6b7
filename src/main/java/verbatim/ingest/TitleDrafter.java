package verbatim.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts a title for an article that came without one, from the start of its text: the first sentence after
 * any dateline ("PARIS | ", "OTTAWA — ", "SALVADOR, Feb 26 - "), without its final period; a longer sentence
 * is cut at a word boundary and ends with "…". Abbreviations and initials ("M. Legault", "J. Smith") and
 * periods inside « » or “ ” do not end a sentence.
 */
public final class TitleDrafter {
  /** Longest title kept whole; a longer first sentence is cut at a word before {@link #CUT}. */
  static final int MAX = 120;
  static final int CUT = 100;
  // A place in capitals before a dash ("OTTAWA — ", "SALVADOR, Feb 26 - "), or any short place before a bar
  // ("Paris | "), which no sentence uses.
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu}\\p{M}'’ .()/-]{1,40}(?:,[^|—–\\n]{1,30}?)?\\s+[—–-]+|\\p{Lu}[^|\\n.!?]{0,40}?\\s*\\|)\\s+");
  private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st",
      "ste", "mr", "mrs", "ms", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "no",
      "vs", "etc", "inc", "corp", "co", "ltd", "u.s", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "av", "boul");

  private TitleDrafter() {}

  /** A title drafted from {@code text} (the first paragraph is enough), or "" when it has no words. */
  public static String draft(String text) {
    if (text == null) return "";
    String s = text.strip().replaceAll("\\s+", " ");
    Matcher dateline = DATELINE.matcher(s);
    if (dateline.find() && dateline.end() < s.length()) s = s.substring(dateline.end());
    String sentence = s.substring(0, sentenceEnd(s)).strip();
    if (sentence.length() <= MAX) {
      return sentence.endsWith(".") && !sentence.endsWith("..") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
    int cut = sentence.lastIndexOf(' ', CUT);
    if (cut < CUT / 2) cut = CUT;
    String head = sentence.substring(0, cut).strip();
    while (!head.isEmpty() && ",;:—–-«“(".indexOf(head.charAt(head.length() - 1)) >= 0) {
      head = head.substring(0, head.length() - 1).strip();
    }
    return head + "…";
  }

  /** Index just past the first sentence of {@code s} (its length when it has one sentence). */
  static int sentenceEnd(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '«' || c == '“') depth++;
      else if ((c == '»' || c == '”') && depth > 0) depth--;
      else if (depth == 0 && (c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(s, i)) return i + 1;
    }
    return s.length();
  }

  private static boolean endsSentence(String s, int i) {
    int next = i + 1;
    if (next >= s.length() || s.charAt(next) != ' ') return false;
    int k = next + 1;
    while (k < s.length() && "«“\"'(".indexOf(s.charAt(k)) >= 0) k++;
    if (k >= s.length() || !(Character.isUpperCase(s.charAt(k)) || Character.isDigit(s.charAt(k)))) return false;
    if (s.charAt(i) != '.') return true;
    int w = i;
    while (w > 0 && s.charAt(w - 1) != ' ') w--;
    String word = s.substring(w, i).toLowerCase(Locale.ROOT);
    return !(word.length() == 1 && Character.isLetter(word.charAt(0))) && !ABBREVIATIONS.contains(word);
  }
}
