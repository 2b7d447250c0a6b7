package verbatim.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import verbatim.extract.Quote;
import verbatim.extract.Speaker;
import verbatim.ingest.Article;
import verbatim.ingest.Paragraph;
import verbatim.ingest.RelatedStub;

/** Small hand-written articles and quotes for search tests (texts written for these tests). */
public final class Fixtures {
  private Fixtures() {}

  /** An article whose text is the title, a blank line, then the paragraphs separated by blank lines. */
  public static Article article(String id, String lang, String title, String date, String outlet,
      List<String> stubs, String... paragraphs) {
    return article("https://example.org/", "fixtures/", id, lang, title, date, outlet, stubs, paragraphs);
  }

  /**
   * The same, with urls under {@code site} ({@code site + id}; stubs {@code site + id + "/related-N"}) and the
   * source path under {@code sourceDir}: the text is the title, then paragraphs, then stubs, blank-line separated.
   */
  public static Article article(String site, String sourceDir, String id, String lang, String title, String date,
      String outlet, List<String> stubs, String... paragraphs) {
    StringBuilder text = new StringBuilder(title);
    List<Paragraph> ps = new ArrayList<>();
    for (String p : paragraphs) {
      text.append("\n\n");
      int start = text.length();
      text.append(p);
      ps.add(new Paragraph(start, text.length(), p));
    }
    List<RelatedStub> related = new ArrayList<>();
    for (String s : stubs) {
      text.append("\n\n");
      int start = text.length();
      text.append(s);
      related.add(new RelatedStub(s, site + id + "/related-" + (related.size() + 1), start, text.length()));
    }
    return new Article(id, sourceDir + id + ".txt", text.toString(), title, ps, List.of(), List.of(), related,
        List.of(), outlet, site + id, date == null ? null : LocalDate.parse(date), null, lang);
  }

  /** The quote {@code words} as found in the article text, said by {@code speaker}. */
  public static Quote quote(Article a, String words, String speaker, String role, Quote.Kind kind) {
    return quote(a, words, speaker, role, kind, 0);
  }

  /** The same, for the first occurrence of {@code words} at or after {@code from}. */
  public static Quote quote(Article a, String words, String speaker, String role, Quote.Kind kind, int from) {
    int start = a.text().indexOf(words, from);
    if (start < 0) throw new IllegalArgumentException("not in the article: " + words);
    return new Quote(start, start + words.length(), words, kind, speaker == null ? null : new Speaker(speaker, role),
        "said", a.language());
  }

  /** A small bilingual corpus: articles with quotes by the same people spelt with and without accents. */
  public static List<Object[]> bilingual() {
    List<Object[]> out = new ArrayList<>();
    Article fr1 = article("fr-1", "fr", "L’Assemblée nationale bannit une application", "2023-03-01", "Le Quotidien",
        List.of("Lire aussi : la cybersécurité au Québec"),
        "Les députés ont voté mercredi pour retirer l’application des téléphones de l’Assemblée.",
        "« Nous protégeons les données des élus », a déclaré Éric Caire, ministre de la Cybersécurité.",
        "Le cœur du débat porte sur la sécurité des appareils.");
    out.add(new Object[] {fr1, List.of(
        quote(fr1, "Nous protégeons les données des élus", "Éric Caire", "ministre de la Cybersécurité",
            Quote.Kind.DIRECT))});
    Article en1 = article("en-1", "en", "Quebec bans a video app on government phones", "2023-02-28",
        "The Daily Ledger", List.of("Read also: Ottawa reviews its phone policy"),
        "The Quebec government removed the application from its employees' phones on Tuesday.",
        "\"We are protecting the government's data,\" said Eric Caire, the minister responsible for cybersecurity.",
        "The assembly's president later followed the minister's decision.");
    out.add(new Object[] {en1, List.of(
        quote(en1, "We are protecting the government's data", "Eric Caire", "minister responsible for cybersecurity",
            Quote.Kind.DIRECT))});
    Article en2 = article("en-2", "en", "Ottawa weighs its options", "2023-03-15", "The Daily Ledger", List.of(),
        "Federal officials said they were studying the Quebec decision closely.",
        "\"Security comes first for every device we issue,\" said Anne Tremblay, a spokesperson for the treasury board.",
        "\"We will decide within weeks,\" Tremblay added.");
    out.add(new Object[] {en2, List.of(
        quote(en2, "Security comes first for every device we issue", "Anne Tremblay", "spokesperson",
            Quote.Kind.DIRECT),
        quote(en2, "We will decide within weeks", "Anne Tremblay", null, Quote.Kind.DIRECT))});
    Article fr2 = article("fr-2", "fr", "Ottawa étudie la décision", "2024-01-10", "Le Quotidien", List.of(),
        "« La sécurité passe avant tout », a affirmé Anne Tremblay, porte-parole du Conseil du trésor.",
        "Selon Éric Caire, d’autres ministères pourraient suivre l’exemple de l’Assemblée.");
    out.add(new Object[] {fr2, List.of(
        quote(fr2, "La sécurité passe avant tout", "Anne Tremblay", "porte-parole", Quote.Kind.DIRECT),
        quote(fr2, "d’autres ministères pourraient suivre l’exemple de l’Assemblée", "Eric Caire", null,
            Quote.Kind.INDIRECT))});
    return out;
  }
}
