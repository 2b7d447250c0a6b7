package verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata real corpora leave out: dates from url paths, drafted titles, running text, documentation files. */
class ArticleCompleterTest {
  @TempDir Path dir;

  @Test
  void datesComeFromTheCommonUrlShapes() {
    assertEquals(LocalDate.of(2018, 11, 17), UrlDateFinder.find("https://www.example-journal.com/2018/11/17/un-titre-invente"));
    assertEquals(LocalDate.of(2019, 1, 11), UrlDateFinder.find("https://www.example.ca/actualites/national/201901/11/01-5210000-titre.php"));
    assertEquals(LocalDate.of(2021, 3, 4), UrlDateFinder.find("http://news.example.org/world/2021-03-04-made-up-story"));
    assertEquals(LocalDate.of(2020, 2, 29), UrlDateFinder.find("https://example.net/a/20200229/"));
    assertEquals(LocalDate.of(2017, 6, 5), UrlDateFinder.find("/2017/6/5/relative-path"));
  }

  @Test
  void numbersThatAreNotDaysAreNotDates() {
    assertNull(UrlDateFinder.find("https://www.example.com/monde/europe/541635/un-titre"), "an article number");
    assertNull(UrlDateFinder.find("https://www.example.com/2018/13/40/nope"), "month 13");
    assertNull(UrlDateFinder.find("https://www.example.com/2019/02/29/nope"), "not a leap year");
    assertNull(UrlDateFinder.find("https://2018.example.com/news?d=/2018/11/17/"), "host and query are not the path");
    assertNull(UrlDateFinder.find("https://www.example.com/2018/11/slug"), "a month is not a day");
    assertNull(UrlDateFinder.find("https://www.example.com/3018/11/17/far-future"));
    assertNull(UrlDateFinder.find(null));
  }

  @Test
  void titlesAreTheFirstSentenceAfterTheDateline() {
    assertEquals("Le maire a présenté hier un budget équilibré",
        TitleDrafter.draft("QUÉBEC | Le maire a présenté hier un budget équilibré. Les élus voteront lundi."));
    assertEquals("The council approved the new bridge on Tuesday",
        TitleDrafter.draft("SPRINGFIELD, March 3 - The council approved the new bridge on Tuesday. Work starts soon."));
    assertEquals("M. Tremblay a rencontré J. Smith à Ottawa",
        TitleDrafter.draft("M. Tremblay a rencontré J. Smith à Ottawa. Ils ont parlé longtemps."));
    assertEquals("Is the bridge safe?", TitleDrafter.draft("Is the bridge safe? Engineers say yes."));
    assertEquals("Le cortège a traversé la ville", TitleDrafter.draft("Trois-Rivières | Le cortège a traversé la ville. Puis il a plu."));
    assertEquals("Bridge - the sequel opens today", TitleDrafter.draft("Bridge - the sequel opens today. Tickets are sold out."));
    assertEquals("Elle a dit « Nous partons. Demain » puis elle est sortie",
        TitleDrafter.draft("Elle a dit « Nous partons. Demain » puis elle est sortie. Fin."));
  }

  @Test
  void longFirstSentencesAreCutAtAWord() {
    String sentence = "Les représentants des associations de locataires du quartier se sont réunis mardi soir "
        + "dans la salle communautaire pour discuter des hausses de loyer annoncées, des rénovations promises "
        + "et du calendrier des travaux.";
    String title = TitleDrafter.draft(sentence + " Une autre phrase.");
    assertTrue(title.endsWith("…"), title);
    assertTrue(title.length() <= TitleDrafter.CUT + 1, title);
    assertTrue(sentence.startsWith(title.substring(0, title.length() - 1)), title);
    assertFalse(title.substring(0, title.length() - 1).endsWith(" "), title);
  }

  @Test
  void jsonLinesArticlesGetAnInferredDateAndATitle() throws IOException {
    Path f = dir.resolve("press.jsonl");
    Files.writeString(f, """
        {"id":"a1","url":"https://www.example-journal.com/2018/11/17/invented-slug","text":"OTTAWA | The minister tabled an invented bill on Friday. It has three parts."}
        {"id":"a2","url":"https://www.example-journal.com/2018/11/17/other","date":"2020-05-06","title":"Given","text":"Some text here."}
        {"id":"a3","url":"https://www.example.com/monde/541635/slug","text":"No date in this url."}
        """, StandardCharsets.UTF_8);
    Collector c = new Collector();
    new CorpusReader().read(f, c);
    assertEquals(3, c.articles.size(), c.failed + " " + c.skipped);
    Article a1 = c.articles.get(0);
    assertEquals(LocalDate.of(2018, 11, 17), a1.date());
    assertTrue(a1.dateInferred());
    assertEquals("The minister tabled an invented bill on Friday", a1.title());
    Article a2 = c.articles.get(1);
    assertEquals(LocalDate.of(2020, 5, 6), a2.date(), "a given date wins");
    assertFalse(a2.dateInferred());
    assertEquals("Given", a2.title());
    assertNull(c.articles.get(2).date());
    assertFalse(c.articles.get(2).dateInferred());
  }

  @Test
  void hardWrappedParagraphsBecomeRunningTextWithTheSameOffsets() throws IOException {
    String text = "The board said on Monday that its invented widget sales\nrose sharply in the quarter, helped by\nexports.\n"
        + "    A second paragraph starts here and is\nwrapped too.\n";
    Path f = dir.resolve("wire.jsonl");
    Files.writeString(f, "{\"id\":\"w1\",\"title\":\"WIDGETS\",\"text\":" + json(text) + "}\n", StandardCharsets.UTF_8);
    Collector c = new Collector();
    new CorpusReader().read(f, c);
    Article a = c.only();
    assertEquals(text.length(), a.text().length(), "same length: offsets keep pointing at the same words");
    assertEquals(2, a.paragraphs().size());
    assertEquals("The board said on Monday that its invented widget sales rose sharply in the quarter, helped by exports.",
        a.paragraphs().get(0).text());
    assertEquals("A second paragraph starts here and is wrapped too.", a.paragraphs().get(1).text());
    Collector.assertOffsets(a);
  }

  @Test
  void documentationFilesAreSkippedAndSaySo() throws IOException {
    for (String name : new String[] {"README-distribution.txt", "LICENSE.txt", "notice.html", "COPYING.txt", "readme.jsonl"}) {
      Path f = dir.resolve(name);
      Files.writeString(f, "This collection is described here.\n", StandardCharsets.UTF_8);
      Collector c = new Collector();
      new CorpusReader().read(f, c);
      assertTrue(c.articles.isEmpty(), name);
      assertTrue(c.skipped.getOrDefault(f.toString(), "").contains("documentation"), name + ": " + c.skipped);
    }
    assertFalse(DocumentationFile.is(Path.of("readmeant-to-be.txt")));
    assertFalse(DocumentationFile.is(Path.of("licensing-deal-news.txt")));
    assertTrue(DocumentationFile.is(Path.of("corpus/License")));
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
