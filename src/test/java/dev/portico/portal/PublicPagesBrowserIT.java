package dev.portico.portal;

import static dev.portico.testing.Accessibility.assertNoSeriousViolations;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import dev.portico.testing.Api;
import dev.portico.testing.Browser;
import dev.portico.testing.Viewport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The public pages in a real browser, on a desktop and on a 390 px phone: no serious accessibility
 * violation, nothing wider than a phone's screen, and a keyboard user can skip to the content and
 * sees every tab stop. Each page at each width leaves a screenshot in {@code target/screenshots}.
 * Tagged "browser": bin/test runs it in the H2 pass only (the pages read nothing from the
 * database), with the chromium and chromedriver it installs from Debian's packages.
 */
@Tag("browser")
class PublicPagesBrowserIT {

  /** The pages every reader can reach; pages the docs index links to are added to these. */
  private static final List<String> PAGES =
      List.of("/", "/docs/", "/docs/getting-started", "/docs/errors/", "/docs/errors/not_found");

  private static final Pattern DOCS_LINK = Pattern.compile("href=\"(/docs/[^\"#?]*)\"");

  /**
   * Whether an element is on screen: wholly, if it fits the window (two pixels of slack: focus
   * scrolls by fractions, and a border may straddle the edge), or in part, if it is taller or wider
   * than the window (a long sample).
   */
  private static final String IN_VIEW =
      "const r = arguments[0].getBoundingClientRect();"
          + " const w = window.innerWidth, h = window.innerHeight;"
          + " const fitsV = r.height <= h ? r.top >= -2 && r.bottom <= h + 2 : r.top < h && r.bottom > 0;"
          + " const fitsH = r.width <= w ? r.left >= -2 && r.right <= w + 2 : r.left < w && r.right > 0;"
          + " return r.width > 0 && r.height > 0 && fitsV && fitsH;";

  private static final String BOX =
      "const r = arguments[0].getBoundingClientRect();"
          + " return JSON.stringify({top: r.top, bottom: r.bottom, left: r.left, right: r.right,"
          + " window: [window.innerWidth, window.innerHeight]});";

  private static final int MAX_TAB_STOPS = 200;

  private static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.open(PublicPagesBrowserIT.class.getSimpleName());
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("pagesAtEachWidth")
  void whenPageIsCheckedByAxeThenItHasNoSeriousOrCriticalViolation(String path, Viewport viewport) {
    browser.resize(viewport).visit(path).screenshot(slug(path) + "-" + viewport.width());

    assertNoSeriousViolations(browser, path + " at " + viewport);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void whenPageIsReadOnAPhoneThenItDoesNotScrollSideways(String path) {
    browser.resize(Viewport.PHONE).visit(path);

    long pageWidth = (Long) browser.script("return document.documentElement.scrollWidth");
    long windowWidth = (Long) browser.script("return window.innerWidth");
    assertThat(path + " is wider than the window", pageWidth, lessThanOrEqualTo(windowWidth));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("pagesAtEachWidth")
  void whenFirstTabThenSkipLinkIsFocusedAndVisibleAndEnterMovesFocusToContent(
      String path, Viewport viewport) {
    browser.resize(viewport).visit(path).press(Keys.TAB);

    WebElement skip = browser.focused();
    browser.screenshot(slug(path) + "-" + viewport.width() + "-skip-link");
    assertThat(path, skip.getText(), is("Skip to content"));
    assertThat(path + ": skip link on screen", browser.script(IN_VIEW, skip), is(true));
    assertThat(path + ": focus ring", skip.getCssValue("outline-style"), not(is("none")));

    browser.press(Keys.ENTER);

    WebElement focused = browser.focused();
    assertThat(path, focused.getTagName(), is("main"));
    assertThat(path, focused.getAttribute("id"), is("content"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void whenTabbingThroughPageThenEveryStopIsOnScreenWithAFocusRing(String path) {
    browser.resize(Viewport.DESKTOP).visit(path);
    List<String> stops = new ArrayList<>();

    for (int i = 0; i < MAX_TAB_STOPS; i++) {
      WebElement focused = browser.press(Keys.TAB).focused();
      if (focused.getTagName().equals("body") || stops.contains(describe(focused))) {
        break;
      }
      stops.add(describe(focused));
      assertThat(
          path + ": " + describe(focused) + " at " + browser.script(BOX, focused),
          browser.script(IN_VIEW, focused),
          is(true));
      assertThat(
          path + ": " + describe(focused), focused.getCssValue("outline-style"), not(is("none")));
    }
    assertThat(path + " has no tab stop but the skip link", stops.size(), greaterThan(1));
  }

  static Stream<String> pages() {
    Set<String> pages = new LinkedHashSet<>(PAGES);
    Matcher links = DOCS_LINK.matcher(Api.get("/docs/").body());
    while (links.find()) {
      pages.add(links.group(1));
    }
    return pages.stream();
  }

  static Stream<Arguments> pagesAtEachWidth() {
    return pages()
        .flatMap(
            path ->
                Stream.of(Viewport.DESKTOP, Viewport.PHONE).map(size -> Arguments.of(path, size)));
  }

  private static String describe(WebElement element) {
    return element.getTagName() + " \"" + element.getText().lines().findFirst().orElse("") + "\"";
  }

  private static String slug(String path) {
    String slug = path.replaceAll("^/|/$", "").replace('/', '-');
    return slug.isEmpty() ? "landing" : slug;
  }
}
