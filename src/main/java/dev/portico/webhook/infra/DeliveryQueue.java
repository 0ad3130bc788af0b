package dev.portico.webhook.infra;

import dev.portico.webhook.domain.MessagesDue;
import dev.portico.webhook.domain.MessagesDue.DueMessage;
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
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Puts due messages' ids on the JMS queue {@code jms/portico/webhookDeliveries} (property {@code
 * endpoint}: the message's endpoint), read by {@link WebhookDeliveryConsumer}. Only after the
 * transaction that made them due has committed, so the consumer finds them. The queue only wakes a
 * consumer, the database holds every message: a wake-up lost with a server is found by {@link
 * WebhookSweepScheduler}, so it is not written to the engine's store; an id queued twice is
 * delivered once, as the claim decides.
 */
@ApplicationScoped
public class DeliveryQueue {

  static final String ENDPOINT = "endpoint";

  @Resource(lookup = "jms/portico/ConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/portico/webhookDeliveries")
  Queue queue;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesDue due) {
    enqueue(due.messages());
  }

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void enqueue(Collection<DueMessage> messages) {
    send(messages, Duration.ZERO);
  }

  /** The message comes back to a consumer after {@code delay}, held by the messaging engine. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void later(DueMessage message, Duration delay) {
    send(List.of(message), delay);
  }

  private void send(Collection<DueMessage> messages, Duration delay) {
    if (messages.isEmpty()) {
      return;
    }
    try (JMSContext context = connectionFactory.createContext()) {
      JMSProducer producer =
          context
              .createProducer()
              .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
              .setDeliveryDelay(delay.toMillis());
      for (DueMessage message : messages) {
        producer.setProperty(ENDPOINT, message.endpointId()).send(queue, message.messageId());
      }
    }
  }
}
