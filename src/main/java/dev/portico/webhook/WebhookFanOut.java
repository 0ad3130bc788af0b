package dev.portico.webhook;

import dev.portico.event.domain.RelayedEvent;
import dev.portico.platform.time.PorticoClock;
import dev.portico.webhook.domain.MessagesDue;
import dev.portico.webhook.infra.DeliveryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a relayed event into one message for each enabled endpoint of its organization and mode
 * that receives its type, in the relay's transaction; the messages are queued once it commits.
 */
@ApplicationScoped
public class WebhookFanOut {

  @Inject DeliveryStore store;
  @Inject Event<MessagesDue> due;

  void fanOut(@Observes RelayedEvent event) {
    List<MessagesDue.DueMessage> created = new ArrayList<>();
    for (DeliveryStore.Subscriber subscriber : store.subscribers(event.tenant())) {
      if (subscriber.events().includes(event.type())) {
        String messageId =
            store.addMessage(
                event.tenant(),
                subscriber.endpointId(),
                event.id(),
                event.type(),
                event.envelope(),
                PorticoClock.UTC_MILLIS);
        created.add(new MessagesDue.DueMessage(messageId, subscriber.endpointId()));
      }
    }
    if (!created.isEmpty()) {
      due.fire(new MessagesDue(created));
    }
  }
}
