package dev.portico.ratelimit;

import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.platform.ratelimit.RateLimitWindow;
import dev.portico.platform.ratelimit.RateLimits;
import dev.portico.ratelimit.domain.RateLimitDecision;
import dev.portico.ratelimit.domain.WindowState;
import dev.portico.ratelimit.infra.BucketConfigurations;
import dev.portico.ratelimit.infra.BucketStore;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides requests against a subject's token bucket and reads the bucket back as the state of each
 * window. Time comes from the clock it is given, the same one the store's buckets run on; a stored
 * bucket may make its configuration later than the request, so it reads the clock then.
 */
public final class RateLimiter {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final BucketStore store;
  private final Clock clock;

  public RateLimiter(BucketStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Counts one request: admitted if every window has one left. */
  public RateLimitDecision consume(RateLimitSubject subject) {
    Instant now = clock.instant();
    RateLimits limits = subject.limits();
    VerboseResult<ConsumptionProbe> result =
        store.tryConsume(
            subject.key(),
            subject.version(),
            () -> BucketConfigurations.of(limits, clock.instant()));
    ConsumptionProbe probe = result.getValue();
    long[] tokens = result.getDiagnostics().getAvailableTokensPerEachBandwidth();
    long retryAfter =
        probe.isConsumed()
            ? 0
            : Math.max(1, ceilDiv(probe.getNanosToWaitForRefill(), NANOS_PER_SECOND));
    return new RateLimitDecision(
        probe.isConsumed(), subject, windows(limits, tokens, now), retryAfter, now);
  }

  /** The windows' state without counting a request, for pages that show it. */
  public RateLimitDecision peek(RateLimitSubject subject) {
    Instant now = clock.instant();
    RateLimits limits = subject.limits();
    VerboseResult<Long> result =
        store.available(
            subject.key(),
            subject.version(),
            () -> BucketConfigurations.of(limits, clock.instant()));
    long[] tokens = result.getDiagnostics().getAvailableTokensPerEachBandwidth();
    return new RateLimitDecision(
        result.getValue() > 0, subject, windows(limits, tokens, now), 0, now);
  }

  private static List<WindowState> windows(RateLimits limits, long[] tokens, Instant now) {
    List<WindowState> windows = new ArrayList<>();
    RateLimitWindow[] all = RateLimitWindow.values();
    for (int i = 0; i < all.length; i++) {
      RateLimitWindow window = all[i];
      long limit = limits.of(window);
      long remaining = Math.max(0, Math.min(limit, tokens[i]));
      windows.add(
          new WindowState(window, limit, remaining, resetOf(window, limits, remaining, now)));
    }
    return windows;
  }

  private static Instant resetOf(
      RateLimitWindow window, RateLimits limits, long remaining, Instant now) {
    if (window.isFixed()) {
      return BucketConfigurations.nextBoundary(now, window.fixedLength());
    }
    long missing = limits.burst() - remaining;
    // The burst refills at the per-minute rate: each missing token takes a minute / per-minute.
    return now.plus(Duration.ofMinutes(1).multipliedBy(missing).dividedBy(limits.perMinute()));
  }

  private static long ceilDiv(long dividend, long divisor) {
    return -Math.floorDiv(-dividend, divisor);
  }
}
