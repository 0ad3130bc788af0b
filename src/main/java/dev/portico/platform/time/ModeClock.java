package dev.portico.platform.time;

import dev.portico.platform.security.CallerContext;
import dev.portico.platform.tenancy.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The business clock of a tenant, read by every time-based rule (when an invoice falls due, when it
 * is overdue, when a scheduled job is due): real time in live mode, and in test mode real time
 * moved ahead by the organization's {@link SandboxClock}. Timestamps that record when something
 * happened ({@code created_at}, {@code updated_at}, event times) stay real time.
 */
@ApplicationScoped
public class ModeClock {

  @Inject CallerContext callerContext;

  @PersistenceContext(unitName = "portico")
  EntityManager em;

  /** The business clock of the caller's organization and mode. */
  public Clock current() {
    return of(TenantKey.of(callerContext.current()));
  }

  public Clock of(TenantKey tenant) {
    if (tenant.livemode()) {
      return PorticoClock.UTC_MILLIS;
    }
    SandboxClock sandbox = em.find(SandboxClock.class, tenant.organizationId());
    return sandbox == null ? PorticoClock.UTC_MILLIS : sandbox.clock(PorticoClock.UTC_MILLIS);
  }

  /** The business date (in UTC, as due dates are) of the caller's organization and mode. */
  public LocalDate today() {
    return LocalDate.ofInstant(current().instant(), ZoneOffset.UTC);
  }

  public static LocalDate dateOf(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
