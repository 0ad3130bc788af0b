package dev.portico.webhook;

import dev.portico.platform.security.SecretBox;
import dev.portico.platform.time.PorticoClock;
import dev.portico.webhook.domain.AttemptVerdict;
import dev.portico.webhook.domain.DeliveryClaim;
import dev.portico.webhook.domain.DeliveryOutcome;
import dev.portico.webhook.domain.EndpointStatus;
import dev.portico.webhook.domain.SigningSecret;
import dev.portico.webhook.domain.WebhookSignature;
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
 * One attempt to deliver one message: claim it, sign it, POST it within the endpoint's gate, and
 * record what came back. A message that is not due, or held by another server, is left alone; an
 * endpoint whose breaker is open or whose deliveries are all in use makes it wait, uncounted.
 */
@ApplicationScoped
public class WebhookDelivery {

  /** How long a message waits for a delivery slot of its endpoint on this server. */
  private static final Duration BUSY_WAIT = Duration.ofSeconds(1);

  @Inject WebhookConfig config;
  @Inject DeliveryClaims claims;
  @Inject AttemptRecorder recorder;
  @Inject EndpointGates gates;
  @Inject WebhookSender sender;
  @Inject SecretBox secretBox;
  @Inject WebhookMetrics metrics;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void deliver(String messageId) {
    Instant now = clock.instant();
    Optional<DeliveryClaim> claimed = claims.claim(messageId, now, now.plus(config.lease()));
    if (claimed.isEmpty()) {
      return;
    }
    DeliveryClaim claim = claimed.get();
    if (claim.endpointStatus() != EndpointStatus.ENABLED || claim.url() == null) {
      recorder.failUnsent(claim);
      return;
    }
    EndpointGates.Gate gate = gates.of(claim.endpointId());
    CircuitBreaker breaker = gate.breaker();
    if (!breaker.tryAcquirePermission()) {
      recorder.postpone(claim, now.plus(jittered(config.breakerOpenFor())));
      return;
    }
    if (!gate.slots().tryAcquire()) {
      breaker.releasePermission();
      recorder.postpone(claim, now.plus(jittered(BUSY_WAIT)));
      return;
    }
    DeliveryOutcome outcome;
    try {
      outcome = send(claim);
    } finally {
      gate.slots().release();
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
