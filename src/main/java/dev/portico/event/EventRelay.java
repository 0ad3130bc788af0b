package dev.portico.event;

import dev.portico.event.domain.RelayedEvent;
import dev.portico.event.infra.EventTopic;
import dev.portico.event.infra.RelayStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Relays recorded events: each claimed event is handed to its observers (webhook fan-out) in this
 * transaction, published to the JMS topic, and taken off the queue, all or nothing per batch.
 */
@ApplicationScoped
public class EventRelay {

  @Inject RelayStore queue;
  @Inject EventTopic topic;
  @Inject Event<RelayedEvent> relayed;

  /** Relays up to {@code max} events; returns how many were claimed. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int relayBatch(int max) {
    RelayStore.Claimed claimed = queue.claim(max);
    for (RelayedEvent event : claimed.events()) {
      relayed.fire(event);
    }
    topic.publish(claimed.events());
    queue.remove(claimed.ids());
    return claimed.ids().size();
  }
}
