package verbatim.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * What the search page says about how it answered, in real headless Chromium against the real server (corpus/ plus
 * {@link Service#INVENTED}): a name query's speaker first and the way to the words, an ambiguous speaker's
 * candidates, wire copies counted and listed, and no raw score anywhere.
 */
class SearchAnswersBrowserTest {
  private static Service service;
  private static HeadlessBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeAvailable();
    service = Service.withArticles(Service.INVENTED);
    browser = new HeadlessBrowser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (service != null) service.close();
  }

  private static String speakerOf(WebElement result) {
    return result.findElement(By.cssSelector("[part=speaker]")).getText();
  }

  private static SearchContext open(String pageQuery) {
    browser.driver.get(service.endpoint() + "/" + pageQuery);
    SearchContext w = browser.widget();
    browser.waitFor(d -> !HeadlessBrowser.results(w).isEmpty() && HeadlessBrowser.settled(w));
    return w;
  }

  @Test
  void aNameQueryShowsTheSpeakerFirstAndItsLinkSearchesTheWords() {
    SearchContext w = open("?q=valmont");
    WebElement banner = w.findElement(By.cssSelector("[part=speaker-match]"));
    assertTrue(banner.getText().startsWith("Quotes by Nadia Valmont first (2)"), banner.getText());
    assertEquals("Nadia Valmont", speakerOf(HeadlessBrowser.results(w).get(0)));
    assertEquals("Nadia Valmont", speakerOf(HeadlessBrowser.results(w).get(1)));
    browser.screenshot("answers-speaker-match");
    banner.findElement(By.cssSelector("button")).click();
    browser.waitFor(d -> browser.driver.getCurrentUrl().contains("speakerMatch=false") && HeadlessBrowser.settled(w)
        && w.findElement(By.cssSelector("[part=speaker-match]")).getText().startsWith("Searching the words only") ? true : null);
    assertEquals("Marta Lind", speakerOf(HeadlessBrowser.results(w).get(1)), "the words alone: her quote with the name outranks his other quote");
    // and the way back
    w.findElement(By.cssSelector("[part=speaker-match] button")).click();
    browser.waitFor(d -> !browser.driver.getCurrentUrl().contains("speakerMatch") && HeadlessBrowser.settled(w)
        && w.findElement(By.cssSelector("[part=speaker-match]")).getText().startsWith("Quotes by Nadia Valmont") ? true : null);
  }

  @Test
  void anAmbiguousSpeakerShowsItsCandidatesAndOneClickFiltersOnIt() {
    browser.driver.get(service.endpoint() + "/?speaker=Ostrova");
    SearchContext w = browser.widget();
    WebElement status = browser.waitFor(d -> {
      WebElement s = w.findElement(By.cssSelector("[role=status]"));
      return s.getText().contains("could be several speakers") ? s : null;
    });
    assertTrue(status.getText().contains("Ostrova"), status.getText());
    List<WebElement> candidates = w.findElements(By.cssSelector("[part=candidates] button"));
    assertEquals(List.of("Ilse Ostrova", "Marek Ostrova"), candidates.stream().map(c -> c.getText().replaceAll("\\s*\\d+$", "")).toList());
    assertTrue(w.findElements(By.cssSelector("[data-key=retry]")).isEmpty(), "no retry for a question");
    browser.screenshot("answers-ambiguous-speaker");
    candidates.get(1).click();
    browser.waitFor(d -> !HeadlessBrowser.results(w).isEmpty() && HeadlessBrowser.settled(w));
    assertTrue(browser.driver.getCurrentUrl().contains("speaker=Marek%20Ostrova") || browser.driver.getCurrentUrl().contains("speaker=Marek+Ostrova"),
        browser.driver.getCurrentUrl());
    for (WebElement r : HeadlessBrowser.results(w)) assertEquals("Marek Ostrova", speakerOf(r));
  }

  @Test
  void wireCopiesShowOnceWithTheirArticlesAndEveryCopyOnRequest() throws Exception {
    SearchContext w = open("?q=" + "bridge%20tolls");
    assertEquals("6 quotes · 4 distinct", w.findElement(By.cssSelector("[role=status]")).getText());
    WebElement first = HeadlessBrowser.results(w).get(0);
    WebElement also = first.findElement(By.cssSelector("details[part=also-in]"));
    assertEquals("also in 2 articles", also.findElement(By.tagName("summary")).getText());
    also.findElement(By.tagName("summary")).click();
    List<String> links = also.findElements(By.cssSelector("a")).stream().map(a -> a.getAttribute("href")).toList();
    assertEquals(2, links.size(), links.toString());
    String own = first.getAttribute("data-href").replaceAll(".*/article/([^#]*).*", "$1");
    for (String href : links) {
      assertTrue(href.matches(".*/article/wire-tolls-[123]$"), href);
      assertFalse(href.endsWith("/" + own), "the other articles, not the hit's own: " + href);
    }
    browser.screenshot("answers-also-in");
    String csv = w.findElement(By.cssSelector("a[part=export-csv]")).getAttribute("href");
    String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofString()).body();
    List<String> rows = List.of(body.split("\r\n"));
    assertTrue(rows.get(0).endsWith(",text,also_in"), rows.get(0));
    String tolls = rows.stream().filter(r -> r.contains("Paulo Andrade")).reduce((x, y) -> x + "\n" + y).orElseThrow();
    assertEquals(1, tolls.lines().count(), "one row for the three copies: " + tolls);
    assertTrue(tolls.endsWith(",The bridge tolls will stay low for a decade,wire-tolls-2;wire-tolls-1"), tolls);
    also.findElement(By.cssSelector("[part=every-copy]")).click();
    browser.waitFor(d -> browser.driver.getCurrentUrl().contains("collapse=false") && HeadlessBrowser.settled(w) && HeadlessBrowser.results(w).size() == 6 ? true : null);
    assertEquals(3, HeadlessBrowser.results(w).stream().filter(r -> speakerOf(r).equals("Paulo Andrade")).count());
    assertTrue(w.findElement(By.cssSelector("[part=copies]")).getText().contains("Show each quote once"));
  }

  @Test
  void anAdvancedReadingIsBadgedAndExplainedAndNoScoreIsShown() {
    SearchContext w = open("?q=" + "harbour%20AND%20dredging");
    assertEquals("advanced syntax", w.findElement(By.cssSelector("[part=mode-badge]")).getText());
    assertFalse(w.findElements(By.cssSelector("[part=query-notice]")).isEmpty(), "the service's notice is shown");
    SearchContext named = open("?q=valmont");
    String text = (String) browser.js("return document.querySelector('verbatim-search').shadowRoot.textContent");
    assertFalse(Pattern.compile("\\d{4}\\.\\d").matcher(text).find(), "no score (a named speaker's are above 1000): " + text);
    assertTrue(named.findElements(By.cssSelector("[part=mode-badge]")).isEmpty());
  }
}
