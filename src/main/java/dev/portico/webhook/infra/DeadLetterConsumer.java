package dev.portico.webhook.infra;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Logs and counts ({@code portico_webhook_dead_letters_total}) every delivery message the consumer
 * failed on too often (the queue's dead letters). The webhook message itself stays in the database,
 * pending, so the sweeper tries it again later: a dead letter is never a message lost silently.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "jms/portico/webhookDeadLetters"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class DeadLetterConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class.getName());

  @Inject WebhookMetrics metrics;

  @Override
  public void onMessage(Message message) {
    metrics.deadLettered();
    String body;
    try {
      body = message.getBody(String.class);
    } catch (JMSException e) {
      body = "<unreadable: " + e.getMessage() + ">";
    }
    String id = body;
    LOG.severe(
        () ->
            "webhook delivery message "
                + id
                + " failed every redelivery and was dead-lettered; the sweeper retries the"
                + " webhook message when it is due");
  }
}
