package dev.portico.webhook;

import dev.portico.platform.security.SecretBox;
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

  /** How long a message waits when its endpoint's line on this server is full. */
  private static final Duration BUSY_WAIT = Duration.ofSeconds(1);

  @Inject WebhookConfig config;
  @Inject DeliveryClaims claims;
  @Inject AttemptRecorder recorder;
  @Inject EndpointGates gates;
  @Inject WebhookSender sender;
  @Inject SecretBox secretBox;
  @Inject WebhookMetrics metrics;
  @Inject DeliveryQueue queue;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  /**
   * Claims the message and attempts it, unless its endpoint's line on this server is full or its
   * breaker open: then the messaging engine holds the wake-up a while, and nothing is claimed.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void deliver(MessagesDue.DueMessage due) {
    if (due.endpointId() != null) {
      EndpointGates.Gate gate = gates.of(due.endpointId());
      if (gate.breaker().getState() == CircuitBreaker.State.OPEN) {
        queue.later(due, jittered(config.breakerOpenFor()));
        return;
      }
      if (gate.lineIsFull()) {
        queue.later(due, jittered(BUSY_WAIT));
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
      recorder.postpone(claim, now.plus(jittered(BUSY_WAIT)));
      return;
    }
    drain(gate);
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
        attempt(next, gate.breaker());
      } finally {
        gate.slots().release();
      }
    }
  }

  private void attempt(DeliveryClaim claim, CircuitBreaker breaker) {
    Instant now = clock.instant();
    if (now.plus(config.timeout())
        .plus(config.connectTimeout())
        .isAfter(claim.claimedAt().plus(config.lease()))) {
      // Waited in line so long that its claim could run out mid-attempt: claim it again.
      recorder.postpone(claim, now);
      return;
    }
    if (!breaker.tryAcquirePermission()) {
      recorder.postpone(claim, now.plus(jittered(config.breakerOpenFor())));
      return;
    }
    DeliveryOutcome outcome = send(claim);
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
            .map(
                stored ->
                    SigningSecret.of(secretBox.open(stored, SecretContexts.of(claim.endpointId()))))
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
