package dev.portico.webhook.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed message is tried again: after each delay of the schedule in turn (SPEC: about 5 s,
 * 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), each stretched or shrunk by up to {@code jitter} (a
 * fraction) so that retries of many messages spread out. A receiver's {@code Retry-After} moves a
 * retry later, never beyond the schedule's longest delay.
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

  public RetrySchedule {
    delays = List.copyOf(delays);
    if (delays.isEmpty() || delays.stream().anyMatch(d -> d.isNegative())) {
      throw new IllegalArgumentException("a retry schedule is one or more delays of zero or more");
    }
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter is a fraction from 0 to below 1");
    }
  }

  /**
   * The wait before the next attempt after {@code failures} failed attempts in this round, or empty
   * when the round is over (the message has failed).
   */
  public Optional<Duration> after(int failures, Duration retryAfter, RandomGenerator random) {
    if (failures < 1 || failures > delays.size()) {
      return Optional.empty();
    }
    Duration scheduled = delays.get(failures - 1);
    long millis = scheduled.toMillis();
    long jittered = Math.round(millis * (1 + jitter * (2 * random.nextDouble() - 1)));
    Duration wait = Duration.ofMillis(Math.max(0, jittered));
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter.compareTo(longest()) > 0 ? longest() : retryAfter;
    }
    return Optional.of(wait);
  }

  /** Attempts in one round: the first and one per delay. */
  public int attempts() {
    return delays.size() + 1;
  }

  private Duration longest() {
    return delays.stream().max(Duration::compareTo).orElseThrow();
  }
}
