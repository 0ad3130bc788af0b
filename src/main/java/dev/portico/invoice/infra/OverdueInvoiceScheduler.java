package dev.portico.invoice.infra;

import dev.portico.invoice.OverdueInvoices;
import dev.portico.platform.time.CalendarSchedule;
import dev.portico.platform.time.CalendarTimers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the overdue rule for every tenant on a persistent calendar timer, daily by default ({@code
 * portico.invoices.overdue-check}). Persistent, so across servers sharing the database it fires
 * once per time; the rule flags each invoice once, so a run that overlaps another flags nothing
 * twice. The schedule comes from configuration, so the timer is made here rather than declared.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class OverdueInvoiceScheduler {

  private static final Logger LOG = Logger.getLogger(OverdueInvoiceScheduler.class.getName());
  private static final String TIMER = "invoice-overdue-check";

  @Resource TimerService timers;
  @Inject OverdueInvoices overdue;

  @Inject
  @ConfigProperty(name = "portico.invoices.overdue-check", defaultValue = "hour=0 minute=5")
  String schedule;

  @PostConstruct
  void schedule() {
    CalendarSchedule wanted = CalendarSchedule.parse(schedule);
    CalendarTimers.ensure(timers, TIMER, wanted);
    LOG.info(() -> "overdue invoices are checked at " + wanted + " (UTC)");
  }

  /** Without a transaction of its own: each tenant's invoices are flagged in their own. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void check() {
    int flagged = overdue.flagEverywhere();
    if (flagged > 0) {
      LOG.info(() -> "flagged " + flagged + " overdue invoices");
    }
  }
}
