package dev.portico.platform.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import dev.portico.testing.InContainer;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded messaging engine's events topic, inside the server. (The delivery queue has its
 * consumer: WebhookDeliveryIT and DeadLetterIT show it at work.)
 */
@ExtendWith(ArquillianExtension.class)
class MessagingIT {

  private static final long RECEIVE_TIMEOUT_MS = 10_000;

  @Deployment
  static WebArchive deployment() {
    return InContainer.archive("messaging-it", MessagingIT.class);
  }

  private static <T> T lookup(String name) throws NamingException {
    return InitialContext.doLookup(name);
  }

  @Test
  void whenEventIsPublishedThenSubscriberSelectsByTypeAndMode() throws Exception {
    ConnectionFactory factory = lookup("jms/portico/ConnectionFactory");
    Topic topic = lookup("jms/portico/events");
    String organization = "org_" + UUID.randomUUID().toString().replace("-", "");
    String selector =
        "type = 'job.completed' AND livemode = FALSE AND organization = '" + organization + "'";

    try (JMSContext context = factory.createContext();
        JMSConsumer subscriber = context.createConsumer(topic, selector)) {
      publish(context, topic, organization, "job.created", false, "{\"type\":\"job.created\"}");
      publish(context, topic, organization, "job.completed", true, "{\"live\":true}");
      publish(context, topic, organization, "job.completed", false, "{\"type\":\"job.completed\"}");

      Message received = subscriber.receive(RECEIVE_TIMEOUT_MS);
      assertThat(received.getBody(String.class), is("{\"type\":\"job.completed\"}"));
      assertThat(received.getStringProperty("organization"), is(organization));
      assertThat(subscriber.receive(1_000), is(nullValue()));
    }
  }

  private static void publish(
      JMSContext context, Topic topic, String organization, String type, boolean live, String body)
      throws JMSException {
    context
        .createProducer()
        .setProperty("type", type)
        .setProperty("organization", organization)
        .setProperty("livemode", live)
        .send(topic, body);
  }
}
