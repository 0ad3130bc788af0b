package dev.portico.webhook.infra;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.portico.webhook.WebhookConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Per endpoint, on this server: a bound on deliveries at once, and a circuit breaker (Resilience4j)
 * that stops attempts to a receiver failing most of its last ten, so one slow or dead receiver
 * holds neither threads nor connections that others need. Forgotten an hour after last use.
 */
@ApplicationScoped
public class EndpointGates {

  @Inject WebhookConfig config;

  private LoadingCache<String, Gate> gates;

  /** One endpoint's gate. */
  public record Gate(Semaphore slots, CircuitBreaker breaker) {}

  @PostConstruct
  void build() {
    CircuitBreakerConfig breakers =
        CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(10)
            .minimumNumberOfCalls(5)
            .failureRateThreshold(config.breakerFailureRate())
            .waitDurationInOpenState(config.breakerOpenFor())
            .permittedNumberOfCallsInHalfOpenState(1)
            .build();
    gates =
        Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .build(
                endpointId ->
                    new Gate(
                        new Semaphore(config.maxConcurrentPerEndpoint()),
                        CircuitBreaker.of(endpointId, breakers)));
  }

  public Gate of(String endpointId) {
    return gates.get(endpointId);
  }
}
