package dev.portico.event.infra;

import dev.portico.event.domain.RelayedEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Publishes events to the JMS topic {@code jms/portico/events} (body: the event JSON; properties
 * {@code type}, {@code organization}, {@code livemode}) for consumers that select with a message
 * selector. Outside the relay's transaction and before it commits: a relay that then fails
 * publishes again, so a subscriber sees each event at least once (deduplicate by its id).
 */
@ApplicationScoped
public class EventTopic {

  @Resource(lookup = "jms/portico/ConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/portico/events")
  Topic topic;

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void publish(List<RelayedEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    try (JMSContext context = connectionFactory.createContext()) {
      for (RelayedEvent event : events) {
        JMSProducer producer =
            context
                .createProducer()
                .setProperty("type", event.type())
                .setProperty("organization", event.tenant().organizationId())
                .setProperty("livemode", event.tenant().livemode());
        producer.send(topic, event.envelope());
      }
    }
  }
}
