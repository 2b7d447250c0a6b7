package verbatim.web.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by Debian's chromedriver, with a fresh profile. The driver path is set
 * explicitly so Selenium Manager never tries to download anything. Tests skip loudly when either is missing.
 */
final class HeadlessBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("verbatim.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("verbatim.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of(System.getProperty("verbatim.basedir", "."), "target", "screenshots");

  final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path profile;

  /** Skips the calling test, loudly, when there is no Chromium or chromedriver on this machine. */
  static void assumeAvailable() {
    boolean ok = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!ok) System.err.println("!!! BROWSER TESTS SKIPPED: no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
        + " (apt-get install chromium chromium-driver)");
    assumeTrue(ok, "no Chromium/chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER + "): skipping browser tests");
  }

  HeadlessBrowser() throws IOException {
    this(true);
  }

  /** A browser with JavaScript switched off when {@code javascript} is false (what a no-JS visitor sees). */
  HeadlessBrowser(boolean javascript) throws IOException {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    profile = Files.createTempDirectory("verbatim-chromium-");
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--window-size=1200,900", "--lang=en-US");
    if (!javascript) options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    ChromeDriver d;
    try {
      d = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      delete(profile);
      throw e;
    }
    driver = d;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  /** Emulates the user's colour-scheme preference ("light" or "dark"). */
  void colorScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** The shadow root of the first {@code <verbatim-search>} on the page, once the element is defined. */
  SearchContext widget() {
    WebElement host = waitFor(d -> {
      List<WebElement> found = d.findElements(By.tagName("verbatim-search"));
      if (found.isEmpty()) return null;
      Object defined = ((JavascriptExecutor) d).executeScript("return !!customElements.get('verbatim-search') && !!arguments[0].shadowRoot", found.get(0));
      return Boolean.TRUE.equals(defined) ? found.get(0) : null;
    });
    return host.getShadowRoot();
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      Path shot = screenshot("timeout-" + System.currentTimeMillis());
      throw new AssertionError("timed out waiting at " + driver.getCurrentUrl() + "; screenshot " + shot, e);
    }
  }

  /** Saves target/screenshots/{name}.png and returns its path. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The focused element, looking inside shadow roots. */
  WebElement focused() {
    return (WebElement) js("let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement; return e;");
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      delete(profile);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary profile is harmless
    }
  }

  /** The result items the widget shows inside {@code w} (its shadow root). */
  static List<WebElement> results(SearchContext w) {
    return w.findElements(By.cssSelector("li[part=result]"));
  }

  /** True once the widget has rendered its last answer (the result list is no longer busy). */
  static boolean settled(SearchContext w) {
    return "false".equals(w.findElement(By.cssSelector("ul[part=results]")).getAttribute("aria-busy"));
  }
}
