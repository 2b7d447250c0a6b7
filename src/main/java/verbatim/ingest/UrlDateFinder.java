package verbatim.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication day that news sites write into article paths: "/2018/11/17/slug", "/201811/17/01-…"
 * (year and month in one segment), "/2018-11-17-slug" or "/20181117/". Only the path is read (not the host,
 * query or fragment), the digits must form a real calendar day between 1900 and next year, and a lone number
 * ("/541635/", an article id) is never a date.
 */
public final class UrlDateFinder {
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final String END = "(?=$|/|[-_.])";
  private static final List<Pattern> PATTERNS = List.of(
      Pattern.compile("/" + YEAR + "/(\\d\\d?)/(\\d\\d?)" + END),
      Pattern.compile("/" + YEAR + "(\\d\\d)/(\\d\\d?)" + END),
      Pattern.compile("/" + YEAR + "-(\\d\\d)-(\\d\\d)" + END),
      Pattern.compile("/" + YEAR + "(\\d\\d)(\\d\\d)(?=$|/)"));

  private UrlDateFinder() {}

  /** The day in the url's path, or null when there is none. */
  public static LocalDate find(String url) {
    if (url == null || url.isBlank()) return null;
    String path = path(url.strip());
    int latest = LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 1;
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        LocalDate day = day(m.group(1), m.group(2), m.group(3));
        if (day != null && day.getYear() <= latest) return day;
      }
    }
    return null;
  }

  /** The path of an absolute or relative url, without query and fragment. */
  static String path(String url) {
    String s = url;
    int cut = indexOfAny(s, '?', '#');
    if (cut >= 0) s = s.substring(0, cut);
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      int slash = s.indexOf('/', scheme + 3);
      s = slash < 0 ? "" : s.substring(slash);
    }
    return s;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) return j;
    return j < 0 ? i : Math.min(i, j);
  }

  private static LocalDate day(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
