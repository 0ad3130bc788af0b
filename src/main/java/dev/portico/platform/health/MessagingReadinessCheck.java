package dev.portico.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a connection to the messaging engine (embedded or external) can be opened. */
@Readiness
@ApplicationScoped
public class MessagingReadinessCheck implements HealthCheck {

  @Resource(lookup = "jms/portico/ConnectionFactory")
  ConnectionFactory connectionFactory;

  @Override
  public HealthCheckResponse call() {
    try (JMSContext context = connectionFactory.createContext()) {
      context.createProducer();
      return HealthCheckResponse.named("messaging").up().build();
    } catch (JMSRuntimeException e) {
      return HealthCheckResponse.named("messaging")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
