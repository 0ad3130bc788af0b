package dev.portico.quota;

import dev.portico.platform.time.PorticoClock;
import dev.portico.quota.QuotaCounter.Count;
import dev.portico.quota.QuotaCounter.Pending;
import dev.portico.quota.QuotaCounter.UsageKey;
import dev.portico.quota.domain.Plan;
import dev.portico.quota.domain.QuotaAlert;
import dev.portico.quota.domain.QuotaPeriod;
import dev.portico.quota.domain.QuotaUse;
import dev.portico.quota.infra.OrganizationPlans;
import dev.portico.quota.infra.QuotaStore;
import dev.portico.quota.infra.QuotaStore.Counted;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts each organization's API requests against its plan's monthly quota, and its requests
 * refused with 429 apart, in this server's memory, and adds them to the database every {@code
 * portico.quotas.write-interval}, when the alerts the count has reached are recorded.
 */
@ApplicationScoped
public class QuotaService {

  private static final Logger LOG = Logger.getLogger(QuotaService.class.getName());

  @Inject QuotaConfig config;
  @Inject PlanCatalog plans;
  @Inject OrganizationPlans organizationPlans;
  @Inject QuotaStore store;
  @Inject QuotaAlerts alerts;

  private final Clock clock = PorticoClock.UTC_MILLIS;
  private final RefusalTally refusals = new RefusalTally();
  private QuotaCounter counter;

  /** A request's count: admitted or not, and the organization's use after it. */
  public record Decision(boolean admitted, QuotaUse use) {}

  @PostConstruct
  void create() {
    counter = new QuotaCounter(clock, config.writeInterval());
  }

  public boolean enabled() {
    return config.enabled();
  }

  public Plan planOf(String organizationId) {
    return plans.of(organizationPlans.of(organizationId));
  }

  /** Counts one request of the organization, unless its plan blocks and its quota is used. */
  public Decision count(String organizationId) {
    Plan plan = planOf(organizationId);
    UsageKey key = new UsageKey(organizationId, QuotaPeriod.of(clock.instant()));
    Count count = counter.count(key, plan, () -> stored(key));
    return new Decision(count.admitted(), new QuotaUse(plan, key.period(), count.used()));
  }

  /** The organization's use of this period, as this server knows it. */
  public QuotaUse use(String organizationId) {
    Plan plan = planOf(organizationId);
    UsageKey key = new UsageKey(organizationId, QuotaPeriod.of(clock.instant()));
    return new QuotaUse(plan, key.period(), counter.used(key, () -> stored(key)));
  }

  /** Counts a request of the organization refused with 429, in memory until the next write. */
  public void countRefused(String organizationId) {
    refusals.count(new UsageKey(organizationId, QuotaPeriod.of(clock.instant())));
  }

  /** The organization's requests refused with 429 in {@code period}: written, and this server's. */
  public long refused(String organizationId, QuotaPeriod period) {
    return store.refused(organizationId, period)
        + refusals.pending(new UsageKey(organizationId, period));
  }

  public List<QuotaAlert> alerts(String organizationId, QuotaPeriod period) {
    return store.alerts(organizationId, period);
  }

  /** Adds what this server counted to the database, then records the alerts now due. */
  public void writeCounts() {
    Instant now = clock.instant();
    List<Pending> taken = counter.takePending();
    for (int i = 0; i < taken.size(); i++) {
      Pending pending = taken.get(i);
      UsageKey key = pending.key();
      long total;
      try {
        total =
            store.add(key.organizationId(), key.period(), Counted.USED, pending.requests(), now);
      } catch (RuntimeException e) {
        taken.subList(i, taken.size()).forEach(counter::notWritten);
        LOG.log(Level.WARNING, e, () -> "quota counts not written; kept for the next write");
        return;
      }
      counter.written(pending, total);
      String organizationId = key.organizationId();
      alerts.recordDue(organizationId, new QuotaUse(planOf(organizationId), key.period(), total));
    }
    writeRefusals(now);
    QuotaPeriod current = QuotaPeriod.of(now);
    counter.forgetBefore(current);
    refusals.forgetBefore(current);
    alerts.forgetBefore(current);
  }

  private void writeRefusals(Instant now) {
    List<Pending> taken = refusals.takePending();
    for (int i = 0; i < taken.size(); i++) {
      Pending refused = taken.get(i);
      UsageKey key = refused.key();
      try {
        store.add(key.organizationId(), key.period(), Counted.REFUSED, refused.requests(), now);
      } catch (RuntimeException e) {
        taken.subList(i, taken.size()).forEach(refusals::notWritten);
        LOG.log(Level.WARNING, e, () -> "refusal counts not written; kept for the next write");
        return;
      }
    }
  }

  private long stored(UsageKey key) {
    try {
      return store.used(key.organizationId(), key.period());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, e, () -> "quota count of " + key + " unreadable; counting from memory");
      throw e;
    }
  }
}
