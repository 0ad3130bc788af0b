package dev.portico.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven through Debian's chromedriver, looking at the test server's
 * pages as a person would. Both paths are given to Selenium, so Selenium Manager never runs and
 * nothing is downloaded; {@code bin/test} installs the two packages.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final String testName;

  private Browser(ChromeDriver driver, String testName) {
    this.driver = driver;
    this.testName = testName;
  }

  /** Starts chromium at {@link Viewport#DESKTOP}; {@code testName} prefixes its screenshots. */
  public static Browser open(String testName) {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException(
            binary
                + " is missing: bin/test installs Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver)");
      }
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    Browser browser = new Browser(new ChromeDriver(service, chromiumOptions()), testName);
    browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.resize(Viewport.DESKTOP);
    return browser;
  }

  private static ChromeOptions chromiumOptions() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: the tests run as root in CI, where chromium's sandbox refuses to start.
    // --hide-scrollbars: as on a phone, scrollbars take no width from the page.
    // The resolver rule keeps chromium's own background requests (sign-in, component updates)
    // from leaving the machine: only the test server's host resolves.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-extensions",
        "--hide-scrollbars",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pings",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE " + URI.create(Api.BASE_URL).getHost(),
        "--no-first-run",
        "--lang=en-US",
        "--window-size=" + Viewport.DESKTOP.width() + "," + Viewport.DESKTOP.height());
    return options;
  }

  /** Sizes the window so that the page itself (the inner window) is exactly {@code viewport}. */
  public Browser resize(Viewport viewport) {
    WebDriver.Window window = driver.manage().window();
    window.setSize(new Dimension(viewport.width(), viewport.height()));
    long innerWidth = (Long) script("return window.innerWidth");
    long innerHeight = (Long) script("return window.innerHeight");
    Dimension outer = window.getSize();
    window.setSize(
        new Dimension(
            outer.getWidth() + viewport.width() - (int) innerWidth,
            outer.getHeight() + viewport.height() - (int) innerHeight));
    return this;
  }

  /** Opens a path of the test server and waits until it has loaded. */
  public Browser visit(String path) {
    driver.get(Api.BASE_URL + path);
    return this;
  }

  public WebDriver driver() {
    return driver;
  }

  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  /** Presses a key, as a keyboard user would, on whatever has the focus. */
  public Browser press(Keys key) {
    new Actions(driver).sendKeys(key).perform();
    return this;
  }

  /**
   * Lets pages of the open origin write, and tests read, the clipboard, as a user who allowed it
   * would.
   */
  public Browser allowClipboard() {
    driver.setPermission("clipboard-read", "granted");
    driver.setPermission("clipboard-write", "granted");
    return this;
  }

  /** What the page last copied. */
  public String clipboard() {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " navigator.clipboard.readText().then(done, e => done('ERROR ' + e));");
  }

  public WebElement find(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector));
  }

  /** Waits up to 10 s for an element to show; pages that render with a script need it. */
  public WebElement await(String cssSelector) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
  }

  /**
   * Waits up to 10 s for an element to be in the page, shown or not: an option a script adds to a
   * select once a document it fetched has arrived.
   */
  public WebElement awaitPresent(String cssSelector) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
  }

  /** Clicks a button that submits a form and waits until the next page has replaced this one. */
  public Browser submitWith(String cssSelector) {
    WebElement page = find("html");
    find(cssSelector).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ignored -> isReplaced(page));
    return this;
  }

  /**
   * Whether an element's document has been replaced. While the next page commits, chromedriver may
   * answer for the old node with "does not belong to the document" instead of a stale reference;
   * both mean the old page is gone.
   */
  private static boolean isReplaced(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Saves what the window shows as {@code target/screenshots/<test>-<name>.png}. */
  public Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(testName + "-" + name + ".png");
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.move(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
