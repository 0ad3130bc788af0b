package dev.portico.webhook.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What follows an attempt (SPEC, "Webhooks"): a 2xx delivers the message; a 410 fails it and
 * disables the endpoint; any other answer or none retries it on the schedule ({@code Retry-After}
 * honoured on a 429 or 503) until the round's last attempt fails it. An endpoint failing without a
 * success for {@code disableAfter} is disabled, and its message fails with it.
 */
public record AttemptVerdict(MessageStatus status, Instant nextAttemptAt, EndpointEffect effect) {

  /** The facts of one attempt that the verdict depends on. */
  public record Attempt(boolean succeeded, Integer responseStatus, Duration retryAfter) {}

  public static AttemptVerdict of(
      DeliveryClaim claim,
      Attempt attempt,
      RetrySchedule schedule,
      Duration disableAfter,
      Instant now,
      RandomGenerator random) {
    if (attempt.succeeded()) {
      return new AttemptVerdict(MessageStatus.SUCCEEDED, null, EndpointEffect.HEALTHY);
    }
    Integer status = attempt.responseStatus();
    if (status != null && status == 410) {
      return new AttemptVerdict(MessageStatus.FAILED, null, EndpointEffect.DISABLE_GONE);
    }
    if (claim.failingSince() != null && !claim.failingSince().plus(disableAfter).isAfter(now)) {
      return new AttemptVerdict(MessageStatus.FAILED, null, EndpointEffect.DISABLE_FAILING);
    }
    boolean asksToWait = status != null && (status == 429 || status == 503);
    Optional<Duration> wait =
        schedule.after(
            claim.failuresInRoundAfterThis(), asksToWait ? attempt.retryAfter() : null, random);
    return wait.map(
            w -> new AttemptVerdict(MessageStatus.PENDING, now.plus(w), EndpointEffect.FAILING))
        .orElseGet(() -> new AttemptVerdict(MessageStatus.FAILED, null, EndpointEffect.FAILING));
  }
}
