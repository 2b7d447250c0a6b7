package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import verbatim.index.ArticleCard;
import verbatim.index.Indexer;
import verbatim.index.Schema;
import verbatim.ingest.Article;
import verbatim.ingest.Paragraph;
import verbatim.search.SearchRequest.DocType;

/** Article hits read from their card show what the stored record shows (texts written for this test). */
class ArticleCardTest {
  private static final String LONG_WORD = "x".repeat(Highlighter.PASSAGE);

  @Test
  void roundTripKeepsAbsentFieldsAbsent() {
    ArticleCard full = new ArticleCard("a1", "Un titre", "https://example.org/a1", "Le Quotidien", "2019-01-11",
        true, "fr", "Premier paragraphe.");
    ArticleCard bare = new ArticleCard("a2", "", null, null, null, false, "en", "");
    assertEquals(full, ArticleCard.decode(full.encode()));
    assertEquals(bare, ArticleCard.decode(bare.encode()));
  }

  @Test
  void leadIsLongerThanAnyPassageAPageShows() {
    assertTrue(Schema.LEAD_CHARS >= Highlighter.PASSAGE + Highlighter.PASSAGE / 4);
  }

  @Test
  void articleHitsWithoutHighlightingMatchTheStoredRecord() throws IOException {
    String longParagraph = "The harbour commission met on Tuesday. ".repeat(20);
    List<Article> articles = List.of(
        Fixtures.article("short", "en", "Harbour news", "2020-05-01", "The Gazette", List.of(),
            "The harbour commission met briefly.", "A second paragraph."),
        Fixtures.article("long", "en", "", null, null, List.of(), longParagraph),
        Fixtures.article("word", "en", "Harbour word", null, "The Gazette", List.of(),
            "harbour " + LONG_WORD + " commission"),
        inferred(Fixtures.article("inferred", "en", "Harbour dated", "2018-11-17", "The Gazette", List.of(),
            "The harbour commission answered.")));
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (Indexer indexer = new Indexer(dir, 16)) {
      for (Article a : articles) indexer.index(a, List.of());
      indexer.commit();
      try (Searcher searcher = new Searcher(indexer)) {
        searcher.refresh();
        SearchRequest plain = SearcherTest.req("harbour", null, DocType.ARTICLE, null, 10, null).withHighlight(false);
        Map<String, SearchResponse.Hit> hits = searcher.search(plain).hits().stream()
            .collect(Collectors.toMap(SearchResponse.Hit::id, Function.identity()));
        assertEquals(4, hits.size());
        for (Article a : articles) {
          SearchResponse.Hit h = hits.get(a.id());
          Paragraph first = a.paragraphs().get(0);
          assertEquals(Highlighter.cut(first.text(), List.of()).text(), h.text(), a.id());
          assertEquals(Schema.TYPE_ARTICLE, h.type());
          assertNull(h.speaker());
          assertEquals(new SearchResponse.ArticleRef(a.id(), a.title(), a.url(), a.outlet(),
              a.date() == null ? null : a.date().toString(), "en", a.dateInferred()), h.article(), a.id());
        }
      }
      assertEquals(articles.size(), cardsIn(dir), "every article record carries its card");
    }
  }

  /** How many records of {@code dir} have a card: the page reads those without their stored record. */
  private static int cardsIn(ByteBuffersDirectory dir) throws IOException {
    int n = 0;
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        BinaryDocValues cards = leaf.reader().getBinaryDocValues(Schema.ARTICLE_CARD);
        while (cards != null && cards.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) n++;
      }
    }
    return n;
  }

  private static Article inferred(Article a) {
    return new Article(a.id(), a.source(), a.text(), a.title(), a.paragraphs(), a.subheadings(), a.credits(),
        a.related(), a.boilerplate(), a.outlet(), a.url(), LocalDate.parse("2018-11-17"), a.author(), a.language(),
        true);
  }
}
