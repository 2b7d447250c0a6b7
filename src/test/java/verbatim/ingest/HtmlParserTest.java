package verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.text.LanguageDetector;

class HtmlParserTest {
  @Test
  void extractsArticleParts() {
    Path page = GoldenTextTest.FIXTURES.resolve("bike-lanes.html");
    Collector sink = new Collector();
    new CorpusReader().read(page, sink);
    Article a = sink.only();
    assertEquals("City council votes to expand bike lanes", a.title());
    assertEquals("The Riverside Herald", a.outlet());
    assertEquals("https://www.riversideherald.example/news/2024/05/bike-lanes/", a.url());
    assertEquals(IdGenerator.fromUrl("http://riversideherald.example/news/2024/05/bike-lanes?utm_source=feed"), a.id(),
        "id from the normalised url");
    assertEquals(LocalDate.of(2024, 5, 14), a.date());
    assertEquals("Dana Whitfield", a.author());
    assertEquals("en", a.language());
    assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
    assertTrue(a.paragraphs().get(1).text().startsWith("“This is about safety"));
    assertTrue(a.paragraphs().get(1).text().contains("Call us old-fashioned"), "tip-line words inside the story stay");
    assertEquals(List.of("Merchants worried"), a.subheadings());
    assertEquals(List.of("PHOTO: JORDAN LEE / RIVERSIDE HERALD"), a.credits());
    assertEquals(List.of("Got a news tip? Email us at tips@riversideherald.example."), a.boilerplate());
    assertEquals(List.of("Pothole season arrives early", "Transit budget faces a shortfall"),
        a.related().stream().map(RelatedStub::title).toList());
    assertEquals("https://www.riversideherald.example/news/2024/04/transit-budget/", a.related().get(1).url(), "relative link resolved");
    assertTrue(a.text().startsWith(a.title() + "\n\n" + a.paragraphs().get(0).text() + "\n\n"));
    Collector.assertOffsets(a);
    for (String gone : List.of("Menu text", "Subscribe today", "not text", "© 2024")) assertFalse(a.text().contains(gone), gone);
  }

  @Test
  void frenchPageWithLireAussiAndNoMetadata() {
    String html = """
        <html><head><title>Le déneigement coûtera plus cher cet hiver</title></head><body>
        <p>La Ville a confirmé lundi que le budget du déneigement augmentera de 8 % cette année.</p>
        <p>• Lire aussi : <a href="https://exemple.ca/neige">Une tempête attendue ce week-end</a></p>
        <p>« Les contrats ont été renégociés à la hausse », a expliqué la responsable des travaux publics.</p>
        </body></html>""";
    Article a = new HtmlParser(new LanguageDetector()).parse(html, "x.html");
    assertEquals("Le déneigement coûtera plus cher cet hiver", a.title());
    assertEquals("fr", a.language());
    assertEquals(2, a.paragraphs().size());
    assertEquals("Une tempête attendue ce week-end", a.related().get(0).title());
    assertEquals("https://exemple.ca/neige", a.related().get(0).url());
    assertEquals(IdGenerator.fromContent(a.text()), a.id(), "no url: content hash");
    Collector.assertOffsets(a);
  }

  @Test
  void dateFromJsonLdElseFromTheCanonicalUrl() {
    String ld = """
        <html><head><title>Un titre inventé</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2021-06-02T08:00:00-04:00"}</script>
        </head><body><p>La séance du conseil a duré trois heures, a indiqué la greffière.</p></body></html>""";
    Article a = new HtmlParser(new LanguageDetector()).parse(ld, "x.html");
    assertEquals(LocalDate.of(2021, 6, 2), a.date());
    String canonical = """
        <html><head><title>Un titre inventé</title><link rel="canonical" href="https://exemple.ca/2019/04/30/un-titre-invente">
        </head><body><p>La séance du conseil a duré trois heures, a indiqué la greffière.</p></body></html>""";
    Article b = ArticleCompleter.complete(new HtmlParser(new LanguageDetector()).parse(canonical, "y.html"));
    assertEquals(LocalDate.of(2019, 4, 30), b.date());
    assertTrue(b.dateInferred());
    assertFalse(a.dateInferred());
  }

  @Test
  void pageWithoutParagraphTagsFallsBackToTextBlocks() {
    String html = """
        <html lang="en"><head><title>Storm closes schools</title></head><body>
        <div class="story">
          <div>Schools across the region were closed on Thursday as the storm moved in.<br><br>
          “We would rather be safe,” the superintendent said.<br>• Read also: <a href="/roads">Roads closed north of the city</a></div>
          <div><b>Buses</b> will run again on Friday, the board said.</div>
        </div></body></html>""";
    Article a = new HtmlParser(new LanguageDetector()).parse(html, "storm.html");
    assertEquals(List.of("Schools across the region were closed on Thursday as the storm moved in.",
        "“We would rather be safe,” the superintendent said.", "Buses will run again on Friday, the board said."),
        a.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(List.of("Roads closed north of the city"), a.related().stream().map(RelatedStub::title).toList());
    assertEquals("en", a.language());
    Collector.assertOffsets(a);
  }
}
