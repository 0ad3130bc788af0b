package dev.portico.webhook.infra;

import dev.portico.webhook.domain.MessagesDue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * Puts due messages' ids on the JMS queue {@code jms/portico/webhookDeliveries}, read by {@link
 * WebhookDeliveryConsumer}. Only after the transaction that made them due has committed, so the
 * consumer finds them; a message whose id never reaches the queue (a server stopped in between) is
 * found by {@link WebhookSweepScheduler}. An id queued twice is delivered once: the claim decides.
 */
@ApplicationScoped
public class DeliveryQueue {

  @Resource(lookup = "jms/portico/ConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/portico/webhookDeliveries")
  Queue queue;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesDue due) {
    enqueue(due.messageIds());
  }

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void enqueue(Collection<String> messageIds) {
    if (messageIds.isEmpty()) {
      return;
    }
    try (JMSContext context = connectionFactory.createContext()) {
      // The database holds every message; the queue only wakes a consumer. A wake-up lost with a
      // server is found by the sweeper, so it need not be written to the engine's store.
      JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
      for (String id : messageIds) {
        producer.send(queue, id);
      }
    }
  }

  public void enqueue(String messageId) {
    enqueue(List.of(messageId));
  }
}
