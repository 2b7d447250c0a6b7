package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import verbatim.extract.Quote;
import verbatim.index.Indexer;
import verbatim.ingest.Article;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.search.SearchResponse.Hit;

/**
 * The quote-search rules of issue 18 on invented articles: a name query, surname filters, operators in simple
 * mode, labels and short quotes, wire copies. (Real news: {@link RealNewsSearchTest}.)
 */
class QuoteSearchRulesTest {
  private static Indexer indexer;
  private static Searcher searcher;

  @BeforeAll
  static void index() throws IOException {
    indexer = new Indexer(new ByteBuffersDirectory(), 16);
    // a minister whose surname is also a town's name, a town the others talk about
    Article a = Fixtures.article("a1", "en", "Harbour works", "2024-05-02", "Daily", List.of(),
        "\u201cThe harbour of Valmont will reopen in June,\u201d said Nadia Valmont.",
        "\u201cWe will pay for the bridge ourselves,\u201d Valmont added.",
        "Residents of Valmont said \u201cthe harbour of Valmont has waited too long for its bridge.\u201d",
        "Posters read \u201charbour bridge\u201d all along the quay.");
    index(a,
        Fixtures.quote(a, "The harbour of Valmont will reopen in June", "Nadia Valmont", "minister", Quote.Kind.DIRECT),
        Fixtures.quote(a, "We will pay for the bridge ourselves", "Nadia Valmont", "minister", Quote.Kind.DIRECT),
        Fixtures.quote(a, "the harbour of Valmont has waited too long for its bridge", "the residents", null,
            Quote.Kind.DIRECT),
        Fixtures.quote(a, "harbour bridge", "Posters", null, Quote.Kind.PARTIAL));
    // two people share the surname Ostrova; a label in quote marks
    Article b = Fixtures.article("b1", "en", "Two Ostrovas", "2024-05-03", "Daily", List.of(),
        "\u201cThe bridge budget is balanced,\u201d said Ilse Ostrova.",
        "\u201cThe harbour needs dredging first,\u201d said Marek Ostrova.",
        "The \u201cHarbour Bridge Fund\u201d was named.");
    index(b,
        Fixtures.quote(b, "The bridge budget is balanced", "Ilse Ostrova", null, Quote.Kind.DIRECT),
        Fixtures.quote(b, "The harbour needs dredging first", "Marek Ostrova", null, Quote.Kind.DIRECT),
        Fixtures.quote(b, "Harbour Bridge Fund", null, null, Quote.Kind.LABEL));
    // wire copy: the same quote by the same speaker in three articles
    for (String id : List.of("w1", "w2", "w3")) {
      Article w = Fixtures.article(id, "en", "Wire " + id, "2024-05-04", "Wire", List.of(),
          "\u201cThe bridge tolls will stay low for a decade,\u201d said Paulo Andrade.");
      index(w, Fixtures.quote(w, "The bridge tolls will stay low for a decade", "Paulo Andrade", null,
          Quote.Kind.DIRECT));
    }
    searcher = new Searcher(indexer);
    searcher.refresh();
  }

  private static void index(Article a, Quote... quotes) throws IOException {
    indexer.index(a, List.of(quotes));
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    indexer.close();
  }

  private static SearchRequest req(String q, List<String> speakers, int size, String cursor) {
    return new SearchRequest(q, null, DocType.QUOTE, speakers, null, null, null, null, null, size, cursor, null, false);
  }

  private static SearchResponse search(String q) throws IOException {
    return searcher.search(req(q, null, 10, null));
  }

  private static List<String> speakers(SearchResponse r) {
    List<String> out = new ArrayList<>();
    for (Hit h : r.hits()) out.add(h.speaker() == null ? null : h.speaker().name());
    return out;
  }

  @Test
  void aNameQueryPutsThatSpeakersQuotesFirstThenTheWords() throws IOException {
    for (String q : List.of("nadia valmont", "VALMONT")) {
      SearchResponse r = search(q);
      assertEquals(new SearchResponse.SpeakerMatch("Nadia Valmont", 2), r.speakerMatch(), q);
      assertEquals(List.of("Nadia Valmont", "Nadia Valmont"), speakers(r).subList(0, 2), q);
      assertTrue(speakers(r).contains("the residents"), q + ": quotes that mention the name still follow");
    }
    SearchResponse words = searcher.search(req("valmont", null, 10, null).withSpeakerMatch(false));
    assertNull(words.speakerMatch());
    // the words alone: the quotes that have them, and (at the small weight simple queries give names) the
    // speaker's other quote
    assertEquals(3, words.total());
    assertEquals("the residents", speakers(words).get(1), "a quote with the word outranks a quote by the name");
    // a surname two people share names no one, and says so
    SearchResponse both = search("ostrova");
    assertNull(both.speakerMatch());
    assertTrue(both.notices().stream().anyMatch(n -> n.contains("Ilse Ostrova") && n.contains("Marek Ostrova")));
    // a common word is no name, even when an attribution is that word
    assertNull(search("residents").speakerMatch());
  }

  @Test
  void speakerFiltersResolveSurnamesAndRefuseAmbiguousOnes() throws IOException {
    assertEquals(2, searcher.search(req("", List.of("valmont"), 10, null)).total());
    assertEquals(2, searcher.search(req("", List.of("NADIA VALMONT"), 10, null)).total());
    SearchException e = assertThrows(SearchException.class, () -> searcher.search(req("", List.of("Ostrova"), 10, null)));
    assertEquals("ambiguous_speaker", e.code());
    List<?> candidates = (List<?>) e.details().get("candidates");
    assertEquals(List.of(Map.of("name", "Ilse Ostrova", "count", 1L), Map.of("name", "Marek Ostrova", "count", 1L)),
        candidates);
    assertEquals(0, searcher.search(req("", List.of("Nobody"), 10, null)).total());
  }

  @Test
  void simpleModeReadsOperatorsAsTyped() throws IOException {
    assertEquals(1, search("harbour AND dredging").total());
    assertEquals("advanced", search("harbour AND dredging").queryMode());
    assertEquals("simple", search("harbour dredging").queryMode());
    assertTrue(search("harbour dredging").total() > 1);
    for (Hit h : search("bridge NOT tolls").hits()) assertFalse(h.text().contains("tolls"), h.text());
    assertEquals(1, search("speaker:ostrova AND bridge").total());
    SearchException e = assertThrows(SearchException.class, () -> search("bridge AND (harbour"));
    assertEquals("query_syntax", e.code());
    assertEquals(19, e.details().get("position"));
    // prose keeps its simple reading: brackets and a question mark are punctuation
    assertEquals("simple", search("who pays for the bridge (and when)?").queryMode());
    assertEquals(search("bridge AND harbour").total(), search("bridge AND harbour?").total());
    // a simple query never reads a word with a colon as a field unless the field is known
    assertEquals("simple", search("bridge 10:30").queryMode());
  }

  @Test
  void labelsNeverHitAndShortQuotesRankBelowStatements() throws IOException {
    for (Hit h : search("harbour bridge fund").hits()) assertFalse(h.kind().equals("label"), h.text());
    List<String> texts = search("harbour bridge").hits().stream().map(Hit::text).toList();
    assertTrue(texts.indexOf("harbour bridge") > texts.indexOf("the harbour of Valmont has waited too long for its bridge"),
        "the bare two words rank below the statement that uses both: " + texts);
    assertTrue(searcher.speakers("", 100).stream().map(FacetCount::value).anyMatch(v -> v.equals("Posters")),
        "a short quote is still a quote");
  }

  @Test
  void wireCopiesShowOnceWithTheirArticlesOnEveryPageAndInExport() throws IOException {
    SearchResponse r = search("tolls decade");
    assertEquals(3, r.total());
    assertEquals(1L, r.distinct());
    assertEquals(1, r.hits().size());
    assertNotNull(r.hits().get(0).alsoIn());
    assertEquals(2, r.hits().get(0).alsoIn().count());
    assertEquals(2, r.hits().get(0).alsoIn().articles().size());
    assertEquals(3, searcher.search(req("tolls decade", null, 10, null).withCollapse(false)).hits().size());
    // paging one hit at a time never shows a copy, and export agrees
    List<String> paged = new ArrayList<>();
    String cursor = null;
    do {
      SearchResponse page = searcher.search(req("bridge", null, 1, cursor));
      for (Hit h : page.hits()) paged.add(h.id());
      cursor = page.cursor();
    } while (cursor != null);
    List<String> exported = new ArrayList<>();
    searcher.export(req("bridge", null, 10, null), h -> exported.add(h.id()));
    assertEquals(exported, paged);
    assertEquals(1, paged.stream().filter(id -> id.startsWith("w")).count());
  }
}
