package dev.portico.sandbox;

import dev.portico.invoice.OverdueInvoices;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AuthenticationChallenges;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import dev.portico.platform.tenancy.TestModeErasing;
import dev.portico.platform.time.PorticoClock;
import dev.portico.platform.time.SandboxClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's transaction boundary. Every operation works on the caller's organization in test
 * mode only (a live caller gets 403 test_mode_only), and those that change data need the write
 * scope of every business resource. Operations on one organization's sandbox run one at a time.
 */
@ApplicationScoped
@Transactional
public class SandboxService {

  /** Seeding and resetting touch every business resource. */
  static final List<Scope> WRITE_SCOPES =
      List.of(Scope.CUSTOMERS_WRITE, Scope.JOBS_WRITE, Scope.INVOICES_WRITE, Scope.PAYMENTS_WRITE);

  @Inject CallerContext callerContext;
  @Inject SandboxSeeder seeder;
  @Inject OverdueInvoices overdue;
  @Inject Event<TestModeErasing> erasing;

  @PersistenceContext(unitName = "portico")
  EntityManager em;

  public SandboxClockState clock() {
    Caller caller = requireTestMode();
    return stateOf(em.find(SandboxClock.class, caller.organizationId()));
  }

  /**
   * Moves test-mode time forward by {@code by}, then applies the time-based rules at the new time
   * (invoices that are now overdue are flagged, with their events).
   */
  public SandboxClockState advanceBy(Duration by, String field) {
    SandboxClock clock = lockedClock(requireWriter());
    try {
      clock.advance(by, PorticoClock.UTC_MILLIS.instant());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED,
          ErrorCode.VALIDATION_FAILED.defaultDetail(),
          List.of(new FieldError(field, e.getMessage())));
    }
    em.flush();
    overdue.flagForCaller();
    return stateOf(clock);
  }

  /** Moves test-mode time forward to {@code to}, which must be later than test-mode now. */
  public SandboxClockState advanceTo(Instant to, String field) {
    Instant testNow = stateOf(lockedClock(requireWriter())).now();
    if (!to.isAfter(testNow)) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED,
          ErrorCode.VALIDATION_FAILED.defaultDetail(),
          List.of(
              new FieldError(
                  field,
                  "must be later than the sandbox clock's now, "
                      + testNow
                      + "; a sandbox clock only moves forward (reset the sandbox to start over)")));
    }
    return advanceBy(Duration.between(testNow, to), field);
  }

  /**
   * Fills the caller's test mode with a realistic set of objects, as {@link SandboxSeeder} says.
   */
  public SandboxCounts seed() {
    lockedClock(requireWriter());
    return seeder.seed();
  }

  /** Erases every test object of the caller's organization and puts its sandbox clock back. */
  public SandboxCounts reset() {
    Caller caller = requireWriter();
    lockedClock(caller).reset(PorticoClock.UTC_MILLIS.instant());
    TestModeErasing erasure = new TestModeErasing(caller.organizationId(), em);
    erasing.fire(erasure);
    Map<String, Integer> erased = erasure.erased();
    return new SandboxCounts(
        erased.getOrDefault("customers", 0),
        erased.getOrDefault("jobs", 0),
        erased.getOrDefault("invoices", 0),
        erased.getOrDefault("payments", 0),
        erased.getOrDefault("events", 0));
  }

  /** Whether the caller may seed, reset and advance the clock (in test mode). */
  public boolean canChange() {
    Caller caller = callerContext.current();
    return !caller.livemode() && WRITE_SCOPES.stream().allMatch(caller::has);
  }

  private Caller requireTestMode() {
    Caller caller = callerContext.current();
    if (caller.livemode()) {
      throw new ProblemException(
          ErrorCode.TEST_MODE_ONLY,
          "The sandbox works on test data only: use a test key (sk_test_), not a live one.");
    }
    return caller;
  }

  private Caller requireWriter() {
    Caller caller = requireTestMode();
    for (Scope scope : WRITE_SCOPES) {
      if (!caller.has(scope)) {
        throw AuthenticationChallenges.insufficientScope(scope);
      }
    }
    return caller;
  }

  /**
   * The organization's sandbox clock, locked until commit: every operation that changes the sandbox
   * takes it first, so they take turns. Made at first use; of two first uses at once, one gets 409
   * concurrent_update.
   */
  private SandboxClock lockedClock(Caller caller) {
    SandboxClock clock =
        em.find(SandboxClock.class, caller.organizationId(), LockModeType.PESSIMISTIC_WRITE);
    if (clock == null) {
      clock = new SandboxClock(caller.organizationId(), PorticoClock.UTC_MILLIS.instant());
      em.persist(clock);
      em.flush();
    }
    return clock;
  }

  private static SandboxClockState stateOf(SandboxClock clock) {
    Instant real = PorticoClock.UTC_MILLIS.instant();
    return clock == null
        ? new SandboxClockState(real, Duration.ZERO, null)
        : new SandboxClockState(real.plus(clock.offset()), clock.offset(), clock.advancedAt());
  }
}
