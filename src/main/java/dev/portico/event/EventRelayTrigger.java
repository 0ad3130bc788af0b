package dev.portico.event;

import dev.portico.event.domain.OutboxWritten;
import dev.portico.event.infra.EventRelayWorker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes the relay when a transaction that recorded events commits, so an event is relayed within
 * milliseconds; one drain runs at a time on this server, and wake-ups during a drain coalesce into
 * one more pass. {@code EventRelayScheduler} wakes it every second too, for events committed just
 * before a server stopped.
 */
@ApplicationScoped
public class EventRelayTrigger {

  private static final Logger LOG = Logger.getLogger(EventRelayTrigger.class.getName());
  static final int BATCH = 100;

  @Inject EventRelay relay;
  @Inject EventRelayWorker worker;

  private final AtomicBoolean pending = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    nudge();
  }

  public void nudge() {
    pending.set(true);
    if (running.compareAndSet(false, true)) {
      worker.run(this::drain);
    }
  }

  private void drain() {
    do {
      try {
        while (pending.getAndSet(false)) {
          while (relay.relayBatch(BATCH) == BATCH) {
            // a full batch: more may be waiting
          }
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "relaying events failed; the next wake-up tries again", e);
      } finally {
        running.set(false);
      }
    } while (pending.get() && running.compareAndSet(false, true));
  }
}
