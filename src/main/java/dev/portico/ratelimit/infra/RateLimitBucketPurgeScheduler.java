package dev.portico.ratelimit.infra;

import dev.portico.platform.time.CalendarSchedule;
import dev.portico.platform.time.CalendarTimers;
import dev.portico.ratelimit.RateLimitService;
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
 * Deletes the shared backend's expired buckets (every window refilled: the credential has been idle
 * long enough to start whole) on a persistent calendar timer, hourly by default ({@code
 * portico.rate-limits.bucket-purge}), so one server does it per time. Without a shared backend
 * there is nothing to delete. The schedule comes from configuration, so the timer is made here.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class RateLimitBucketPurgeScheduler {

  private static final Logger LOG = Logger.getLogger(RateLimitBucketPurgeScheduler.class.getName());
  private static final String TIMER = "rate-limit-bucket-purge";

  @Resource TimerService timers;
  @Inject RateLimitService limits;

  @Inject
  @ConfigProperty(name = "portico.rate-limits.bucket-purge", defaultValue = "minute=23 hour=*")
  String schedule;

  @PostConstruct
  void schedule() {
    CalendarSchedule wanted = CalendarSchedule.parse(schedule);
    CalendarTimers.ensure(timers, TIMER, wanted);
  }

  /** Bucket4j commits its own deletes, batch by batch, outside any container transaction. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void purge() {
    int purged = limits.purgeExpiredBuckets();
    if (purged > 0) {
      LOG.fine(() -> "deleted " + purged + " expired rate-limit buckets");
    }
  }
}
