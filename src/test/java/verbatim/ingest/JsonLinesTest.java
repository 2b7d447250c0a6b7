package verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  static final Path SAMPLE = GoldenTextTest.FIXTURES.resolve("sample.jsonl");

  @Test
  void readsEveryFieldAndDerivesWhatIsMissing() {
    Collector sink = new Collector();
    new CorpusReader().read(SAMPLE, sink);
    assertEquals(List.of(), List.copyOf(sink.failed.keySet()));
    assertEquals(4, sink.articles.size());

    Article given = sink.articles.get(0);
    assertEquals("a1", given.id());
    assertEquals(SAMPLE + "#1", given.source());
    assertEquals("Budget day", given.title());
    assertEquals("https://example.org/budget", given.url());
    assertEquals("Example Times", given.outlet());
    assertEquals(LocalDate.of(2024, 3, 5), given.date());
    assertEquals("Sam Reed", given.author());
    assertEquals("en", given.language());
    assertEquals(List.of("Opposition reacts", "Markets calm"), given.related().stream().map(RelatedStub::title).toList());
    assertEquals(List.of("The finance minister tabled the budget on Tuesday.", "She said the deficit would shrink next year."),
        given.paragraphs().stream().map(Paragraph::text).toList());

    Article fromUrl = sink.articles.get(1);
    assertEquals(IdGenerator.fromUrl("https://example.org/story/42"), fromUrl.id());
    assertTrue(fromUrl.id().matches("u[0-9a-f]{16}"), fromUrl.id());
    assertEquals(SAMPLE + "#2", fromUrl.source());
    assertEquals("Wire", fromUrl.outlet(), "source is the outlet when there is no outlet");
    assertEquals(LocalDate.of(1987, 2, 26), fromUrl.date());
    assertEquals("fr", fromUrl.language(), "detected: no language given");
    assertEquals("Le conseil municipal a adopté le budget lundi soir", fromUrl.title(), "drafted from the first sentence");

    Article hashed = sink.articles.get(2);
    assertEquals(IdGenerator.fromContent(hashed.text()), hashed.id());
    assertTrue(hashed.id().matches("h[0-9a-f]{16}"), hashed.id());
    assertEquals(2, hashed.paragraphs().size(), "single newlines split when there is no blank line");
    assertNull(hashed.date());
    assertEquals("en", hashed.language());

    Article numbered = sink.articles.get(3);
    assertEquals(SAMPLE + "#5", numbered.source(), "the blank line 4 still counts");
    assertEquals("7", numbered.id());
    assertEquals("en", numbered.language(), "an invalid language is detected instead");
    assertEquals(List.of("Indented newswire paragraph one wrapped here, he said.", "Paragraph two of the story."),
        numbered.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals("https://example.org/l", numbered.related().get(0).url());
    for (Article a : sink.articles) Collector.assertOffsets(a);
  }

  @Test
  void rereadingGivesTheSameIds() {
    CorpusReader reader = new CorpusReader();
    Collector a = new Collector();
    Collector b = new Collector();
    reader.read(SAMPLE, a);
    new CorpusReader().read(SAMPLE, b);
    List<String> ids = a.articles.stream().map(Article::id).toList();
    assertEquals(ids, b.articles.stream().map(Article::id).toList());
    assertEquals(ids.size(), ids.stream().distinct().count(), "no duplicate ids: " + ids);
  }

  @Test
  void languageFieldIsHonouredWhenValid() {
    assertEquals("fr", JsonLinesReader.validLanguage("fr-CA"));
    assertEquals("en", JsonLinesReader.validLanguage(" EN_us "));
    assertNull(JsonLinesReader.validLanguage("de"));
    assertNull(JsonLinesReader.validLanguage(""));
    assertNull(JsonLinesReader.validLanguage(null));
  }

  @Test
  void creditsStubsAndTrailingBoilerplateLeaveTheBody(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String text = "Photo:\n\nJeanne Roy Agence France-Presse\n\n"
        + "Paris — Les syndicats ont appelé à une nouvelle journée de grève jeudi.\n\n"
        + "LIRE AUSSI : La réforme des retraites divise la majorité\n\n"
        + "« Nous irons jusqu’au bout », a lancé la dirigeante syndicale.\n\n"
        + "Vous avez un scoop ? Écrivez-nous.";
    Path f = java.nio.file.Files.writeString(dir.resolve("x.jsonl"),
        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of("id", "g1", "text", text)) + "\n");
    Collector sink = new Collector();
    new CorpusReader().read(f, sink);
    Article a = sink.only();
    assertEquals(List.of("Paris — Les syndicats ont appelé à une nouvelle journée de grève jeudi.",
        "« Nous irons jusqu’au bout », a lancé la dirigeante syndicale."), a.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(List.of("Photo: Jeanne Roy Agence France-Presse"), a.credits());
    assertEquals(List.of("La réforme des retraites divise la majorité"), a.related().stream().map(RelatedStub::title).toList());
    assertEquals(List.of("Vous avez un scoop ? Écrivez-nous."), a.boilerplate());
    assertEquals("fr", a.language());
    Collector.assertOffsets(a);
  }
}
