package dev.portico.webhook.infra;

import dev.portico.webhook.domain.MessagesDue.DueMessage;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Wakes a message when its next attempt is due: one persistent EJB timer per waiting message,
 * stored in Portico's database with the transaction that scheduled it, so it outlives a restart and
 * fires once across servers. When it fires, the message's id goes on the delivery queue.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetryTimers {

  @Resource TimerService timers;
  @Inject DeliveryQueue queue;

  /** In the caller's transaction: no timer if it rolls back. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void wakeAt(DueMessage message, Instant at) {
    timers.createSingleActionTimer(Date.from(at), new TimerConfig(message, true));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void due(Timer timer) {
    queue.enqueue(List.of((DueMessage) timer.getInfo()));
  }
}
