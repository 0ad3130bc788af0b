package dev.portico.webhook;

import dev.portico.platform.time.PorticoClock;
import dev.portico.webhook.domain.AttemptVerdict;
import dev.portico.webhook.domain.DeliveryClaim;
import dev.portico.webhook.domain.DeliveryOutcome;
import dev.portico.webhook.domain.EndpointStatus;
import dev.portico.webhook.domain.MessagesDue;
import dev.portico.webhook.domain.SigningSecret;
import dev.portico.webhook.domain.WebhookSignature;
import dev.portico.webhook.infra.DeliveryQueue;
import dev.portico.webhook.infra.DeliveryStore;
import dev.portico.webhook.infra.EndpointGates;
import dev.portico.webhook.infra.WebhookMetrics;
import dev.portico.webhook.infra.WebhookSender;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One attempt to deliver one message: claim it, wait in its endpoint's line for a delivery slot,
 * sign it, POST it, and record what came back. A message that is not due, or held by another
 * server, is left alone; an endpoint whose breaker is open makes it wait, uncounted, as does a line
 * that is full.
 */
@ApplicationScoped
public class WebhookDelivery {

  /** The shortest wait of a message whose endpoint's line on this server is full. */
  private static final Duration BUSY_WAIT = Duration.ofSeconds(1);

  @Inject WebhookConfig config;
  @Inject DeliveryClaims claims;
  @Inject AttemptRecorder recorder;
  @Inject EndpointGates gates;
  @Inject WebhookSender sender;
  @Inject OpenedSecrets openedSecrets;
  @Inject WebhookMetrics metrics;
  @Inject DeliveryQueue queue;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  /**
   * Claims the message and attempts it, unless its endpoint is held off on this server (see {@link
   * EndpointGates.Gate#holdOff}): then the messaging engine holds the wake-up a while, and nothing
   * is claimed.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void deliver(MessagesDue.DueMessage due) {
    if (due.endpointId() != null) {
      Optional<Duration> wait =
          gates.of(due.endpointId()).holdOff(config.breakerOpenFor(), BUSY_WAIT, config.timeout());
      if (wait.isPresent()) {
        queue.later(due, jittered(wait.get()));
        return;
      }
    }
    Instant now = clock.instant();
    Optional<DeliveryClaim> claimed = claims.claim(due.messageId(), now, now.plus(config.lease()));
    if (claimed.isEmpty()) {
      return;
    }
    DeliveryClaim claim = claimed.get();
    if (claim.endpointStatus() != EndpointStatus.ENABLED || claim.url() == null) {
      recorder.failUnsent(claim);
      return;
    }
    EndpointGates.Gate gate = gates.of(claim.endpointId());
    if (!gate.waitInLine(claim)) {
      postpone(claim, jittered(BUSY_WAIT));
      return;
    }
    drain(gate);
  }

  /** Gives the claim back until {@code wait} has passed, when the messaging engine wakes it. */
  private void postpone(DeliveryClaim claim, Duration wait) {
    recorder.postpone(claim, clock.instant().plus(wait));
    queue.later(claim.due(), wait);
  }

  /**
   * Attempts the endpoint's waiting claims while it has a free delivery slot. Whoever puts a claim
   * in line, and whoever frees a slot, drains: a claim never waits while a slot is free, and a
   * thread never waits for a slot (a hanging receiver holds its endpoint's slots only).
   */
  private void drain(EndpointGates.Gate gate) {
    while (gate.slots().tryAcquire()) {
      DeliveryClaim next = gate.nextInLine();
      if (next == null) {
        gate.slots().release();
        if (!gate.hasWaiting()) {
          return;
        }
        continue;
      }
      try {
        attempt(next, gate);
      } finally {
        gate.slots().release();
      }
    }
  }

  private void attempt(DeliveryClaim claim, EndpointGates.Gate gate) {
    CircuitBreaker breaker = gate.breaker();
    Instant now = clock.instant();
    if (now.plus(config.timeout())
        .plus(config.connectTimeout())
        .isAfter(claim.claimedAt().plus(config.lease()))) {
      // Waited in line so long that its claim could run out mid-attempt: claim it again.
      postpone(claim, Duration.ZERO);
      return;
    }
    if (!breaker.tryAcquirePermission()) {
      postpone(claim, jittered(config.breakerOpenFor()));
      return;
    }
    gate.started(claim.messageId());
    DeliveryOutcome outcome;
    try {
      outcome = send(claim);
    } finally {
      gate.finished(claim.messageId());
    }
    if (outcome.succeeded()) {
      breaker.onSuccess(outcome.durationMillis(), TimeUnit.MILLISECONDS);
    } else {
      breaker.onError(
          outcome.durationMillis(), TimeUnit.MILLISECONDS, new IllegalStateException("failed"));
    }
    AttemptVerdict verdict =
        AttemptVerdict.of(
            claim,
            new AttemptVerdict.Attempt(outcome.succeeded(), outcome.status(), outcome.retryAfter()),
            config.retrySchedule(),
            config.disableAfter(),
            clock.instant(),
            ThreadLocalRandom.current());
    recorder.recordAttempt(claim, record(claim, outcome), verdict);
    metrics.attempted(outcome.succeeded());
  }

  private DeliveryOutcome send(DeliveryClaim claim) {
    byte[] body = claim.payload().getBytes(StandardCharsets.UTF_8);
    long timestamp = clock.instant().getEpochSecond();
    List<SigningSecret> secrets =
        claim.sealedSecrets().stream()
            .map(stored -> openedSecrets.of(claim.endpointId(), stored))
            .toList();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", "application/json");
    headers.put("webhook-id", claim.messageId());
    headers.put("webhook-timestamp", Long.toString(timestamp));
    headers.put(
        "webhook-signature", WebhookSignature.header(secrets, claim.messageId(), timestamp, body));
    return sender.post(claim.url(), headers, body);
  }

  private static DeliveryStore.AttemptRecord record(DeliveryClaim claim, DeliveryOutcome outcome) {
    return new DeliveryStore.AttemptRecord(
        claim.claimedAt(),
        outcome.durationMillis(),
        outcome.status(),
        outcome.responseExcerpt(),
        outcome.errorKind() == null ? null : outcome.errorKind().text(),
        outcome.errorDetail());
  }

  private static Duration jittered(Duration wait) {
    return Duration.ofMillis(
        (long) (wait.toMillis() * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble())));
  }
}
