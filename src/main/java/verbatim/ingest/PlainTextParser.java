package verbatim.ingest;

import java.util.ArrayList;
import java.util.List;
import verbatim.text.LanguageDetector;

/**
 * Parses the plain-text news format: title on the first line; "• Read also: …" related-story stubs; body
 * paragraphs separated by blank lines (consecutive lines of one block are one hard-wrapped paragraph,
 * unless an indented line starts a new one);
 * subheadings (short lines alone in their block, without final punctuation, followed by more body);
 * "PHOTO: …" credits; newsroom boilerplate at the end (tip-line prompts, "source site-NN", "Latest"), kept out
 * of the body. Offsets index into the text as given.
 */
public final class PlainTextParser {
  private enum Kind { BLANK, TITLE, BODY, STUB, CREDIT, BOILERPLATE, SUBHEADING }

  private final LanguageDetector detector;

  public PlainTextParser(LanguageDetector detector) {
    this.detector = detector;
  }

  public Article parse(String id, String source, String text) {
    // Lines as trimmed [start, end) spans.
    List<int[]> lines = new ArrayList<>();
    int n = text.length();
    int pos = 0;
    while (pos <= n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int s = pos;
      int e = end;
      while (s < e && isTrim(text.charAt(s))) s++;
      while (e > s && isTrim(text.charAt(e - 1))) e--;
      lines.add(new int[] {s, e, s > pos ? 1 : 0});
      if (nl < 0) break;
      pos = nl + 1;
    }
    int count = lines.size();
    Kind[] kinds = new Kind[count];
    String[] texts = new String[count];
    int title = -1;
    for (int i = 0; i < count; i++) {
      int[] l = lines.get(i);
      if (l[0] == l[1]) {
        kinds[i] = Kind.BLANK;
        continue;
      }
      texts[i] = text.substring(l[0], l[1]);
      if (title < 0) {
        title = i;
        kinds[i] = Kind.TITLE;
      }
    }
    // Boilerplate trails the article: walk back from the end over boilerplate, credits and stubs.
    for (int i = count - 1; i > title; i--) {
      if (kinds[i] == Kind.BLANK) continue;
      int[] l = lines.get(i);
      if (LineClassifier.isBoilerplate(texts[i])) kinds[i] = Kind.BOILERPLATE;
      else if (!LineClassifier.isCredit(texts[i]) && LineClassifier.stubTitleStart(text, l[0], l[1]) < 0) break;
    }
    // Stubs, credits, syndication markers anywhere; subheading candidates.
    int lastBody = -1;
    for (int i = title + 1; i < count; i++) {
      if (kinds[i] != null) continue;
      int[] l = lines.get(i);
      if (LineClassifier.stubTitleStart(text, l[0], l[1]) >= 0) kinds[i] = Kind.STUB;
      else if (LineClassifier.isCredit(texts[i])) kinds[i] = Kind.CREDIT;
      else if (LineClassifier.isSourceSite(texts[i])) kinds[i] = Kind.BOILERPLATE;
      else if (aloneInBlock(kinds, i) && LineClassifier.isSubheadingShaped(texts[i])) kinds[i] = Kind.SUBHEADING;
      else {
        kinds[i] = Kind.BODY;
        lastBody = i;
      }
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    List<String> subheadings = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    List<RelatedStub> related = new ArrayList<>();
    List<String> boilerplate = new ArrayList<>();
    int paraStart = -1;
    int paraEnd = -1;
    for (int i = title + 1; i < count; i++) {
      Kind k = kinds[i];
      if (k == Kind.SUBHEADING && i > lastBody) k = Kind.BODY; // a heading needs body after it
      boolean indented = lines.get(i)[2] == 1 && i > 0 && kinds[i - 1] == Kind.BODY; // newswire style: indent starts a paragraph
      if ((k != Kind.BODY || indented) && paraStart >= 0) {
        paragraphs.add(new Paragraph(paraStart, paraEnd, text.substring(paraStart, paraEnd)));
        paraStart = -1;
      }
      int[] l = lines.get(i);
      switch (k) {
        case BODY -> {
          if (paraStart < 0) paraStart = l[0];
          paraEnd = l[1];
        }
        case STUB -> {
          int t = LineClassifier.stubTitleStart(text, l[0], l[1]);
          related.add(new RelatedStub(text.substring(t, l[1]), null, t, l[1]));
        }
        case CREDIT -> credits.add(texts[i]);
        case BOILERPLATE -> boilerplate.add(texts[i]);
        case SUBHEADING -> subheadings.add(texts[i]);
        default -> { }
      }
    }
    if (paraStart >= 0) paragraphs.add(new Paragraph(paraStart, paraEnd, text.substring(paraStart, paraEnd)));

    String titleText = title < 0 ? "" : texts[title];
    StringBuilder sample = new StringBuilder(titleText);
    for (Paragraph p : paragraphs) {
      if (sample.length() > 20_000) break;
      sample.append('\n').append(p.text());
    }
    String language = detector.detect(sample);
    return new Article(id, source, text, titleText, paragraphs, subheadings, credits, related, boilerplate,
        null, null, null, null, language);
  }

  private static boolean aloneInBlock(Kind[] kinds, int i) {
    boolean before = i == 0 || kinds[i - 1] == Kind.BLANK || kinds[i - 1] == Kind.TITLE;
    boolean after = i + 1 >= kinds.length || kinds[i + 1] == Kind.BLANK;
    return before && after;
  }

  private static boolean isTrim(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u202F' || c == '\uFEFF';
  }
}
