package dev.portico.ratelimit;

import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.ratelimit.infra.FallbackBucketStore;
import dev.portico.ratelimit.infra.SharedCountSync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * Where buckets live: {@code local} (this server), {@code postgresql} (Portico's database) or
   * {@code redis}.
   */
  @Inject
  @ConfigProperty(name = "portico.rate-limits.backend", defaultValue = "local")
  String backend;

  /**
   * While the shared backend fails: {@code local} counts in this server's memory (each server
   * grants a credential its limits), {@code refuse} answers 503.
   */
  @Inject
  @ConfigProperty(name = "portico.rate-limits.on-backend-failure", defaultValue = "local")
  String onBackendFailure;

  /** The Redis server of the {@code redis} backend. */
  @Inject
  @ConfigProperty(name = "portico.rate-limits.redis-url", defaultValue = "redis://127.0.0.1:6379")
  String redisUrl;

  /** How long a Redis command may take before the request is counted as the failure says. */
  @Inject
  @ConfigProperty(name = "portico.rate-limits.redis-timeout", defaultValue = "PT0.5S")
  Duration redisTimeout;

  /** How long after a failure the shared backend is tried again. */
  @Inject
  @ConfigProperty(name = "portico.rate-limits.backend-retry", defaultValue = "PT5S")
  Duration backendRetry;

  /**
   * How many requests of one key a server may admit on its own copy of the shared bucket before it
   * writes them to the backend; 0 counts every request there at once (exact).
   */
  @Inject
  @ConfigProperty(name = "portico.rate-limits.unsynchronized-requests", defaultValue = "0")
  long unsynchronizedRequests;

  /** The longest a server answers a key from its own copy before it asks the backend again. */
  @Inject
  @ConfigProperty(name = "portico.rate-limits.unsynchronized-for", defaultValue = "PT0.5S")
  Duration unsynchronizedFor;

  /**
   * The tier of requests made without a credential (the few public operations), counted per client
   * address; {@code off} leaves them uncounted.
   */
  @Inject
  @ConfigProperty(name = "portico.rate-limits.anonymous-tier", defaultValue = "basic")
  String anonymousTier;

  public boolean enabled() {
    return enabled;
  }

  public long localBuckets() {
    return localBuckets;
  }

  public RateLimitBackend backend() {
    return RateLimitBackend.parse(backend);
  }

  public FallbackBucketStore.OnFailure onBackendFailure() {
    return switch (onBackendFailure.trim().toLowerCase(Locale.ROOT)) {
      case "local" -> FallbackBucketStore.OnFailure.LOCAL;
      case "refuse" -> FallbackBucketStore.OnFailure.REFUSE;
      default ->
          throw new IllegalArgumentException(
              "portico.rate-limits.on-backend-failure must be local or refuse, not '"
                  + onBackendFailure
                  + "'");
    };
  }

  /** Empty when requests without a credential are not counted. */
  public Optional<RateLimitTier> anonymousTier() {
    String tier = anonymousTier.trim().toLowerCase(Locale.ROOT);
    if (tier.equals("off")) {
      return Optional.empty();
    }
    return Optional.of(
        RateLimitTier.parse(tier)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "portico.rate-limits.anonymous-tier must be a tier (basic, standard,"
                            + " premium, enterprise) or off, not '"
                            + anonymousTier
                            + "'")));
  }

  public SharedCountSync sharedCountSync() {
    return unsynchronizedRequests == 0
        ? SharedCountSync.EXACT
        : new SharedCountSync(unsynchronizedRequests, unsynchronizedFor);
  }

  public String redisUrl() {
    return redisUrl;
  }

  public Duration redisTimeout() {
    return redisTimeout;
  }

  public Duration backendRetry() {
    return backendRetry;
  }
}
