package dev.portico.invoice;

import dev.portico.invoice.domain.InvoiceStatus;
import dev.portico.platform.security.Actor;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import dev.portico.platform.tenancy.Tenancy;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.time.ModeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The overdue rule: an open invoice whose due date has passed on its mode's business clock is
 * flagged overdue, once, with an {@code invoice.overdue} event. Run daily for every tenant by
 * {@code OverdueInvoiceScheduler}, and for one organization's test mode when its sandbox clock is
 * advanced.
 */
@ApplicationScoped
public class OverdueInvoices {

  private static final Logger LOG = Logger.getLogger(OverdueInvoices.class.getName());

  /** Invoices flagged per transaction when no transaction is given. */
  static final int BATCH = 200;

  @Inject CallerContext callerContext;
  @Inject InvoiceService invoices;
  @Inject ModeClock modeClock;

  @PersistenceContext(unitName = "portico")
  EntityManager em;

  /**
   * Flags the caller's overdue invoices: in the caller's transaction when there is one, else in
   * transactions of {@value #BATCH}. Returns how many were flagged.
   */
  public int flagForCaller() {
    LocalDate today = modeClock.today();
    int total = 0;
    int flagged;
    do {
      flagged = invoices.markOverdue(today, BATCH);
      total += flagged;
    } while (flagged == BATCH);
    return total;
  }

  /**
   * Flags the overdue invoices of every organization in both modes, each tenant on its own, so that
   * one failing tenant does not hold the others back. Returns how many were flagged.
   */
  public int flagEverywhere() {
    int total = 0;
    for (TenantKey tenant : tenantsWithUnflaggedOpenInvoices()) {
      try {
        total += callerContext.actAs(systemCallerOf(tenant), this::flagForCaller);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            e,
            () -> "overdue check failed for " + tenant + "; the next run retries it");
      }
    }
    return total;
  }

  private List<TenantKey> tenantsWithUnflaggedOpenInvoices() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT DISTINCT organization_id, livemode FROM invoices"
                    + " WHERE status = ? AND overdue = FALSE")
            .setHint(Tenancy.ALLOW_NATIVE_SQL, true)
            .setParameter(1, InvoiceStatus.OPEN.text())
            .getResultList();
    return rows.stream()
        .map(row -> new TenantKey((String) row[0], Boolean.TRUE.equals(row[1])))
        .toList();
  }

  private static Caller systemCallerOf(TenantKey tenant) {
    return new Caller(tenant.organizationId(), tenant.livemode(), Actor.SYSTEM, Scope.all());
  }
}
