package dev.portico.ratelimit.domain;

import dev.portico.platform.ratelimit.RateLimitWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One window's state after a request: its quota, what is left, and when it is whole again (a fixed
 * window's next reset; for the burst window, the moment it will have refilled).
 */
public record WindowState(RateLimitWindow window, long limit, long remaining, Instant resetsAt) {

  public WindowState {
    Objects.requireNonNull(window, "window is required");
    Objects.requireNonNull(resetsAt, "reset time is required");
    if (remaining < 0 || remaining > limit) {
      throw new IllegalArgumentException("impossible window state " + window);
    }
  }

  /** Whole seconds from {@code now} until the reset, rounded up, never negative. */
  public long secondsUntilReset(Instant now) {
    Duration left = Duration.between(now, resetsAt);
    if (left.isNegative()) {
      return 0;
    }
    return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
  }

  /** The reset in epoch seconds, rounded up so a client that waits until then is never early. */
  public long resetEpochSecond() {
    return resetsAt.getEpochSecond() + (resetsAt.getNano() > 0 ? 1 : 0);
  }
}
