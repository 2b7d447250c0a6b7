package verbatim.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import verbatim.search.SearchResponse;

/** The stand-in API speaks the agreed {@link SearchResponse} shape, whatever the JVM's default locale. */
class FakeApiTest {
  @Test
  void answersInTheAgreedShapeUnderFrenchAndTurkishLocales() throws Exception {
    Locale saved = Locale.getDefault();
    try (FakeApi api = new FakeApi(List.of(
        new FakeApi.Row("x#q-1", "Interdire TikTok ici", "Éric Caire", "ministre", "fr", "Le Média", "2023-02-28"),
        new FakeApi.Row("x#q-2", "Nothing to see", "Jane Roe", "mayor", "en", "Outlet", "2022-01-01")))) {
      HttpClient http = HttpClient.newHttpClient();
      for (Locale locale : List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("tr-TR"))) {
        Locale.setDefault(locale);
        // "INTERDIRE TIKTOK" lower-cases to "ınterdıre tıktok" under Turkish rules: only Locale.ROOT matches.
        String uri = api.endpoint() + "/api/quotes?q=INTERDIRE%20TIKTOK&mode=simple&size=10";
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode());
        assertEquals("*", res.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        SearchResponse body = new ObjectMapper().readValue(res.body(), SearchResponse.class);
        assertEquals(1, body.total(), locale + ": " + res.body());
        SearchResponse.Hit hit = body.hits().get(0);
        assertEquals("Éric Caire", hit.speaker().name());
        assertEquals(new SearchResponse.Span(0, 16), hit.highlights().get(0));
        assertEquals("2023-02-28", hit.article().date());
        assertTrue(body.facets().get("speaker").contains(new SearchResponse.FacetCount("Éric Caire", 1)));
        assertEquals(List.of(new SearchResponse.FacetCount("2023", 1)), body.facets().get("year"));
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
