package dev.portico.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of rate limiting; each is documented in the README's configuration table. */
@ApplicationScoped
public class RateLimitConfig {

  /** Off, no request is counted or refused and no rate-limit header is sent (for benchmarks). */
  @Inject
  @ConfigProperty(name = "portico.rate-limits.enabled", defaultValue = "true")
  boolean enabled;

  /**
   * How many credentials' buckets this server keeps in memory. A bucket pushed out by newer ones
   * starts full when its credential returns, so keep it above the credentials active in a day.
   */
  @Inject
  @ConfigProperty(name = "portico.rate-limits.local-buckets", defaultValue = "100000")
  long localBuckets;

  public boolean enabled() {
    return enabled;
  }

  public long localBuckets() {
    return localBuckets;
  }
}
