package verbatim.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The widget against what the real service never sends (hostile text, bogus offsets) or cannot do on purpose
 * (be down), and against a hostile host stylesheet; plus WCAG AA contrast in light and dark mode.
 */
class WidgetRobustnessTest {
  private static final String HOSTILE = "<img src=x onerror=\"window.__pwned=1\"><b>bold</b> It’s really preventive, he said.";
  private static FakeApi api;
  private static HostSite host;
  private static HeadlessBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeAvailable();
    api = new FakeApi(List.of(
        new FakeApi.Row("h1", HOSTILE, "Éric <script>Caire</script>", "minister & \"friend\"", "en", "Outlet <i>One</i>", "2023-02-28"),
        new FakeApi.Row("h2", "We will act preventively and quickly.", "Jane Roe", "mayor", "en", "Outlet Two", "2022-05-01")));
    host = new HostSite();
    browser = new HeadlessBrowser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (host != null) host.close();
    if (api != null) api.close();
  }

  @Test
  void untrustedTextIsRenderedAsTextAndHostCssDoesNotLeakIn() {
    browser.driver.get(host.embed("/hostile.html", api.endpoint(), "en", ""));
    SearchContext w = browser.widget();
    w.findElement(By.cssSelector("input[role=combobox]")).sendKeys("preventive");
    WebElement first = browser.waitFor(d -> w.findElements(By.cssSelector("li[role=option]")).size() == 2
        ? w.findElements(By.cssSelector("li[role=option]")).get(0) : null);
    WebElement quote = first.findElement(By.cssSelector("blockquote"));
    assertEquals(HOSTILE, quote.getAttribute("textContent"), "markup in the text stays text");
    assertTrue(w.findElements(By.cssSelector("img, b, script, i")).isEmpty(), "no element was created from data");
    assertNull(browser.js("return window.__pwned"), "no script ran");
    List<WebElement> marks = quote.findElements(By.cssSelector("mark"));
    assertEquals(1, marks.size(), "the bogus span is ignored");
    assertEquals("preventive", marks.get(0).getText());
    assertEquals("Éric <script>Caire</script>", first.findElement(By.cssSelector("[part=speaker]")).getText());
    // The host's "all: unset; background: lime" for inputs and marks does not reach inside the Shadow DOM.
    assertTrue(marks.get(0).getCssValue("background-color").matches("rgba?\\(255, 226, 122(, 1)?\\)"), marks.get(0).getCssValue("background-color"));
    assertEquals("1px", w.findElement(By.cssSelector("input[role=combobox]")).getCssValue("border-top-width"));
    browser.screenshot("widget-hostile-host-page");
  }

  @Test
  void serviceDownShowsAnErrorAndARetryButton() {
    browser.driver.get(host.embed("/down.html", api.endpoint(), "http://localhost:9", "en", ""));
    SearchContext w = browser.widget();
    w.findElement(By.cssSelector("input[role=combobox]")).sendKeys("anything");
    WebElement status = w.findElement(By.cssSelector("[role=status]"));
    browser.waitFor(d -> status.getText().contains("unavailable"));
    assertEquals("The search service is unavailable. Try again in a moment.", status.getText());
    assertTrue(status.getAttribute("class").contains("error"));
    assertEquals("Retry", w.findElement(By.cssSelector("[data-key=retry]")).getText());
    browser.screenshot("widget-service-down");
  }

  @Test
  void textContrastMeetsWcagAaInLightAndDarkMode() {
    for (String scheme : List.of("light", "dark")) {
      browser.colorScheme(scheme);
      try {
        browser.driver.get(host.embed("/contrast-" + scheme + ".html", api.endpoint(), "en", ""));
        SearchContext w = browser.widget();
        w.findElement(By.cssSelector("input[role=combobox]")).sendKeys("prevent");
        browser.waitFor(d -> w.findElements(By.cssSelector("li[role=option]")).size() == 2);
        w.findElement(By.cssSelector(".chip")).click();
        browser.waitFor(d -> w.findElements(By.cssSelector(".chip[aria-pressed=true]")).size() == 1);
        for (String css : List.of("[role=status]", "blockquote", ".meta", "[part=speaker]", "a[part=link]", "mark",
            ".chip[aria-pressed=true]", ".chip[aria-pressed=false]", "button.primary", "input[role=combobox]")) {
          WebElement el = w.findElement(By.cssSelector(css));
          String fg = el.getCssValue("color");
          String bg = (String) browser.js("""
              let e = arguments[0];
              while (e) {
                const c = getComputedStyle(e).backgroundColor;
                if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
                e = e.parentElement || (e.getRootNode() && e.getRootNode().host);
              }
              return 'rgb(255, 255, 255)';""", el);
          double ratio = contrast(fg, bg);
          assertTrue(ratio >= 4.5, String.format(Locale.ROOT, "%s mode: %s has contrast %.2f (%s on %s), below 4.5", scheme, css, ratio, fg, bg));
        }
        browser.screenshot("widget-" + scheme);
      } finally {
        browser.colorScheme("light");
      }
    }
  }

  private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

  static double contrast(String a, String b) {
    double la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String css) {
    Matcher m = RGB.matcher(css);
    assertTrue(m.find(), "not a colour: " + css);
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(m.group(i + 1)) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  @Test
  void contrastFormulaMatchesKnownValues() {
    assertEquals(21.0, contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)"), 0.01);
    assertEquals(1.0, contrast("rgb(10, 20, 30)", "rgb(10, 20, 30)"), 0.001);
    assertFalse(contrast("rgb(119, 119, 119)", "rgb(255, 255, 255)") >= 4.5, "#777 on white fails AA");
  }
}
