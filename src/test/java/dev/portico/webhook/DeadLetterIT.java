package dev.portico.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import dev.portico.testing.Api;
import dev.portico.testing.ApplicationMetrics;
import dev.portico.testing.InContainer;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import java.time.Instant;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A poison message on the delivery queue (one the consumer cannot read) is redelivered until the
 * queue's limit, then ends in the dead-letter queue, where it is logged and counted: never lost
 * silently, and never blocking the queue.
 */
@ExtendWith(ArquillianExtension.class)
class DeadLetterIT {

  private static final String DEAD_LETTERS = "portico_webhook_dead_letters_total";

  @Deployment
  static WebArchive deployment() {
    return InContainer.archive(
        "dead-letter-it", DeadLetterIT.class, Api.class, ApplicationMetrics.class);
  }

  @Test
  void whenTheConsumerFailsOnAMessageEveryTimeThenItIsDeadLetteredAndCounted() throws Exception {
    double before = ApplicationMetrics.read().value(DEAD_LETTERS);
    ConnectionFactory factory = InitialContext.doLookup("jms/portico/ConnectionFactory");
    Queue deliveries = InitialContext.doLookup("jms/portico/webhookDeliveries");

    try (JMSContext context = factory.createContext()) {
      context.createProducer().send(deliveries, new byte[] {0, 1, 2});
    }

    Instant end = Instant.now().plus(Duration.ofSeconds(30));
    double after = before;
    while (after <= before && Instant.now().isBefore(end)) {
      Thread.sleep(200);
      after = ApplicationMetrics.read().value(DEAD_LETTERS);
    }
    assertThat(after, greaterThan(before));
  }
}
