package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import verbatim.extract.Quote;
import verbatim.index.Indexer;
import verbatim.ingest.Article;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchRequest.Mode;

class SearcherTest {
  private Indexer indexer;
  private Searcher searcher;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void setUp() throws IOException {
    indexer = new Indexer(new ByteBuffersDirectory(), 16);
    for (Object[] aq : Fixtures.bilingual()) indexer.index((Article) aq[0], (List<Quote>) aq[1]);
    indexer.commit();
    searcher = new Searcher(indexer);
    searcher.refresh();
  }

  @AfterEach
  void tearDown() throws IOException {
    searcher.close();
    indexer.close();
  }

  static SearchRequest req(String q, Mode mode, DocType type, List<String> speakers, int size, String cursor) {
    return new SearchRequest(q, mode, type, speakers, null, null, null, null, null, size, cursor, null, true);
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  @Test
  void accentInsensitiveNamesFindBothSpellingsAndOneFacetValue() throws IOException {
    for (String q : List.of("Éric Caire", "eric caire", "CAIRE")) {
      SearchResponse r = searcher.search(req(q, null, DocType.QUOTE, null, 10, null));
      assertEquals(Set.of("fr-1#q-0", "en-1#q-0", "fr-2#q-1"), new HashSet<>(ids(r)), q);
    }
    SearchResponse all = searcher.search(req("", null, DocType.QUOTE, null, 10, null));
    List<SearchResponse.FacetCount> speakers = all.facets().get("speaker");
    assertEquals(List.of(new SearchResponse.FacetCount("Éric Caire", 3), new SearchResponse.FacetCount("Anne Tremblay", 3)),
        speakers.stream().sorted((a, b) -> a.value().compareTo(b.value()) * -1).toList());
    assertEquals("Éric Caire", searcher.speakers("cai", 5).get(0).value());
    assertEquals("Éric Caire", searcher.speakers("Éri", 5).get(0).value());
    assertEquals(3, searcher.speakers("eric", 5).get(0).count());
  }

  @Test
  void elisionAndLigaturesAndAccentsFold() throws IOException {
    SearchResponse r = searcher.search(req("assemblée", null, DocType.ARTICLE, null, 10, null));
    assertTrue(ids(r).contains("fr-1"), ids(r).toString());
    r = searcher.search(req("l'Assemblee", null, DocType.ARTICLE, null, 10, null));
    assertTrue(ids(r).contains("fr-1"), ids(r).toString());
    r = searcher.search(req("coeur", null, DocType.ARTICLE, null, 10, null));
    assertEquals(List.of("fr-1"), ids(r));
    r = searcher.search(req("Québec", null, DocType.ARTICLE, null, 10, null));
    assertTrue(ids(r).contains("en-1"), ids(r).toString());
  }

  @Test
  void oneQueryFindsBothLanguages() throws IOException {
    // "décision" is stemmed in French and folded to "decision", which the English article has
    SearchResponse r = searcher.search(req("ottawa décision", null, DocType.ARTICLE, null, 10, null));
    assertEquals(Set.of("en-2", "fr-2"), new HashSet<>(ids(r).subList(0, 2)), "both words rank first");
    // a French query finds the English articles that name Québec and décision without accents (the French
    // article, "décision" in its title, may rank among them), the one with both words in one sentence first
    r = searcher.search(req("Québec décision", null, DocType.ARTICLE, null, 10, null));
    assertTrue(ids(r).containsAll(List.of("en-1", "en-2", "fr-2")));
    assertTrue(ids(r).indexOf("en-2") < ids(r).indexOf("en-1"));
    r = searcher.search(req("+Québec +décision", null, DocType.ARTICLE, null, 10, null));
    assertEquals(Set.of("en-1", "en-2"), new HashSet<>(ids(r)), "+ makes words required");
  }

  @Test
  void highlightsAreOffsetsIntoTheWholeQuote() throws IOException {
    SearchResponse r = searcher.search(req("protecting data", null, DocType.QUOTE, null, 10, null));
    assertEquals(List.of("en-1#q-0"), ids(r));
    SearchResponse.Hit h = r.hits().get(0);
    assertEquals("We are protecting the government's data", h.text());
    List<String> marked = h.highlights().stream().map(s -> h.text().substring(s.start(), s.end())).toList();
    assertEquals(List.of("protecting", "data"), marked);
    assertEquals("Eric Caire".length(), h.speaker().name().length());
    assertEquals("Éric Caire", h.speaker().name());
    assertTrue(h.context().contains("said Eric Caire"));
  }

  @Test
  void drillSidewaysKeepsOtherSpeakerCounts() throws IOException {
    SearchResponse r = searcher.search(req("", null, DocType.QUOTE, List.of("eric caire"), 10, null));
    assertEquals(3, r.total());
    Map<String, Long> counts = new java.util.HashMap<>();
    for (SearchResponse.FacetCount c : r.facets().get("speaker")) counts.put(c.value(), c.count());
    assertEquals(Map.of("Éric Caire", 3L, "Anne Tremblay", 3L), counts);
    // the lang facet is drilled down by the speaker selection
    long fr = r.facets().get("lang").stream().filter(c -> c.value().equals("fr")).mapToLong(SearchResponse.FacetCount::count).sum();
    assertEquals(2, fr);
  }

  @Test
  void advancedSyntaxAndErrors() throws IOException {
    SearchResponse r = searcher.search(req("speaker:caire AND lang:fr", Mode.ADVANCED, DocType.QUOTE, null, 10, null));
    assertEquals(Set.of("fr-1#q-0", "fr-2#q-1"), new HashSet<>(ids(r)));
    r = searcher.search(req("type:stub québec", Mode.ADVANCED, DocType.QUOTE, null, 10, null));
    assertEquals(List.of("fr-1#stub-0"), ids(r));
    r = searcher.search(req("date:[2024-01-01 TO 2024-12-31] kind:direct", Mode.ADVANCED, null, null, 10, null));
    assertEquals(List.of("fr-2#q-0"), ids(r));
    r = searcher.search(req("\"decide weeks\"~2", Mode.ADVANCED, null, null, 10, null));
    assertEquals(List.of("en-2#q-1"), ids(r));
    r = searcher.search(req("prot*", Mode.ADVANCED, null, null, 10, null));
    assertEquals(Set.of("en-1#q-0", "fr-1#q-0"), new HashSet<>(ids(r)));

    SearchException e = assertThrows(SearchException.class,
        () -> searcher.search(req("caire AND (lang:fr", Mode.ADVANCED, null, null, 10, null)));
    assertEquals("query_syntax", e.code());
    assertEquals(18, e.details().get("position"));
    e = assertThrows(SearchException.class,
        () -> searcher.search(req("caire ) data", Mode.ADVANCED, null, null, 10, null)));
    assertEquals(6, e.details().get("position"), e.getMessage());
    e = assertThrows(SearchException.class,
        () -> searcher.search(req("caire nope:x", Mode.ADVANCED, null, null, 10, null)));
    assertEquals(6, e.details().get("position"), e.getMessage());
    // simple mode reads the same text as advanced syntax, errors and all (it never runs something else)
    e = assertThrows(SearchException.class, () -> searcher.search(req("caire AND (lang:fr", null, null, null, 10, null)));
    assertEquals(18, e.details().get("position"));
    // simple syntax alone never fails, nor does prose punctuation (brackets, question marks)
    searcher.search(req("caire ) \" data -", null, null, null, 10, null));
    searcher.search(req("who is caire (the minister)?", null, null, null, 10, null));
    assertEquals(searcher.search(req("caire AND data?", null, null, null, 10, null)).total(),
        searcher.search(req("caire AND data", null, null, null, 10, null)).total());
  }

  @Test
  void guardsLimitWildcardsClausesAndTime() throws IOException {
    SearchException e = assertThrows(SearchException.class,
        () -> searcher.search(req("p*", Mode.ADVANCED, null, null, 10, null)));
    assertEquals("query_syntax", e.code());
    e = assertThrows(SearchException.class,
        () -> searcher.search(req("*data", Mode.ADVANCED, null, null, 10, null)));
    assertEquals("query_syntax", e.code());
    e = assertThrows(SearchException.class,
        () -> searcher.search(req("ab* ac* ad* ae* af* ag*", Mode.ADVANCED, null, null, 10, null)));
    assertEquals("bad_parameter", e.code());
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 70; i++) many.append("w").append(i).append(" OR ");
    many.append("end");
    e = assertThrows(SearchException.class,
        () -> searcher.search(req(many.toString(), Mode.ADVANCED, null, null, 10, null)));
    assertEquals("bad_parameter", e.code());
    assertThrows(SearchException.class, () -> searcher.search(req("x".repeat(1001), null, null, null, 10, null)));
    searcher.setTimeout(Duration.ZERO);
    SearchResponse r = searcher.search(req("", null, DocType.QUOTE, null, 10, null));
    assertTrue(r.partial());
    searcher.setTimeout(Searcher.DEFAULT_TIMEOUT);
    assertFalse(searcher.search(req("", null, DocType.QUOTE, null, 10, null)).partial());
  }

  @Test
  void simpleModeWordsPhrasesExclusionAndOr() throws IOException {
    assertEquals(List.of("en-2#q-1"), ids(searcher.search(req("\"decide within\"", null, null, null, 10, null))));
    assertEquals(Set.of("en-2#q-0", "fr-2#q-0"),
        new HashSet<>(ids(searcher.search(req("tremblay -weeks", null, null, null, 10, null)))));
    assertEquals(Set.of("en-2#q-1", "en-1#q-0"),
        new HashSet<>(ids(searcher.search(req("weeks OR protecting", null, null, null, 10, null)))));
  }

  @Test
  void didYouMeanOnlyWhenTheSuggestionHasHits() throws IOException {
    SearchResponse r = searcher.search(req("tremblya", null, null, null, 10, null));
    assertEquals(0, r.total());
    assertEquals("tremblay", r.didYouMean());
    assertNull(searcher.search(req("zzzzqqq", null, null, null, 10, null)).didYouMean());
  }

  @Test
  void articleViewAndSuggestionsAndStats() throws IOException {
    ArticleView a = searcher.article("en-2").orElseThrow();
    assertEquals(3, a.paragraphs().size());
    assertEquals(2, a.quotes().size());
    ArticleView.QuoteView q = a.quotes().get(0);
    assertEquals(q.text(), a.text().substring(q.start(), q.end()));
    assertEquals("Anne Tremblay", q.speaker().name());
    assertEquals(1, q.paragraph());
    assertTrue(searcher.article("nope").isEmpty());
    assertEquals(1, searcher.article("fr-1").orElseThrow().related().size());

    List<Suggestion> s = searcher.suggest("tre", 5);
    assertEquals(new Suggestion("Anne Tremblay", "speaker", 3), s.get(0));
    assertTrue(searcher.suggest("the sécu", 5).stream().anyMatch(x -> x.text().equals("the securite")), s.toString());

    IndexStats st = searcher.stats();
    assertEquals(4, st.articles());
    assertEquals(2, st.stubs());
    assertEquals(6, st.quotes());
    assertEquals(2, st.speakers());
    assertEquals(st.generation(), searcher.generation());
  }

  @Test
  void runsUnderFrenchAndTurkishLocales() throws IOException {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("tr-TR"))) {
        Locale.setDefault(l);
        // Turkish lower-casing would turn "I" into a dotless ı and miss "issue"
        SearchResponse r = searcher.search(req("ISSUE", null, null, null, 10, null));
        assertEquals(List.of("en-2#q-0"), ids(r), l.toString());
        r = searcher.search(req("KIND:DIRECT AND LANG:FR", Mode.ADVANCED, null, null, 10, null));
        assertEquals(Set.of("fr-1#q-0", "fr-2#q-0"), new HashSet<>(ids(r)), l.toString());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void cursorRejectsForgeryAndOtherQueries() throws IOException {
    SearchResponse first = searcher.search(req("", null, DocType.QUOTE, null, 2, null));
    assertNotNull(first.cursor());
    String c = first.cursor();
    SearchException e = assertThrows(SearchException.class,
        () -> searcher.search(req("caire", null, DocType.QUOTE, null, 2, c)));
    assertEquals("bad_cursor", e.code());
    String forged = (c.charAt(3) == 'A' ? "B" : "A");
    String bad = c.substring(0, 3) + forged + c.substring(4);
    assertEquals("bad_cursor", assertThrows(SearchException.class,
        () -> searcher.search(req("", null, DocType.QUOTE, null, 2, bad))).code());
    assertEquals("bad_cursor", assertThrows(SearchException.class,
        () -> searcher.search(req("", null, DocType.QUOTE, null, 2, "%%%"))).code());
    List<String> seen = new ArrayList<>(ids(first));
    String cursor = first.cursor();
    while (cursor != null) {
      SearchResponse next = searcher.search(req("", null, DocType.QUOTE, null, 2, cursor));
      seen.addAll(ids(next));
      cursor = next.cursor();
    }
    assertEquals(6, seen.size());
    assertEquals(6, new HashSet<>(seen).size());
  }
}
