package verbatim.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns hard-wrapped paragraphs (newswire text broken every ~70 characters inside sentences) into running
 * text. Each line break inside a body paragraph becomes a space, character for character, so the text keeps
 * its length and every offset into it (paragraphs, stubs, quotes found later) stays right. Breaks between
 * paragraphs are left alone.
 */
public final class HardWrapJoiner {
  private HardWrapJoiner() {}

  /** {@code article} with its paragraphs' line breaks turned into spaces (the same article when it has none). */
  public static Article join(Article article) {
    char[] text = null;
    List<Paragraph> paragraphs = new ArrayList<>(article.paragraphs().size());
    for (Paragraph p : article.paragraphs()) {
      if (p.text().indexOf('\n') < 0 && p.text().indexOf('\r') < 0) {
        paragraphs.add(p);
        continue;
      }
      if (p.start() >= 0 && p.end() <= article.text().length()) {
        if (text == null) text = article.text().toCharArray();
        for (int i = p.start(); i < p.end(); i++) if (text[i] == '\n' || text[i] == '\r') text[i] = ' ';
        paragraphs.add(new Paragraph(p.start(), p.end(), new String(text, p.start(), p.end() - p.start())));
      } else {
        paragraphs.add(new Paragraph(p.start(), p.end(), p.text().replace('\r', ' ').replace('\n', ' ')));
      }
    }
    if (paragraphs.equals(article.paragraphs())) return article;
    String joined = text == null ? article.text() : new String(text);
    return new Article(article.id(), article.source(), joined, article.title(), paragraphs, article.subheadings(),
        article.credits(), article.related(), article.boilerplate(), article.outlet(), article.url(), article.date(),
        article.author(), article.language(), article.dateInferred());
  }
}
