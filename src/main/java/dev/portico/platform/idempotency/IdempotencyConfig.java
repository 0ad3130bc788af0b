package dev.portico.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long an Idempotency-Key and its answer are kept ({@code portico.idempotency.retention}). */
@ApplicationScoped
public class IdempotencyConfig {

  @Inject
  @ConfigProperty(name = "portico.idempotency.retention", defaultValue = "PT24H")
  Duration retention;

  public Duration retention() {
    return retention;
  }
}
