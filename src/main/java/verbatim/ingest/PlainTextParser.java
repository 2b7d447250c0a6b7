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
    List<Line> lines = lines(text);
    Layout layout = classify(text, lines);
    Parts parts = assemble(text, lines, layout);
    String titleText = layout.title() < 0 ? "" : layout.texts()[layout.title()];
    StringBuilder sample = new StringBuilder(titleText);
    for (Paragraph p : parts.paragraphs()) {
      if (sample.length() > 20_000) break;
      sample.append('\n').append(p.text());
    }
    String language = detector.detect(sample);
    return new Article(id, source, text, titleText, parts.paragraphs(), parts.subheadings(), parts.credits(),
        parts.related(), parts.boilerplate(), null, null, null, null, language);
  }

  /** A line as its trimmed [start, end) span, and whether it was indented. */
  private record Line(int start, int end, boolean indented) {}

  /** Each line's kind and trimmed text (null for blank lines), the title's line (-1: none), the last body line. */
  private record Layout(Kind[] kinds, String[] texts, int title, int lastBody) {}

  /** The article's parts, in text order. */
  private record Parts(List<Paragraph> paragraphs, List<String> subheadings, List<String> credits,
      List<RelatedStub> related, List<String> boilerplate) {}

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int pos = 0;
    while (pos <= n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int s = pos;
      int e = end;
      while (s < e && isTrim(text.charAt(s))) s++;
      while (e > s && isTrim(text.charAt(e - 1))) e--;
      lines.add(new Line(s, e, s > pos));
      if (nl < 0) break;
      pos = nl + 1;
    }
    return lines;
  }

  private static Layout classify(String text, List<Line> lines) {
    int count = lines.size();
    Kind[] kinds = new Kind[count];
    String[] texts = new String[count];
    int title = -1;
    for (int i = 0; i < count; i++) {
      Line l = lines.get(i);
      if (l.start() == l.end()) {
        kinds[i] = Kind.BLANK;
        continue;
      }
      texts[i] = text.substring(l.start(), l.end());
      if (title < 0) {
        title = i;
        kinds[i] = Kind.TITLE;
      }
    }
    // Boilerplate trails the article: walk back from the end over boilerplate, credits and stubs.
    for (int i = count - 1; i > title; i--) {
      if (kinds[i] == Kind.BLANK) continue;
      Line l = lines.get(i);
      if (LineClassifier.isBoilerplate(texts[i])) kinds[i] = Kind.BOILERPLATE;
      else if (!LineClassifier.isCredit(texts[i]) && LineClassifier.stubTitleStart(text, l.start(), l.end()) < 0) break;
    }
    // Stubs, credits, syndication markers anywhere; subheading candidates.
    int lastBody = -1;
    for (int i = title + 1; i < count; i++) {
      if (kinds[i] != null) continue;
      Line l = lines.get(i);
      if (LineClassifier.stubTitleStart(text, l.start(), l.end()) >= 0) kinds[i] = Kind.STUB;
      else if (LineClassifier.isCredit(texts[i])) kinds[i] = Kind.CREDIT;
      else if (LineClassifier.isSourceSite(texts[i])) kinds[i] = Kind.BOILERPLATE;
      else if (aloneInBlock(kinds, i) && LineClassifier.isSubheadingShaped(texts[i])) kinds[i] = Kind.SUBHEADING;
      else {
        kinds[i] = Kind.BODY;
        lastBody = i;
      }
    }
    return new Layout(kinds, texts, title, lastBody);
  }

  private static Parts assemble(String text, List<Line> lines, Layout layout) {
    Kind[] kinds = layout.kinds();
    String[] texts = layout.texts();
    Parts parts = new Parts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>());
    int paraStart = -1;
    int paraEnd = -1;
    for (int i = layout.title() + 1; i < kinds.length; i++) {
      Kind k = kinds[i];
      if (k == Kind.SUBHEADING && i > layout.lastBody()) k = Kind.BODY; // a heading needs body after it
      Line l = lines.get(i);
      boolean indented = l.indented() && i > 0 && kinds[i - 1] == Kind.BODY; // newswire style: indent starts a paragraph
      if ((k != Kind.BODY || indented) && paraStart >= 0) {
        parts.paragraphs().add(new Paragraph(paraStart, paraEnd, text.substring(paraStart, paraEnd)));
        paraStart = -1;
      }
      switch (k) {
        case BODY -> {
          if (paraStart < 0) paraStart = l.start();
          paraEnd = l.end();
        }
        case STUB -> {
          int t = LineClassifier.stubTitleStart(text, l.start(), l.end());
          parts.related().add(new RelatedStub(text.substring(t, l.end()), null, t, l.end()));
        }
        case CREDIT -> parts.credits().add(texts[i]);
        case BOILERPLATE -> parts.boilerplate().add(texts[i]);
        case SUBHEADING -> parts.subheadings().add(texts[i]);
        default -> { }
      }
    }
    if (paraStart >= 0) parts.paragraphs().add(new Paragraph(paraStart, paraEnd, text.substring(paraStart, paraEnd)));
    return parts;
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
