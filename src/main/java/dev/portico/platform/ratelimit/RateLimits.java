package dev.portico.platform.ratelimit;

/**
 * How many requests one credential may make: per minute, per hour and per day, and at most {@code
 * burst} at once, after which requests are admitted at the per-minute rate.
 */
public record RateLimits(long perMinute, long perHour, long perDay, long burst) {

  public RateLimits {
    requirePositive(perMinute, "per minute");
    requirePositive(perHour, "per hour");
    requirePositive(perDay, "per day");
    requirePositive(burst, "burst");
  }

  /** These limits with the windows an override sets replaced by its values. */
  public RateLimits with(RateLimitOverride override) {
    if (override == null) {
      return this;
    }
    return new RateLimits(
        override.perMinute() == null ? perMinute : override.perMinute(),
        override.perHour() == null ? perHour : override.perHour(),
        override.perDay() == null ? perDay : override.perDay(),
        override.burst() == null ? burst : override.burst());
  }

  /** The quota of one window. */
  public long of(RateLimitWindow window) {
    return switch (window) {
      case BURST -> burst;
      case MINUTE -> perMinute;
      case HOUR -> perHour;
      case DAY -> perDay;
    };
  }

  /** The seconds an empty burst takes to fill again at the per-minute rate, at least one. */
  public long burstWindowSeconds() {
    return Math.max(1, ceilDiv(burst * 60, perMinute));
  }

  static long ceilDiv(long dividend, long divisor) {
    return -Math.floorDiv(-dividend, divisor);
  }

  private static void requirePositive(long value, String window) {
    if (value < 1) {
      throw new IllegalArgumentException("the " + window + " limit must be at least 1");
    }
  }
}
