package dev.portico.platform.ratelimit;

import java.time.Duration;
import java.util.Locale;

/**
 * The windows a credential's requests are counted in. The burst window is a token bucket that
 * refills at the per-minute rate; the others are fixed windows aligned to UTC minutes, hours and
 * days, so every server agrees when they reset.
 */
public enum RateLimitWindow {
  BURST(null),
  MINUTE(Duration.ofMinutes(1)),
  HOUR(Duration.ofHours(1)),
  DAY(Duration.ofDays(1));

  private final Duration fixedLength;

  RateLimitWindow(Duration fixedLength) {
    this.fixedLength = fixedLength;
  }

  /** The name the headers and the API give the window's policy. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The length of a fixed window; the burst window has none. */
  public Duration fixedLength() {
    if (fixedLength == null) {
      throw new IllegalStateException("the burst window is not fixed");
    }
    return fixedLength;
  }

  public boolean isFixed() {
    return fixedLength != null;
  }

  /** Its length in seconds, as the RateLimit-Policy header's {@code w} states it. */
  public long seconds(RateLimits limits) {
    return isFixed() ? fixedLength.toSeconds() : limits.burstWindowSeconds();
  }
}
