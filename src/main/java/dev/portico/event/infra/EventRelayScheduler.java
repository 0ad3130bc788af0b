package dev.portico.event.infra;

import dev.portico.event.EventRelayTrigger;
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
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wakes the relay every {@code portico.events.relay-interval} (1 s by default) on every server, so
 * events committed while no wake-up reached the relay (a server stopped just after a commit) are
 * relayed all the same. Each server's own, so not persistent.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class EventRelayScheduler {

  @Resource TimerService timers;
  @Inject EventRelayTrigger trigger;

  @Inject
  @ConfigProperty(name = "portico.events.relay-interval", defaultValue = "PT1S")
  Duration interval;

  @PostConstruct
  void schedule() {
    long every = interval.toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("event-relay", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void wake() {
    trigger.nudge();
  }
}
