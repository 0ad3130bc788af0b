package dev.portico.webhook.infra;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Webhook delivery as application metrics: attempts by outcome, and delivery-queue messages that
 * failed every redelivery (dead letters), which an operator should alert on.
 */
@ApplicationScoped
public class WebhookMetrics {

  static final String ATTEMPTS = "portico_webhook_attempts";
  static final String DEAD_LETTERS = "portico_webhook_dead_letters";

  @Inject MetricRegistry registry;

  private Counter succeeded;
  private Counter failed;
  private Counter deadLetters;

  @PostConstruct
  void register() {
    Metadata attempts =
        Metadata.builder()
            .withName(ATTEMPTS)
            .withDescription("Webhook delivery attempts, by whether the receiver answered 2xx.")
            .build();
    succeeded = registry.counter(attempts, new Tag("outcome", "succeeded"));
    failed = registry.counter(attempts, new Tag("outcome", "failed"));
    deadLetters =
        registry.counter(
            Metadata.builder()
                .withName(DEAD_LETTERS)
                .withDescription(
                    "Delivery-queue messages moved to the dead-letter queue after failing every"
                        + " redelivery; their webhook messages wait for the sweeper.")
                .build());
  }

  void atStartup(@Observes Startup startup) {
    // Observing is enough: every series exists, at 0, before the first delivery.
  }

  public void attempted(boolean success) {
    (success ? succeeded : failed).inc();
  }

  public void deadLettered() {
    deadLetters.inc();
  }
}
