package dev.portico.quota.infra;

import dev.portico.quota.QuotaConfig;
import dev.portico.quota.QuotaService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes this server's quota counts to the database every {@code portico.quotas.write-interval} and
 * once more when the server stops. Each server writes its own counts, so the timer is not
 * persistent.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class QuotaCountFlushScheduler {

  private static final Logger LOG = Logger.getLogger(QuotaCountFlushScheduler.class.getName());

  @Resource TimerService timers;
  @Inject QuotaConfig config;
  @Inject QuotaService quotas;

  @PostConstruct
  void schedule() {
    long every = config.writeInterval().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("quota-count-write", false));
  }

  /** Each alert commits in a transaction of its own; the counts need none. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void write() {
    quotas.writeCounts();
  }

  @PreDestroy
  void writeBeforeStopping() {
    try {
      quotas.writeCounts();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "quota counts of the last seconds were not written at stop", e);
    }
  }
}
