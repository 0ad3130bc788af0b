package dev.portico.webhook;

import dev.portico.webhook.domain.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of webhook delivery, each documented in the README's configuration table. */
@ApplicationScoped
public class WebhookConfig {

  @Inject
  @ConfigProperty(
      name = "portico.webhooks.retry-schedule",
      defaultValue = "PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
  List<Duration> retryDelays;

  @Inject
  @ConfigProperty(name = "portico.webhooks.retry-jitter", defaultValue = "0.2")
  double retryJitter;

  /** An endpoint failing without a success for this long is disabled. */
  @Inject
  @ConfigProperty(name = "portico.webhooks.disable-after", defaultValue = "P5D")
  Duration disableAfter;

  /** Targets on loopback, private and link-local addresses: for tests and local development. */
  @Inject
  @ConfigProperty(name = "portico.webhooks.allow-private-targets", defaultValue = "false")
  boolean allowPrivateTargets;

  @Inject
  @ConfigProperty(name = "portico.webhooks.connect-timeout", defaultValue = "PT5S")
  Duration connectTimeout;

  /** The whole exchange, from connecting to the last byte read: a 2xx later than this fails. */
  @Inject
  @ConfigProperty(name = "portico.webhooks.timeout", defaultValue = "PT15S")
  Duration timeout;

  /** Deliveries to one endpoint at a time on one server. */
  @Inject
  @ConfigProperty(name = "portico.webhooks.max-concurrent-per-endpoint", defaultValue = "4")
  int maxConcurrentPerEndpoint;

  /** How long a tripped circuit breaker keeps an endpoint's messages waiting. */
  @Inject
  @ConfigProperty(name = "portico.webhooks.circuit-breaker.open-for", defaultValue = "PT30S")
  Duration breakerOpenFor;

  /**
   * Of the last 10 attempts to an endpoint (at least 5), the share that fails trips the breaker.
   */
  @Inject
  @ConfigProperty(name = "portico.webhooks.circuit-breaker.failure-rate", defaultValue = "50")
  float breakerFailureRate;

  /** How often each server looks for messages whose attempt was lost (a server died mid-way). */
  @Inject
  @ConfigProperty(name = "portico.webhooks.sweep-interval", defaultValue = "PT30S")
  Duration sweepInterval;

  public RetrySchedule retrySchedule() {
    return new RetrySchedule(retryDelays, retryJitter);
  }

  public Duration disableAfter() {
    return disableAfter;
  }

  public boolean allowPrivateTargets() {
    return allowPrivateTargets;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration timeout() {
    return timeout;
  }

  /** How long a claimed message is held by its server: the attempt's deadline and a margin. */
  public Duration lease() {
    return timeout.plus(connectTimeout).plusSeconds(10);
  }

  public int maxConcurrentPerEndpoint() {
    return maxConcurrentPerEndpoint;
  }

  public Duration breakerOpenFor() {
    return breakerOpenFor;
  }

  public float breakerFailureRate() {
    return breakerFailureRate;
  }

  public Duration sweepInterval() {
    return sweepInterval;
  }
}
