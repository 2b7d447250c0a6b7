package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verbatim.search.SearchException;
import verbatim.search.SearchResponse;

class ResultsPageRendererTest {
  private static final String TEMPLATE = "<html lang=\"en\"><form><input id=\"q-nojs\" name=\"q\" type=\"search\"></form>"
      + ResultsPageRenderer.MARKER + "</html>";

  @Test
  void pageParametersBecomeSearchParameters() {
    Map<String, List<String>> p = ResultsPageRenderer.searchParameters(Map.of(
        "q", List.of("tiktok"), "speaker", List.of("Éric Caire", "Justin Trudeau"), "year", List.of("2023"),
        "page", List.of("3"), "exact", List.of("true")));
    assertEquals(List.of("tiktok"), p.get("q"));
    assertEquals(List.of("Éric Caire", "Justin Trudeau"), p.get("speaker"));
    assertEquals(List.of("2023-01-01"), p.get("from"));
    assertEquals(List.of("2023-12-31"), p.get("to"));
    assertEquals(List.of("20"), p.get("size"));
    assertFalse(p.containsKey("page") || p.containsKey("exact") || p.containsKey("year"), p.toString());
    assertFalse(ResultsPageRenderer.searchParameters(Map.of("year", List.of(""))).containsKey("from"), "a blank year is no filter");
    ApiException e = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
        () -> ResultsPageRenderer.searchParameters(Map.of("year", List.of("20x3"))));
    assertEquals(400, e.status());
  }

  @Test
  void everyPieceOfDataIsEscapedAndTheNextPageKeepsTheFilters() {
    var hit = new SearchResponse.Hit("a<1>#q-0", "quote", "<b>bold</b> & \"quoted\"", "direct",
        new SearchResponse.SpeakerRef("O'Brien <x>", "PQ <leader>"),
        new SearchResponse.ArticleRef("a<1>", "Title <i>", null, "Outlet & Co", "2023-03-01", "en"), List.of(), null, 1f);
    var r = new SearchResponse(1234, true, List.of(hit), Map.of(), "CURSOR+/=", null, false);
    String html = ResultsPageRenderer.render(TEMPLATE, "a \"b\"", Map.of("q", List.of("a \"b\""), "speaker", List.of("O'Brien")), r, false);
    assertTrue(html.contains("<blockquote>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;</blockquote>"), html);
    assertTrue(html.contains("— O&#39;Brien &lt;x&gt;, PQ &lt;leader&gt;"), html);
    assertTrue(html.contains("href=\"/article/a%3C1%3E#a%3C1%3E%23q-0\">Title &lt;i&gt;</a> (Outlet &amp; Co, 2023-03-01)"), html);
    assertTrue(html.contains("1,234 quotes for “a &quot;b&quot;”"), html);
    assertTrue(html.contains("value=\"a &quot;b&quot;\""), html);
    assertTrue(html.contains("cursor=CURSOR%2B%2F%3D") && html.contains("speaker=O%27Brien"), html);
    assertFalse(html.contains(ResultsPageRenderer.MARKER));
  }

  @Test
  void frenchVisitorsGetFrenchStrings() {
    assertTrue(ResultsPageRenderer.french("fr-CA,fr;q=0.9,en;q=0.8"));
    assertFalse(ResultsPageRenderer.french("en-US,fr;q=0.5"));
    assertFalse(ResultsPageRenderer.french(null));
    var r = new SearchResponse(0, true, List.of(), Map.of(), null, "tiktok", false);
    String html = ResultsPageRenderer.render(TEMPLATE, "tiktak", Map.of("q", List.of("tiktak")), r, true);
    assertTrue(html.startsWith("<html lang=\"fr\">"), html);
    assertTrue(html.contains("Aucune citation ne correspond à «\u00A0tiktak\u00A0»."), html);
    assertTrue(html.contains("Vouliez-vous dire <a href=\"/?q=tiktok\">tiktok</a>"), html);
  }

  private static SearchResponse.Hit hit(String article, String text, float score, SearchResponse.AlsoIn also) {
    return new SearchResponse.Hit(article + "#q-0", "quote", text, "direct", new SearchResponse.SpeakerRef("Nadia Valmont", null),
        new SearchResponse.ArticleRef(article, "Harbour", null, null, null, "en"), List.of(), null, score, also);
  }

  @Test
  void aNamedSpeakerComesWithTheLinkToTheWordsAndBack() {
    var r = new SearchResponse(3, true, List.of(hit("a1", "The harbour will reopen", 1003.25f, null)), Map.of(), null, null, false,
        3L, new SearchResponse.SpeakerMatch("Nadia Valmont", 2), "simple", List.of());
    String html = ResultsPageRenderer.render(TEMPLATE, "valmont", Map.of("q", List.of("valmont")), r, false);
    assertTrue(html.contains("<p class=\"answer\">Quotes by Nadia Valmont first (2) · <a href=\"/?q=valmont&amp;speakerMatch=false\">"
        + "Search the words instead</a></p>"), html);
    assertFalse(html.contains("1003") || html.contains("1,003"), "no score: " + html);
    assertFalse(html.contains("distinct"), "3 of 3: " + html);
    var words = new SearchResponse(3, true, List.of(hit("a1", "x", 1f, null)), Map.of(), null, null, false);
    String back = ResultsPageRenderer.render(TEMPLATE, "valmont", Map.of("q", List.of("valmont"), "speakerMatch", List.of("false")), words, false);
    assertTrue(back.contains("Searching the words only · <a href=\"/?q=valmont\">Put the speaker named first</a>"), back);
    assertEquals(List.of("false"), ResultsPageRenderer.searchParameters(Map.of("speakerMatch", List.of("false"), "collapse", List.of("false")))
        .get("speakerMatch"));
  }

  @Test
  void copiesAreCountedListedAndCanAllBeShown() {
    var also = new SearchResponse.AlsoIn(2, List.of("w2", "w<3>"));
    var r = new SearchResponse(6, true, List.of(hit("w1", "Tolls stay low", 2f, also)), Map.of(), null, null, false,
        4L, null, "simple", List.of());
    String html = ResultsPageRenderer.render(TEMPLATE, "tolls", Map.of("q", List.of("tolls")), r, false);
    assertTrue(html.contains("<h2>6 quotes for “tolls” · 4 distinct</h2>"), html);
    assertTrue(html.contains("<p class=\"also\">also in 2 articles: <a href=\"/article/w2\">w2</a>, <a href=\"/article/w%3C3%3E\">w&lt;3&gt;</a>"
        + " · <a href=\"/?q=tolls&amp;collapse=false\">Show every copy</a></p>"), html);
    String fr = ResultsPageRenderer.render(TEMPLATE, "tolls", Map.of("q", List.of("tolls")), r, true);
    assertTrue(fr.contains("6 citations pour «\u00A0tolls\u00A0» · 4 distinctes"), fr);
    assertTrue(fr.contains("aussi dans 2\u00A0articles\u00A0: <a"), fr);
    var all = new SearchResponse(6, true, List.of(hit("w1", "Tolls stay low", 2f, null)), Map.of(), null, null, false);
    String every = ResultsPageRenderer.render(TEMPLATE, "tolls", Map.of("q", List.of("tolls"), "collapse", List.of("false")), all, false);
    assertTrue(every.contains("Every copy of each quote is shown. · <a href=\"/?q=tolls\">Show each quote once</a>"), every);
  }

  @Test
  void theAdvancedReadingAndTheServicesNoticesAreShownEscaped() {
    var r = new SearchResponse(1, true, List.of(hit("a1", "x", 1f, null)), Map.of(), null, null, false, 1L, null, "advanced",
        List.of("read as advanced syntax <AND>"));
    String html = ResultsPageRenderer.render(TEMPLATE, "a AND b", Map.of("q", List.of("a AND b")), r, false);
    assertTrue(html.contains("<p class=\"badge\">advanced syntax</p>"), html);
    assertTrue(html.contains("<p class=\"notice\">read as advanced syntax &lt;AND&gt;</p>"), html);
  }

  @Test
  void anAmbiguousSpeakerListsItsCandidatesAsLinks() {
    var e = new SearchException("ambiguous_speaker", "speaker 'Ostrova' could be Ilse Ostrova, Marek Ostrova", Map.of(
        "parameter", "speaker", "value", "Ostrova",
        "candidates", List.of(Map.of("name", "Ilse Ostrova", "count", 1L), Map.of("name", "Marek Ostrova", "count", 3L))));
    Map<String, List<String>> page = Map.of("q", List.of("bridge"), "speaker", List.of("Ostrova", "Nadia Valmont"));
    String html = ResultsPageRenderer.renderError(TEMPLATE, "bridge", new java.util.LinkedHashMap<>(page), e, false);
    assertTrue(html.contains("<p role=\"alert\">“Ostrova” could be several speakers. Which one?</p>"), html);
    assertTrue(html.contains("<a href=\"/?q=bridge&amp;speaker=Nadia%20Valmont&amp;speaker=Marek%20Ostrova\">Marek Ostrova</a> (3)")
        || html.contains("speaker=Nadia%20Valmont&amp;speaker=Marek%20Ostrova&amp;q=bridge\">Marek Ostrova</a> (3)"), html);
    String fr = ResultsPageRenderer.renderError(TEMPLATE, "bridge", page, e, true);
    assertTrue(fr.contains("«\u00A0Ostrova\u00A0» peut désigner plusieurs personnes. Laquelle\u202F?"), fr);
    String plain = ResultsPageRenderer.renderError(TEMPLATE, "(", page, new SearchException("query_syntax", "unbalanced", Map.of()), false);
    assertTrue(plain.contains("The search could not run: unbalanced"), plain);
  }
}
