package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
