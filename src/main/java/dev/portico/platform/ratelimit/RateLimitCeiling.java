package dev.portico.platform.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The highest rate-limit tier an organization's keys and clients may have, set by its plan: no
 * window of theirs, tier or override, may exceed the ceiling tier's. {@link #NONE} bounds nothing
 * (the operator's own organization, a plan configured without a ceiling).
 */
public final class RateLimitCeiling {

  public static final RateLimitCeiling NONE = new RateLimitCeiling("", null);

  /** The code {@link #bound} folds into a subject's version; no tier has it. */
  private static final int NONE_CODE = RateLimitTier.values().length;

  private final String plan;
  private final RateLimitTier tier;

  private RateLimitCeiling(String plan, RateLimitTier tier) {
    this.plan = plan;
    this.tier = tier;
  }

  /** The ceiling of {@code plan}: its highest tier. */
  public static RateLimitCeiling of(String plan, RateLimitTier tier) {
    return new RateLimitCeiling(
        Objects.requireNonNull(plan, "plan is required"),
        Objects.requireNonNull(tier, "tier is required"));
  }

  /** The highest tier, empty when nothing is bounded. */
  public Optional<RateLimitTier> tier() {
    return Optional.ofNullable(tier);
  }

  /** The plan that sets this ceiling; empty text for {@link #NONE}. */
  public String plan() {
    return plan;
  }

  public boolean allows(RateLimitTier candidate) {
    return tier == null || candidate.compareTo(tier) <= 0;
  }

  /** The windows of {@code override} above the ceiling tier's, as their API field names. */
  public List<String> windowsAbove(RateLimitOverride override) {
    List<String> above = new ArrayList<>();
    if (tier == null || override == null) {
      return above;
    }
    RateLimits highest = tier.limits();
    addIfAbove(above, "per_minute", override.perMinute(), highest.perMinute());
    addIfAbove(above, "per_hour", override.perHour(), highest.perHour());
    addIfAbove(above, "per_day", override.perDay(), highest.perDay());
    addIfAbove(above, "burst", override.burst(), highest.burst());
    return above;
  }

  /**
   * {@code subject} held to this ceiling: its tier lowered to the ceiling's and each override
   * window to the ceiling tier's value. The version changes with the ceiling, so a stored bucket
   * takes the new limits when a plan changes.
   */
  public RateLimitSubject bound(RateLimitSubject subject) {
    if (subject.anonymous()) {
      return subject;
    }
    int code = tier == null ? NONE_CODE : tier.ordinal();
    long version = subject.version() * (NONE_CODE + 1) + code;
    if (tier == null) {
      return new RateLimitSubject(subject.key(), subject.tier(), subject.override(), version);
    }
    RateLimitTier lowered = allows(subject.tier()) ? subject.tier() : tier;
    return new RateLimitSubject(subject.key(), lowered, clipped(subject.override()), version);
  }

  private RateLimitOverride clipped(RateLimitOverride override) {
    if (override == null) {
      return null;
    }
    RateLimits highest = tier.limits();
    return new RateLimitOverride(
        atMost(override.perMinute(), highest.perMinute()),
        atMost(override.perHour(), highest.perHour()),
        atMost(override.perDay(), highest.perDay()),
        atMost(override.burst(), highest.burst()));
  }

  private static Integer atMost(Integer value, long highest) {
    return value == null ? null : (int) Math.min(value, highest);
  }

  private static void addIfAbove(List<String> above, String field, Integer value, long highest) {
    if (value != null && value > highest) {
      above.add(field);
    }
  }

  @Override
  public String toString() {
    return tier == null ? "no ceiling" : plan + " up to " + tier.text();
  }
}
