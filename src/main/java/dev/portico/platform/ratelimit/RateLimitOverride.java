package dev.portico.platform.ratelimit;

/**
 * Limits set on one key that replace its tier's; a null window keeps the tier's value for it. At
 * least one window is set.
 */
public record RateLimitOverride(Integer perMinute, Integer perHour, Integer perDay, Integer burst) {

  public static final int MAX = 1_000_000_000;

  public RateLimitOverride {
    if (perMinute == null && perHour == null && perDay == null && burst == null) {
      throw new IllegalArgumentException("an override sets at least one window");
    }
    requirePositive(perMinute, "per_minute");
    requirePositive(perHour, "per_hour");
    requirePositive(perDay, "per_day");
    requirePositive(burst, "burst");
  }

  private static void requirePositive(Integer value, String field) {
    if (value != null && (value < 1 || value > MAX)) {
      throw new IllegalArgumentException(field + " must be between 1 and " + MAX);
    }
  }
}
