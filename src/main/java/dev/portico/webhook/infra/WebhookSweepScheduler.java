package dev.portico.webhook.infra;

import dev.portico.webhook.WebhookConfig;
import dev.portico.webhook.domain.MessagesDue;
import jakarta.annotation.PostConstruct;
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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every {@code portico.webhooks.sweep-interval}, on every server, queues the pending messages that
 * are overdue: their wake-up was lost (a server stopped between a commit and queueing, or during an
 * attempt, whose lease then ran out). The claim makes sure each is attempted once. Each server's
 * own, so not persistent.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class WebhookSweepScheduler {

  private static final Logger LOG = Logger.getLogger(WebhookSweepScheduler.class.getName());
  private static final int BATCH = 500;

  /** Due this long ago and still pending: no wake-up is coming. */
  private static final Duration OVERDUE = Duration.ofSeconds(5);

  @Resource TimerService timers;
  @Inject WebhookConfig config;
  @Inject DeliveryStore store;
  @Inject DeliveryQueue queue;

  private final Clock clock = Clock.systemUTC();

  @PostConstruct
  void schedule() {
    long every = config.sweepInterval().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("webhook-sweep", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    List<MessagesDue.DueMessage> overdue = store.overdue(clock.instant().minus(OVERDUE), BATCH);
    if (!overdue.isEmpty()) {
      LOG.info(() -> "queued " + overdue.size() + " overdue webhook messages");
      queue.enqueue(overdue);
    }
  }
}
