package dev.portico.webhook.infra;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.portico.webhook.WebhookConfig;
import dev.portico.webhook.domain.DeliveryClaim;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * Per endpoint, on this server: a bound on deliveries at once with a line of messages waiting for
 * one, and a circuit breaker (Resilience4j) that stops attempts to a receiver failing most of its
 * last ten, so one slow or dead receiver holds neither threads nor connections that others need.
 * Forgotten an hour after last use (a gate with messages in line is in use).
 */
@ApplicationScoped
public class EndpointGates {

  @Inject WebhookConfig config;

  private LoadingCache<String, Gate> gates;

  /**
   * Claims that may wait in one endpoint's line on this server, per delivery slot: a claim waits
   * for a slot at most about one attempt; more messages wait unclaimed, in the messaging engine.
   */
  static final int LINE_PER_SLOT = 2;

  /**
   * One endpoint's gate: its delivery slots, its circuit breaker, and the line of claimed messages
   * waiting for a slot (kept in memory: a server that stops loses its line, and the claims' leases
   * run out, so the sweeper queues them again).
   */
  public record Gate(
      Semaphore slots,
      CircuitBreaker breaker,
      ConcurrentLinkedQueue<DeliveryClaim> line,
      int capacity,
      ConcurrentHashMap<String, Long> inFlight) {

    /** An attempt of this message began (on {@link System#nanoTime()}'s clock). */
    public void started(String messageId) {
      inFlight.put(messageId, System.nanoTime());
    }

    public void finished(String messageId) {
      inFlight.remove(messageId);
    }

    /** How long the oldest attempt in flight has run; zero when none is. */
    public Duration longestInFlight() {
      long now = System.nanoTime();
      long longest = 0;
      for (long start : inFlight.values()) {
        longest = Math.max(longest, now - start);
      }
      return Duration.ofNanos(longest);
    }

    public boolean hasInFlight() {
      return !inFlight.isEmpty();
    }

    /**
     * How long a message for this endpoint waits unclaimed before it is looked at again, or empty
     * to claim it now: while the breaker is open, {@code openFor}; while its half-open trial is in
     * flight, and while the line is full, as long as the longest attempt in flight has run already
     * (at least {@code atLeast}, at most {@code atMost}). A receiver that has not answered for ten
     * seconds is unlikely to within one, and waking its messages every second would spend the
     * server on it instead of on the endpoints that answer.
     */
    public Optional<Duration> holdOff(Duration openFor, Duration atLeast, Duration atMost) {
      return switch (breaker.getState()) {
        case OPEN, FORCED_OPEN -> Optional.of(openFor);
        case HALF_OPEN -> hasInFlight() ? Optional.of(busyWait(atLeast, atMost)) : Optional.empty();
        default -> lineIsFull() ? Optional.of(busyWait(atLeast, atMost)) : Optional.empty();
      };
    }

    private Duration busyWait(Duration atLeast, Duration atMost) {
      Duration longest = longestInFlight();
      if (longest.compareTo(atMost) > 0) {
        return atMost;
      }
      return longest.compareTo(atLeast) > 0 ? longest : atLeast;
    }

    /** False when the line is full. */
    public boolean waitInLine(DeliveryClaim claim) {
      return !lineIsFull() && line.add(claim);
    }

    public boolean lineIsFull() {
      return line.size() >= capacity;
    }

    public DeliveryClaim nextInLine() {
      return line.poll();
    }

    public boolean hasWaiting() {
      return !line.isEmpty();
    }
  }

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
            .automaticTransitionFromOpenToHalfOpenEnabled(true)
            .build();
    gates =
        Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .build(
                endpointId ->
                    new Gate(
                        new Semaphore(config.maxConcurrentPerEndpoint()),
                        CircuitBreaker.of(endpointId, breakers),
                        new ConcurrentLinkedQueue<>(),
                        LINE_PER_SLOT * config.maxConcurrentPerEndpoint(),
                        new ConcurrentHashMap<>()));
  }

  public Gate of(String endpointId) {
    return gates.get(endpointId);
  }
}
