package verbatim.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The widget in real headless Chromium against the real server (index built from corpus/), embedded in a page
 * of another origin; and the service's own search and article pages.
 */
class WidgetBrowserTest {
  private static Service service;
  private static HostSite host;
  private static HeadlessBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeAvailable();
    host = new HostSite();
    service = Service.start(List.of(host.origin())); // CORS: only the host site may call the API
    browser = new HeadlessBrowser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (host != null) host.close();
    if (service != null) service.close();
  }

  private static List<WebElement> options(SearchContext w) {
    return w.findElements(By.cssSelector("li[part=result]"));
  }

  private static String speaker(WebElement option) {
    return option.findElement(By.cssSelector("[part=speaker]")).getText();
  }

  private static SearchContext search(String hostPath, String lang, String attributes, String query) {
    browser.driver.get(host.embed(hostPath, service.endpoint(), lang, attributes));
    SearchContext w = browser.widget();
    w.findElement(By.cssSelector("input[role=combobox]")).sendKeys(query);
    browser.waitFor(d -> !options(w).isEmpty() && "ready".equals(status(w)) ? true : null);
    return w;
  }

  /** "ready" once the widget shows a settled result (not loading). */
  private static String status(SearchContext w) {
    WebElement list = w.findElement(By.cssSelector("ul[part=results]"));
    return "false".equals(list.getAttribute("aria-busy")) ? "ready" : "loading";
  }

  @Test
  void embeddedOnAnotherOriginFindsTheQuoteByEricCaire() {
    SearchContext w = search("/embed.html", "en", "", "preventive");
    assertFalse(host.origin().equals(service.endpoint()), "the host page is on another origin");
    WebElement caire = options(w).stream().filter(o -> speaker(o).equals("Éric Caire")).findFirst().orElse(null);
    assertNotNull(caire, "a quote by Éric Caire among " + options(w).stream().map(WidgetBrowserTest::speaker).toList());
    assertTrue(caire.findElement(By.cssSelector("blockquote")).getText().contains("preventive"));
    List<String> marks = caire.findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList();
    assertTrue(marks.stream().anyMatch(m -> m.toLowerCase(java.util.Locale.ROOT).startsWith("preventive")), "highlighted: " + marks);
    String href = caire.findElement(By.cssSelector("a[part=link]")).getAttribute("href");
    assertTrue(href.startsWith(service.endpoint() + "/article/"), href);
    assertTrue(w.findElement(By.cssSelector("[role=status]")).getText().matches("\\d+ quotes?"),
        w.findElement(By.cssSelector("[role=status]")).getText());
    browser.screenshot("embed-preventive");
  }

  @Test
  void clickingASpeakerChipFiltersAndKeepsTheOtherChips() {
    SearchContext w = search("/chips.html", "en", "", "preventive");
    List<WebElement> chips = w.findElements(By.cssSelector(".chip"));
    assertTrue(chips.size() >= 2, "several speakers: " + chips.size());
    Set<String> before = chipNames(w);
    WebElement caire = chip(w, "Éric Caire");
    caire.click();
    browser.waitFor(d -> "true".equals(chip(w, "Éric Caire").getAttribute("aria-pressed")) && "ready".equals(status(w)));
    browser.waitFor(d -> options(w).stream().allMatch(o -> speaker(o).equals("Éric Caire")));
    assertFalse(options(w).isEmpty());
    assertEquals(before, chipNames(w), "the other chips stay, to widen the selection");
    // A second chip adds its speaker (OR): both pressed, results from either.
    String other = before.stream().filter(n -> !n.equals("Éric Caire")).findFirst().orElseThrow();
    chip(w, other).click();
    browser.waitFor(d -> "true".equals(chip(w, other).getAttribute("aria-pressed")) && "ready".equals(status(w)));
    assertEquals("true", chip(w, "Éric Caire").getAttribute("aria-pressed"));
    Set<String> speakers = options(w).stream().map(WidgetBrowserTest::speaker).collect(Collectors.toSet());
    assertTrue(Set.of("Éric Caire", other).containsAll(speakers) && speakers.size() >= 1, speakers.toString());
    browser.screenshot("embed-chips");
  }

  private static Set<String> chipNames(SearchContext w) {
    return w.findElements(By.cssSelector(".chip")).stream().map(c -> c.getAttribute("data-key")).collect(Collectors.toSet());
  }

  private static WebElement chip(SearchContext w, String name) {
    return w.findElements(By.cssSelector(".chip")).stream().filter(c -> name.equals(c.getAttribute("data-key"))).findFirst()
        .orElseThrow(() -> new AssertionError("no chip " + name + " among " + chipNames(w)));
  }

  @Test
  void keyboardOnly() {
    browser.driver.get(host.embed("/keyboard.html", service.endpoint(), "en", ""));
    SearchContext w = browser.widget();
    WebElement input = w.findElement(By.cssSelector("input[role=combobox]"));
    Actions keys = new Actions(browser.driver);
    keys.sendKeys(Keys.TAB).perform();
    assertEquals(input, browser.focused(), "Tab reaches the search box first");
    keys.sendKeys("preventive").perform();
    browser.waitFor(d -> !options(w).isEmpty() && "ready".equals(status(w)));
    assertEquals("true", input.getAttribute("aria-expanded"));
    keys.sendKeys(Keys.ARROW_DOWN).perform();
    WebElement first = options(w).get(0);
    assertEquals(first.getAttribute("id"), input.getAttribute("aria-activedescendant"));
    assertEquals("true", first.getAttribute("aria-selected"));
    browser.screenshot("keyboard-active-option");
    keys.sendKeys(Keys.ESCAPE).perform();
    assertEquals(null, input.getAttribute("aria-activedescendant"), "Escape leaves the list");
    // Tab to the first speaker chip, Space presses it.
    keys.sendKeys(Keys.TAB).perform(); // language select
    keys.sendKeys(Keys.TAB).perform(); // search button
    keys.sendKeys(Keys.TAB).perform(); // first chip
    WebElement focused = browser.focused();
    assertTrue(focused.getAttribute("class").contains("chip"), "focus on a chip: " + focused.getAttribute("outerHTML"));
    String name = focused.getAttribute("data-key");
    keys.sendKeys(Keys.SPACE).perform();
    browser.waitFor(d -> "true".equals(chip(w, name).getAttribute("aria-pressed")) && "ready".equals(status(w)));
    assertEquals(name, browser.focused().getAttribute("data-key"), "focus stays on the chip after re-rendering");
    // Back to the box, down to the first quote, Enter opens its article page.
    keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB, Keys.TAB, Keys.TAB).keyUp(Keys.SHIFT).perform();
    assertEquals(input, browser.focused());
    keys.sendKeys(Keys.ARROW_DOWN).perform();
    String target = options(w).get(0).getAttribute("data-href");
    keys.sendKeys(Keys.ENTER).perform();
    browser.waitFor(d -> d.getCurrentUrl().startsWith(service.endpoint() + "/article/") ? true : null);
    assertEquals(target, browser.driver.getCurrentUrl());
    browser.waitFor(d -> !d.findElements(By.cssSelector("mark.q.current")).isEmpty());
    WebElement marked = browser.driver.findElement(By.cssSelector("mark.q.current"));
    assertTrue(marked.getText().contains(name), "the article page marks the quote and names its speaker: " + marked.getText());
    browser.screenshot("article-page");
  }

  @Test
  void frenchUiStrings() {
    browser.driver.get(host.embed("/fr.html", service.endpoint(), "fr", ""));
    SearchContext w = browser.widget();
    WebElement input = w.findElement(By.cssSelector("input[role=combobox]"));
    assertEquals("Rechercher des citations…", input.getAttribute("placeholder"));
    assertEquals("Rechercher", w.findElement(By.cssSelector("button.primary")).getText());
    assertEquals("Tapez pour chercher ce qui a été dit, et par qui.", w.findElement(By.cssSelector("[role=status]")).getText());
    input.sendKeys("preventive");
    browser.waitFor(d -> !options(w).isEmpty() && "ready".equals(status(w)));
    assertTrue(w.findElement(By.cssSelector("[role=status]")).getText().matches("\\d+ citations?"));
    input.clear();
    input.sendKeys("zzzqqqxxx");
    browser.waitFor(d -> w.findElement(By.cssSelector("[role=status]")).getText().startsWith("Aucune citation"));
    assertEquals("Aucune citation ne correspond à « zzzqqqxxx ».", w.findElement(By.cssSelector("[role=status]")).getText());
    browser.screenshot("embed-french");
  }

  @Test
  void searchPageChromeFollowsAFrenchBrowser() {
    String ua = (String) browser.driver.executeScript("return navigator.userAgent");
    browser.driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", ua, "acceptLanguage", "fr-CA"));
    try {
      browser.driver.get(service.endpoint() + "/");
      SearchContext w = browser.widget();
      assertEquals("fr", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
      assertEquals("Intégrer la recherche", browser.driver.findElement(By.cssSelector("nav a")).getText());
      assertTrue(browser.driver.findElement(By.tagName("footer")).getText().startsWith("Verbatim : un moteur de recherche"));
      assertEquals("Verbatim — qui a dit quoi", browser.driver.getTitle());
      assertEquals("Rechercher des citations…", w.findElement(By.cssSelector("input[role=combobox]")).getAttribute("placeholder"));
    } finally {
      browser.driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", ua, "acceptLanguage", "en-US"));
    }
    browser.driver.get(service.endpoint() + "/");
    assertEquals("Embed the search", browser.driver.findElement(By.cssSelector("nav a")).getText());
  }

  @Test
  void deepLinkRestoresTheStateAndTheBackButtonWorks() {
    String url = service.endpoint() + "/?q=preventive&speaker=" + URLEncoder.encode("Éric Caire", StandardCharsets.UTF_8);
    browser.driver.get(url);
    SearchContext w = browser.widget();
    browser.waitFor(d -> !options(w).isEmpty() && "ready".equals(status(w)));
    assertEquals("preventive", w.findElement(By.cssSelector("input[role=combobox]")).getAttribute("value"));
    assertEquals("true", chip(w, "Éric Caire").getAttribute("aria-pressed"));
    assertTrue(options(w).stream().allMatch(o -> speaker(o).equals("Éric Caire")));
    browser.screenshot("page-deep-link");
    // Unpress the chip: a new history entry; Back restores the filtered state.
    chip(w, "Éric Caire").click();
    browser.waitFor(d -> !d.getCurrentUrl().contains("speaker=") ? true : null);
    browser.waitFor(d -> "false".equals(chip(w, "Éric Caire").getAttribute("aria-pressed")));
    browser.driver.navigate().back();
    browser.waitFor(d -> d.getCurrentUrl().contains("speaker=") ? true : null);
    browser.waitFor(d -> "true".equals(chip(w, "Éric Caire").getAttribute("aria-pressed")) && "ready".equals(status(w)));
    assertEquals("preventive", w.findElement(By.cssSelector("input[role=combobox]")).getAttribute("value"));
    assertFalse(options(w).isEmpty());
    assertTrue(options(w).stream().allMatch(o -> speaker(o).equals("Éric Caire")));
  }

  @Test
  void searchPageSpeakerTypeAheadAddsAFilter() {
    browser.driver.get(service.endpoint() + "/");
    SearchContext w = browser.widget(); // the search page browses every quote before any query
    browser.waitFor(d -> !options(w).isEmpty() && "ready".equals(status(w)));
    WebElement find = w.findElement(By.cssSelector("[part=speaker-input]"));
    find.sendKeys("cai");
    List<WebElement> suggestions = browser.waitFor(d -> {
      List<WebElement> s = w.findElements(By.cssSelector(".suggest li[role=option]"));
      return s.isEmpty() ? null : s;
    });
    List<String> names = suggestions.stream().map(WebElement::getText).toList();
    int at = 0;
    while (at < names.size() && !names.get(at).startsWith("Éric Caire")) at++;
    assertTrue(at < names.size(), "Éric Caire suggested for 'cai': " + names);
    assertEquals("true", find.getAttribute("aria-expanded"));
    Actions keys = new Actions(browser.driver); // keys to the focused box, as a person types them
    for (int i = 0; i <= at; i++) keys.sendKeys(Keys.ARROW_DOWN).perform();
    WebElement picked = browser.waitFor(d -> w.findElements(By.cssSelector(".suggest li[aria-selected=true]")).stream().findFirst()
        .orElseThrow(() -> new AssertionError("no active suggestion: " + w.findElement(By.cssSelector(".suggest")).getAttribute("outerHTML")
            + " focus " + browser.focused().getAttribute("outerHTML"))));
    assertTrue(picked.getText().startsWith("Éric Caire"), picked.getText());
    assertEquals(picked.getAttribute("id"), find.getAttribute("aria-activedescendant"));
    browser.screenshot("page-speaker-type-ahead");
    keys.sendKeys(Keys.ENTER).perform();
    browser.waitFor(d -> d.getCurrentUrl().contains("speaker=") ? true : null);
    browser.waitFor(d -> "true".equals(chip(w, "Éric Caire").getAttribute("aria-pressed")) && "ready".equals(status(w)));
    assertFalse(options(w).isEmpty());
    assertTrue(options(w).stream().allMatch(o -> speaker(o).equals("Éric Caire")));
    browser.screenshot("page-speaker-filtered");
  }

  @Test
  void withoutJavaScriptTheEmbeddedFormSubmitsToTheSearchPage() throws Exception {
    String page = host.embed("/nojs.html", service.endpoint(), "en", "");
    try (HeadlessBrowser plain = new HeadlessBrowser(false)) {
      plain.driver.get(page);
      WebElement q = plain.driver.findElement(By.cssSelector("verbatim-search input[name=q]"));
      assertTrue(q.isDisplayed(), "without the script the plain form shows");
      q.sendKeys("preventive");
      plain.driver.findElement(By.cssSelector("verbatim-search button")).click();
      plain.waitFor(d -> d.getCurrentUrl().equals(service.endpoint() + "/?q=preventive") ? true : null);
      List<WebElement> served = plain.driver.findElements(By.cssSelector("section.results-nojs li"));
      assertFalse(served.isEmpty(), "the search page lists results rendered on the server");
      assertTrue(served.get(0).isDisplayed());
      assertTrue(served.stream().anyMatch(li -> li.getText().contains("Éric Caire")), served.get(0).getText());
      plain.screenshot("nojs-submitted");
    }
    // With the script, the server's list stays hidden behind the widget's own.
    browser.driver.get(service.endpoint() + "/?q=preventive");
    browser.widget();
    assertFalse(browser.driver.findElement(By.cssSelector("section.results-nojs")).isDisplayed());
    // With the script, the same form is replaced by the widget.
    browser.driver.get(page);
    browser.widget();
    assertFalse(browser.driver.findElement(By.cssSelector("verbatim-search input[name=q]")).isDisplayed());
  }
}
