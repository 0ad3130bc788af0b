package dev.portico.webhook;

import dev.portico.platform.time.PorticoClock;
import dev.portico.webhook.domain.AttemptVerdict;
import dev.portico.webhook.domain.DeliveryClaim;
import dev.portico.webhook.domain.DisabledReason;
import dev.portico.webhook.domain.MessageStatus;
import dev.portico.webhook.infra.DeliveryStore;
import dev.portico.webhook.infra.RetryTimers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Writes what an attempt came to, in one transaction: the attempt in the delivery log, the
 * message's new state, the timer of its next attempt, and what the result does to its endpoint.
 */
@ApplicationScoped
public class AttemptRecorder {

  private static final Logger LOG = Logger.getLogger(AttemptRecorder.class.getName());

  @Inject DeliveryStore store;
  @Inject RetryTimers timers;
  @Inject EndpointDisabler disabler;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAttempt(
      DeliveryClaim claim, DeliveryStore.AttemptRecord attempt, AttemptVerdict verdict) {
    store.addAttempt(claim, attempt, clock);
    Instant now = clock.instant();
    if (!store.settle(claim, verdict.status(), verdict.nextAttemptAt(), true, now)) {
      LOG.warning(
          () ->
              "attempt "
                  + claim.attemptNumber()
                  + " of "
                  + claim.messageId()
                  + " outlived its lease; another attempt was counted since");
      return;
    }
    if (verdict.nextAttemptAt() != null) {
      timers.wakeAt(claim.due(), verdict.nextAttemptAt());
    }
    switch (verdict.effect()) {
      case HEALTHY -> {
        if (claim.failingSince() != null) {
          store.markHealthy(claim.endpointId());
        }
      }
      case FAILING -> {
        if (claim.failingSince() == null) {
          store.markFailing(claim.endpointId(), claim.claimedAt());
        }
      }
      case DISABLE_GONE -> disabler.disable(claim, DisabledReason.GONE);
      case DISABLE_FAILING -> disabler.disable(claim, DisabledReason.FAILING);
    }
  }

  /** The message fails without an attempt: its endpoint is disabled or gone. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failUnsent(DeliveryClaim claim) {
    store.settle(claim, MessageStatus.FAILED, null, false, clock.instant());
  }

  /**
   * The message waits, no attempt counted, until {@code until}; the caller queues its wake-up (a
   * wake-up lost with a server is the sweeper's, as the message is overdue by then).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void postpone(DeliveryClaim claim, Instant until) {
    store.postpone(claim, until, clock.instant());
  }
}
