package dev.portico.ratelimit.infra;

import dev.portico.platform.ratelimit.RateLimitWindow;
import dev.portico.platform.ratelimit.RateLimits;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.time.Instant;

/**
 * The Bucket4j configuration of a set of limits: one bandwidth per {@link RateLimitWindow}, in the
 * enum's order and named by it. The burst refills greedily at the per-minute rate; each fixed
 * window refills whole at its next UTC boundary.
 */
public final class BucketConfigurations {

  private BucketConfigurations() {}

  public static BucketConfiguration of(RateLimits limits, Instant now) {
    var builder = BucketConfiguration.builder();
    for (RateLimitWindow window : RateLimitWindow.values()) {
      builder.addLimit(bandwidth(window, limits, now));
    }
    return builder.build();
  }

  private static Bandwidth bandwidth(RateLimitWindow window, RateLimits limits, Instant now) {
    long quota = limits.of(window);
    if (!window.isFixed()) {
      return Bandwidth.builder()
          .capacity(quota)
          .refillGreedy(limits.perMinute(), Duration.ofMinutes(1))
          .id(window.text())
          .build();
    }
    Duration length = window.fixedLength();
    return Bandwidth.builder()
        .capacity(quota)
        .refillIntervallyAligned(quota, length, nextBoundary(now, length))
        .id(window.text())
        .build();
  }

  /** The first instant after {@code now} that is a whole multiple of {@code length} since 1970. */
  public static Instant nextBoundary(Instant now, Duration length) {
    long lengthMillis = length.toMillis();
    long nowMillis = now.toEpochMilli();
    return Instant.ofEpochMilli(
        Math.floorDiv(nowMillis, lengthMillis) * lengthMillis + lengthMillis);
  }
}
