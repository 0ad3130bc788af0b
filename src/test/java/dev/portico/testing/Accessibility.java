package dev.portico.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Runs axe-core (the copy inside the axe-core selenium jar, so nothing is fetched) in the browser
 * on the page it shows, and fails on what axe rates serious or critical.
 */
public final class Accessibility {

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private Accessibility() {}

  /** The page's serious and critical violations, as axe reports them. */
  public static List<Rule> seriousViolations(Browser browser) {
    return new AxeBuilder()
        .analyze(browser.driver()).getViolations().stream()
            .filter(rule -> BLOCKING.contains(rule.getImpact()))
            .toList();
  }

  /** Fails, naming each rule, its impact, the elements and where axe explains the fix. */
  public static void assertNoSeriousViolations(Browser browser, String page) {
    List<Rule> violations = seriousViolations(browser);
    if (!violations.isEmpty()) {
      throw new AssertionFailedError(
          page
              + " has "
              + violations.size()
              + " serious or critical accessibility violation(s):\n"
              + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
    }
  }

  static String describe(Rule rule) {
    String targets =
        rule.getNodes().stream()
            .map(CheckedNode::getTarget)
            .map(String::valueOf)
            .collect(Collectors.joining(", "));
    return "  "
        + rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + "\n    at "
        + targets
        + "\n    see "
        + rule.getHelpUrl();
  }
}
