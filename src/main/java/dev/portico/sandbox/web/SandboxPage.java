package dev.portico.sandbox.web;

import dev.portico.platform.faces.ConsoleMode;
import dev.portico.platform.faces.ConsolePages;
import dev.portico.platform.faces.ConsoleTimes;
import dev.portico.platform.faces.Notices;
import dev.portico.platform.problem.ProblemException;
import dev.portico.sandbox.SandboxClockState;
import dev.portico.sandbox.SandboxCounts;
import dev.portico.sandbox.SandboxService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Sandbox page: the test-mode clock and the seed, reset and advance operations, through {@link
 * SandboxService}, which checks test mode and the role's scopes as it does a key's.
 */
@Named
@RequestScoped
public class SandboxPage {

  /** The steps the page offers, by label; the API takes any ISO 8601 duration. */
  private static final Map<String, String> STEPS =
      Map.of("1 hour", "PT1H", "1 day", "P1D", "7 days", "P7D", "31 days", "P31D");

  @Inject SandboxService sandbox;
  @Inject ConsoleMode mode;
  @Inject Notices notices;

  private String step = "P1D";
  private SandboxClockState clock;

  public boolean isLive() {
    return mode.isLive();
  }

  public boolean isCanChange() {
    return sandbox.canChange();
  }

  public String getTestNow() {
    return ConsoleTimes.format(clock().now(), "");
  }

  public String getOffset() {
    Duration offset = clock().offset();
    if (offset.isZero()) {
      return "Test mode runs at real time.";
    }
    long days = offset.toDays();
    long hours = offset.minusDays(days).toHours();
    return "Test mode runs "
        + (days > 0 ? days + (days == 1 ? " day" : " days") : "")
        + (days > 0 && hours > 0 ? " and " : "")
        + (hours > 0 ? hours + (hours == 1 ? " hour" : " hours") : "")
        + (days == 0 && hours == 0 ? "less than an hour" : "")
        + " ahead of real time.";
  }

  /** The steps in the order shown, shortest first. */
  public Map<String, String> getSteps() {
    Map<String, String> shortestFirst = new LinkedHashMap<>();
    STEPS.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Comparator.comparing(Duration::parse)))
        .forEach(step -> shortestFirst.put(step.getKey(), step.getValue()));
    return shortestFirst;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public void seed() {
    run(
        () -> {
          SandboxCounts made = sandbox.seed();
          notices.add(
              "Seeded test mode: "
                  + made.customers()
                  + " customers, "
                  + made.jobs()
                  + " jobs, "
                  + made.invoices()
                  + " invoices and "
                  + made.payments()
                  + " payments.");
        });
  }

  public void reset() {
    run(
        () -> {
          SandboxCounts erased = sandbox.reset();
          notices.add(
              "Reset test mode: deleted "
                  + erased.customers()
                  + " customers, "
                  + erased.jobs()
                  + " jobs, "
                  + erased.invoices()
                  + " invoices, "
                  + erased.payments()
                  + " payments and "
                  + erased.events()
                  + " events. The sandbox clock runs at real time again.");
        });
  }

  public void advance() {
    if (step == null || !STEPS.containsValue(step)) {
      error("Choose how far to advance the clock.");
      return;
    }
    run(
        () -> {
          SandboxClockState moved = sandbox.advanceBy(Duration.parse(step), "advance_by");
          notices.add(
              "Advanced the sandbox clock; test-mode time is now "
                  + ConsoleTimes.format(moved.now(), "")
                  + ".");
        });
  }

  private void run(Runnable operation) {
    try {
      operation.run();
      ConsolePages.redirect("/portal/sandbox");
    } catch (ProblemException refused) {
      String detail =
          refused.errors().isEmpty() ? refused.getMessage() : refused.errors().get(0).message();
      error(detail);
    }
  }

  private SandboxClockState clock() {
    if (clock == null) {
      clock = sandbox.clock();
    }
    return clock;
  }

  private static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }
}
