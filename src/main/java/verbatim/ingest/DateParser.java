package verbatim.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Publication dates in the shapes corpora use, without regular expressions and without the default locale:
 * ISO 8601 ("2019-03-14", "2019-03-14T09:30:00-04:00"), "2019/03/14", Reuters ("26-FEB-1987 15:01:01.79",
 * also with a leading space or trailing junk), RFC 1123 ("Thu, 26 Feb 1987 15:01:01 GMT"), "26 février 2019",
 * "February 26, 1987", and day-first numeric "26/02/1987". Only the date part is kept; anything
 * unrecognised gives null.
 */
public final class DateParser {
  private static final String[][] MONTHS = {
    {"jan", "january", "janvier", "janv"},
    {"feb", "february", "fevrier", "fev", "fevr"},
    {"mar", "march", "mars"},
    {"apr", "april", "avril", "avr"},
    {"may", "mai"},
    {"jun", "june", "juin"},
    {"jul", "july", "juillet", "juil"},
    {"aug", "august", "aout"},
    {"sep", "sept", "september", "septembre"},
    {"oct", "october", "octobre"},
    {"nov", "november", "novembre"},
    {"dec", "december", "decembre"},
  };

  private DateParser() {}

  /** The date, or null when {@code s} is null, blank or not a date this parser knows. */
  public static LocalDate parse(String s) {
    if (s == null) return null;
    // Tokens: runs of digits or letters; stop after a handful (the time of day does not matter).
    int[] nums = new int[3];
    int[] numLen = new int[3];
    int nNums = 0;
    int month = 0;
    int tokens = 0;
    int n = s.length();
    int i = 0;
    while (i < n && tokens < 6 && nNums < 3) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        int start = i;
        int v = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 9) v = v * 10 + (s.charAt(i++) - '0');
        nums[nNums] = v;
        numLen[nNums++] = i - start;
        tokens++;
        // "15:01" after the date: a time, stop.
        if (i < n && s.charAt(i) == ':' ) break;
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < n && Character.isLetter(s.charAt(i))) i++;
        int m = month(s, start, i);
        if (m > 0 && month == 0) month = m;
        tokens++;
        if (month == 0 && nNums == 0 && tokens > 2) return null;
      } else {
        i++;
      }
    }
    try {
      if (month > 0) {
        int day = -1;
        int year = -1;
        for (int k = 0; k < nNums; k++) {
          if (numLen[k] == 4 && year < 0) year = nums[k];
          else if (numLen[k] <= 2 && day < 0) day = nums[k];
        }
        return year > 0 && day > 0 ? LocalDate.of(year, month, day) : null;
      }
      if (nNums < 3) return null;
      if (numLen[0] == 4) return LocalDate.of(nums[0], nums[1], nums[2]); // year first
      if (numLen[2] == 4) return LocalDate.of(nums[2], nums[1], nums[0]); // day first
      return null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** 1–12 for an English or French month name or abbreviation in {@code s[start, end)}, else 0. */
  private static int month(String s, int start, int end) {
    int len = end - start;
    if (len < 3 || len > 9) return 0;
    char[] folded = new char[len];
    for (int k = 0; k < len; k++) folded[k] = fold(s.charAt(start + k));
    String w = new String(folded);
    for (int m = 0; m < 12; m++) for (String name : MONTHS[m]) if (name.equals(w)) return m + 1;
    return 0;
  }

  private static char fold(char c) {
    if (c >= 'A' && c <= 'Z') return (char) (c + 32);
    return switch (c) {
      case 'é', 'É', 'è', 'È', 'ê', 'Ê' -> 'e';
      case 'û', 'Û', 'ù', 'Ù' -> 'u';
      case 'à', 'À', 'â', 'Â' -> 'a';
      default -> c;
    };
  }
}
