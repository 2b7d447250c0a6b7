package verbatim.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The service's own pages in real headless Chromium against the real server (index built from corpus/): what a
 * researcher reaches for (syntax errors, export), the phone layout, and no stray "[object …]" text anywhere.
 */
class SearchPageBrowserTest {
  private static Service service;
  private static HeadlessBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeAvailable();
    service = Service.start(List.of());
    browser = new HeadlessBrowser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (service != null) service.close();
  }

  /** Everything the page shows as text, the widget's shadow DOM included. */
  private static String allText() {
    return (String) browser.js("let t = document.body.innerText;"
        + "document.querySelectorAll('verbatim-search').forEach((w) => { if (w.shadowRoot) t += '\\n' + w.shadowRoot.textContent; });"
        + "return t;");
  }

  @Test
  void noPageShowsObjectPlaceholders() {
    browser.driver.get(service.endpoint() + "/?q=preventive");
    SearchContext w = browser.widget();
    browser.waitFor(d -> !HeadlessBrowser.results(w).isEmpty() && HeadlessBrowser.settled(w));
    assertFalse(allText().contains("[object "), "search page: " + allText());
    String href = HeadlessBrowser.results(w).get(0).getAttribute("data-href");
    browser.driver.get(href.startsWith("/") ? service.endpoint() + href : href);
    browser.waitFor(d -> d.findElements(By.cssSelector("main#article h3")).size() >= 2 ? true : null);
    String article = allText();
    assertFalse(article.contains("[object "), "article page: " + article);
    List<WebElement> related = browser.driver.findElements(By.cssSelector("main#article > ul li"));
    assertEquals(3, related.size(), "the seed article's three related stories are listed");
    browser.screenshot("article-related");
    browser.driver.get(service.endpoint() + "/embed.html");
    browser.widget();
    assertFalse(allText().contains("[object "), "embed page: " + allText());
  }

  @Test
  void aSyntaxErrorIsShownWithItsPosition() {
    browser.driver.get(service.endpoint() + "/?mode=advanced&q=" + URLEncoder.encode("tiktok AND (", StandardCharsets.UTF_8));
    SearchContext w = browser.widget();
    WebElement status = browser.waitFor(d -> {
      WebElement s = w.findElement(By.cssSelector("[role=status]"));
      return s.getText().contains("syntax error") ? s : null;
    });
    assertTrue(status.getText().contains("at character 13"), status.getText());
    WebElement at = w.findElement(By.cssSelector("[part=syntax-error]"));
    assertEquals("tiktok AND ( ", at.findElement(By.xpath("..")).getText() + (at.getText().isEmpty() ? " " : ""),
        "the query is shown with its end marked");
    assertTrue(HeadlessBrowser.results(w).isEmpty(), "nothing else is run instead");
    assertTrue(w.findElement(By.cssSelector("[part=advanced]")).isSelected(), "the advanced toggle reflects the mode");
    browser.screenshot("page-syntax-error");
  }

  @Test
  void exportLinksCarryTheCurrentQuery() throws Exception {
    String speaker = "Éric Caire";
    browser.driver.get(service.endpoint() + "/?q=preventive&speaker=" + URLEncoder.encode(speaker, StandardCharsets.UTF_8));
    SearchContext w = browser.widget();
    browser.waitFor(d -> !HeadlessBrowser.results(w).isEmpty() && HeadlessBrowser.settled(w));
    String csv = w.findElement(By.cssSelector("a[part=export-csv]")).getAttribute("href");
    URI uri = URI.create(csv);
    assertEquals("/api/export", uri.getPath());
    String query = URLDecode.of(uri.getRawQuery());
    assertTrue(query.contains("q=preventive"), query);
    assertTrue(query.contains("speaker=" + speaker), query);
    assertTrue(query.contains("format=csv"), query);
    assertTrue(URLDecode.of(w.findElement(By.cssSelector("a[part=export-jsonl]")).getAttribute("href")).contains("format=jsonl"));
    HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, res.statusCode());
    String[] rows = res.body().split("\r\n");
    assertTrue(rows.length >= 2, res.body());
    for (int i = 1; i < rows.length; i++) assertTrue(rows[i].contains(speaker), "only the filtered speaker: " + rows[i]);
  }

  @Test
  void onAPhoneTheFirstResultIsAboveTheFold() {
    browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      browser.driver.get(service.endpoint() + "/?q=preventive");
      SearchContext w = browser.widget();
      browser.waitFor(d -> !HeadlessBrowser.results(w).isEmpty() && HeadlessBrowser.settled(w));
      WebElement first = HeadlessBrowser.results(w).get(0);
      long viewport = ((Number) browser.js("return window.innerHeight")).longValue();
      long bottom = first.getRect().getY() + first.getRect().getHeight();
      assertTrue(bottom <= viewport, "first result ends at " + bottom + " px, the viewport at " + viewport);
      WebElement panel = w.findElement(By.cssSelector("details[part=panel]"));
      assertFalse(panel.getAttribute("open") != null, "filters start folded on a phone");
      panel.findElement(By.tagName("summary")).click();
      browser.waitFor(d -> w.findElement(By.cssSelector("[part=speaker-input]")).isDisplayed());
      browser.screenshot("page-phone");
    } finally {
      browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
    browser.driver.get(service.endpoint() + "/?q=preventive");
    SearchContext w = browser.widget();
    browser.waitFor(d -> w.findElement(By.cssSelector("[part=speaker-input]")).isDisplayed() ? true : null);
  }

  @Test
  void theSkipLinkComesFirstAndThePageHasAnIcon() throws Exception {
    browser.driver.get(service.endpoint() + "/");
    browser.widget();
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    WebElement skip = browser.focused();
    assertEquals("skip", skip.getAttribute("class"));
    assertTrue(skip.isDisplayed(), "visible once focused");
    String icon = browser.driver.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
    HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(icon)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, res.statusCode());
    assertTrue(res.body().startsWith("<svg"), res.body());
  }

  /** Percent-decoding of a query string, for assertions. */
  private static final class URLDecode {
    static String of(String s) {
      return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
  }
}
