package dev.portico.portal;

import static dev.portico.testing.Accessibility.assertNoSeriousViolations;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Browser;
import dev.portico.testing.ConsoleClient;
import dev.portico.testing.TestAccounts;
import dev.portico.testing.Viewport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: the partner's first journey from sign-up to a working call and a
 * revoked key, a viewer's limits, the sign-in lock-out, and every console page checked by axe on a
 * desktop and on a 390 px phone. Screenshots land in {@code target/screenshots}. Tagged "browser":
 * bin/test runs it in the H2 pass only.
 */
@Tag("browser")
class ConsoleBrowserIT {

  private static final List<String> CONSOLE_PAGES =
      List.of(
          "/portal/",
          "/portal/api-keys",
          "/portal/sandbox",
          "/portal/audit-log",
          "/portal/members");

  private static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.open(ConsoleBrowserIT.class.getSimpleName());
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void signedOut() {
    // Permissions belong to an origin, so they are granted once a page of the server is open.
    browser.resize(Viewport.DESKTOP).visit("/docs/").allowClipboard();
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void whenAPartnerSignsUpThenACopiedTestKeyAnswers200InThePlaygroundUntilRevoked() {
    signUp("Journey Ltd", TestAccounts.email("journey"));
    assertThat(browser.find("h1").getText(), startsWith("Welcome"));

    browser.visit("/portal/api-keys");
    browser.find("#create\\:name").sendKeys("Playground key");
    browser.find("input[type=checkbox][value='api_keys:read']").click();
    browser.submitWith("#create\\:create-key");
    String secret = browser.await("#secret-value").getText();
    assertThat(secret, startsWith("sk_test_"));
    browser.screenshot("api-key-created");

    browser.find("#copy-secret").click();
    waitForText("#copy-status", "Copied to the clipboard.");
    assertThat(browser.clipboard(), equalTo(secret));

    callInPlayground(secret, "listApiKeys", 200);
    browser.script("arguments[0].scrollIntoView()", browser.find("#operation-panel h2"));
    browser.screenshot("playground-200");

    browser.visit("/portal/api-keys");
    browser.find("input[value=Revoke]").click();
    browser.driver().switchTo().alert().accept();
    waitForText(".notice", "Revoked “Playground key”. It stops working at once.");

    callInPlayground(secret, "listApiKeys", 401);
  }

  @Test
  void whenAViewerOpensTheKeysPageThenThereIsNoWayToCreateOrChangeAKey() {
    ConsoleClient owner =
        ConsoleClient.signedUpOwner("Viewers", TestAccounts.email("owner"), TestAccounts.PASSWORD);
    owner.get("/portal/api-keys");
    owner.submit(
        "create",
        Map.of("name", "Owner key", "scopes", "api_keys:read", "rate_limit_tier", "standard"),
        "create-key");
    owner.get("/portal/members");
    owner.submit(
        "invite", Map.of("email", TestAccounts.email("viewer"), "role", "viewer"), "send-invite");
    String link = owner.revealedSecret().orElseThrow();

    browser.driver().get(link);
    browser.find("#accept\\:password").sendKeys(TestAccounts.PASSWORD);
    browser.submitWith("#accept\\:join");
    browser.visit("/portal/api-keys");

    assertThat(browser.driver().findElements(By.id("create")), is(empty()));
    assertThat(browser.driver().findElements(By.cssSelector("input[value=Revoke]")), is(empty()));
    assertThat(browser.find("main").getText(), containsString("Owner key"));
    assertThat(
        browser.find("main").getText(),
        containsString("Your role (viewer) can view keys but not create or change them."));
    assertThat(browser.driver().findElements(By.linkText("Members")), is(empty()));
    browser.screenshot("viewer-api-keys");
  }

  @Test
  void whenThePasswordIsWrongFiveTimesThenSignInIsLockedEvenWithTheRightOne() {
    String email = TestAccounts.email("lockout");
    ConsoleClient.signedUpOwner("Lockout", email, TestAccounts.PASSWORD);

    for (int attempt = 1; attempt <= 5; attempt++) {
      signIn(email, "wrong password " + attempt);
    }
    assertThat(browser.find(".form-errors").getText(), startsWith("Too many failed attempts"));
    signIn(email, TestAccounts.PASSWORD);

    assertThat(browser.driver().getCurrentUrl(), endsWith("/portal/login"));
    assertThat(browser.find(".form-errors").getText(), containsString("is locked. Try again in"));
    browser.screenshot("login-locked");
  }

  @Test
  void whenTheModeSwitchIsUsedWithTheKeyboardThenTheConsoleShowsLiveData() {
    signUp("Keyboard", TestAccounts.email("keyboard"));
    browser.visit("/portal/api-keys");

    WebElement focused = browser.focused();
    for (int tab = 0; tab < 20 && !"mode:switch".equals(focused.getAttribute("id")); tab++) {
      browser.press(Keys.TAB);
      focused = browser.focused();
    }
    assertThat(focused.getAttribute("id"), equalTo("mode:switch"));
    browser.press(Keys.ENTER);

    waitForText(".mode-banner", "Live mode: changes here affect real data.");
    assertThat(browser.find("main h1").getText(), equalTo("API keys"));
    assertThat(browser.find(".lead").getText(), containsString("live mode"));
  }

  @Test
  void whenEveryConsolePageIsCheckedThenAxeFindsNothingSeriousAndNothingScrollsSideways() {
    signUp("Accessible", TestAccounts.email("axe"));
    browser.visit("/portal/api-keys");
    browser.find("#create\\:name").sendKeys("Axe key");
    browser.find("input[type=checkbox][value='customers:read']").click();
    browser.find("#create\\:create-key").click();
    browser.await("#secret-value");
    assertNoSeriousViolations(browser, "/portal/api-keys with a new key");

    for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.PHONE)) {
      browser.resize(viewport);
      for (String page : CONSOLE_PAGES) {
        browser.visit(page);
        checkPage(page, viewport);
      }
      browser.visit("/portal/playground");
      browser.awaitPresent("#operation option[value='createApiKey']");
      new Select(browser.await("#operation")).selectByValue("createApiKey");
      browser.await("#operation-panel form");
      checkPage("/portal/playground", viewport);
    }
    browser.driver().manage().deleteAllCookies();
    for (String page : List.of("/portal/login", "/portal/signup", "/portal/invitation?token=x")) {
      browser.resize(Viewport.PHONE).visit(page);
      checkPage(page, Viewport.PHONE);
    }
  }

  @Test
  void whenTheReferenceIsReadThenEveryOperationIsShownAndCanBeTried() {
    browser.visit("/docs/reference");
    browser.await("#listApiKeys");

    // The OPTIONS operations document the Allow and CORS answers; the reference shows the rest.
    assertThat(
        browser.driver().findElements(By.cssSelector("article.operation")).size(),
        is(
            ((Long)
                    browser.script(
                        "return fetch('/openapi?format=json').then(r => r.json()).then(d =>"
                            + " Object.values(d.paths).flatMap(p => Object.keys(p)).filter(m =>"
                            + " ['get', 'post', 'put', 'patch', 'delete'].includes(m)).length)"))
                .intValue()));
    WebElement operation = browser.find("#getApi");
    operation.findElement(By.tagName("summary")).click();
    operation.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement status =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(
                d ->
                    operation.findElements(By.cssSelector(".response-status")).stream()
                        .findFirst()
                        .orElse(null));
    assertThat(status.getAttribute("data-status"), equalTo("200"));
    for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.PHONE)) {
      browser.resize(viewport);
      checkPage("/docs/reference", viewport);
    }
  }

  private static void checkPage(String page, Viewport viewport) {
    String name = page.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    browser.screenshot((name.isEmpty() ? "home" : name) + "-" + viewport.width());
    assertNoSeriousViolations(browser, page + " at " + viewport);
    if (viewport.equals(Viewport.PHONE)) {
      long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
      assertThat(page + " scroll width", scrollWidth, lessThanOrEqualTo(390L));
    }
  }

  private static void signUp(String organization, String email) {
    browser.visit("/portal/signup");
    browser.find("#signup\\:organization").sendKeys(organization);
    browser.find("#signup\\:email").sendKeys(email);
    browser.find("#signup\\:password").sendKeys(TestAccounts.PASSWORD);
    browser.submitWith("#signup\\:create");
    browser.await(".console-header");
  }

  private static void signIn(String email, String password) {
    browser.visit("/portal/login");
    browser.find("#login\\:email").sendKeys(email);
    browser.find("#login\\:password").sendKeys(password);
    browser.submitWith("#login\\:sign-in");
  }

  private static void callInPlayground(String key, String operationId, int expectedStatus) {
    browser.visit("/portal/playground");
    WebElement keyField = browser.find("#api-key");
    keyField.click();
    keyField.sendKeys(Keys.chord(Keys.CONTROL, "v"));
    if (!keyField.getAttribute("value").equals(key)) {
      // Headless chromium may not paste the system clipboard; type what was copied instead.
      keyField.clear();
      keyField.sendKeys(browser.clipboard());
    }
    browser.awaitPresent("#operation option[value='" + operationId + "']");
    new Select(browser.await("#operation")).selectByValue(operationId);
    browser.await("#operation-panel button[type=submit]").click();
    WebElement status = browser.await("#operation-panel .response-status");
    assertThat(
        status.getText(),
        status.getAttribute("data-status"),
        equalTo(String.valueOf(expectedStatus)));
  }

  private static void waitForText(String cssSelector, String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBe(By.cssSelector(cssSelector), text));
  }
}
