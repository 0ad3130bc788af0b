package dev.portico.ratelimit.domain;

import dev.portico.platform.ratelimit.RateLimitSubject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Whether one request was admitted, the state of every window afterwards, and for a refused one the
 * whole seconds after which a request will be admitted again.
 */
public record RateLimitDecision(
    boolean admitted,
    RateLimitSubject subject,
    List<WindowState> windows,
    long retryAfterSeconds,
    Instant decidedAt) {

  public RateLimitDecision {
    windows = List.copyOf(windows);
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("a decision states its windows");
    }
  }

  /**
   * The window that limits the caller first: the one with the fewest requests left, and of those
   * the longest, since it takes longest to recover. The single-window headers describe it.
   */
  public WindowState binding() {
    return windows.stream()
        .min(
            Comparator.comparingLong(WindowState::remaining)
                .thenComparing(
                    Comparator.comparingLong(
                            (WindowState w) -> w.window().seconds(subject.limits()))
                        .reversed()))
        .orElseThrow();
  }
}
