package dev.portico.webhook.infra;

import dev.portico.webhook.WebhookDelivery;
import dev.portico.webhook.domain.MessagesDue;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes message ids off the delivery queue and makes one attempt each. Anything it cannot handle is
 * rethrown: the container redelivers the JMS message, and after the queue's redelivery limit moves
 * it to the dead-letter queue, where {@link DeadLetterConsumer} logs it.
 *
 * <p>Not in a global transaction: the delivery commits its own claim and attempt, and the JMS
 * message only wakes it (the database holds the webhook message), so a two-phase commit with the
 * messaging engine per delivery would cost much and protect nothing.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "jms/portico/webhookDeliveries"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDeliveryConsumer implements MessageListener {

  @Inject WebhookDelivery delivery;

  @Override
  public void onMessage(Message message) {
    String messageId;
    String endpointId;
    try {
      messageId = message.getBody(String.class);
      endpointId = message.getStringProperty(DeliveryQueue.ENDPOINT);
    } catch (JMSException e) {
      throw new JMSRuntimeException("unreadable delivery message: " + e.getMessage());
    }
    delivery.deliver(new MessagesDue.DueMessage(messageId, endpointId));
  }
}
