package dev.portico.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of API keys; each is documented in the README's configuration table. */
@ApplicationScoped
public class ApiKeyConfig {

  /**
   * How long a looked-up key is trusted without asking the database again. Bounds how long a
   * revocation or change made on another server takes to apply here; this server applies its own
   * changes at once.
   */
  @Inject
  @ConfigProperty(name = "portico.api-keys.cache-ttl", defaultValue = "PT5S")
  Duration cacheTtl;

  @Inject
  @ConfigProperty(name = "portico.api-keys.cache-size", defaultValue = "10000")
  int cacheSize;

  /** How often used-at times are written; a key is written at most once per minute regardless. */
  @Inject
  @ConfigProperty(name = "portico.api-keys.last-used-flush-interval", defaultValue = "PT10S")
  Duration lastUsedFlushInterval;

  public Duration cacheTtl() {
    return cacheTtl;
  }

  public int cacheSize() {
    return cacheSize;
  }

  public Duration lastUsedFlushInterval() {
    return lastUsedFlushInterval;
  }
}
