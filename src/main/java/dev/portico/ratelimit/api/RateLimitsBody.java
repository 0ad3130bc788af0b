package dev.portico.ratelimit.api;

import dev.portico.platform.ratelimit.RateLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A set of limits: requests per minute, hour and day, and the burst. */
@Schema(name = "RateLimits")
public record RateLimitsBody(
    @Schema(example = "120") long perMinute,
    @Schema(example = "5000") long perHour,
    @Schema(example = "50000") long perDay,
    @Schema(
            description =
                "Requests allowed at once; afterwards they refill at the per-minute rate.",
            example = "20")
        long burst) {

  static RateLimitsBody of(RateLimits limits) {
    return new RateLimitsBody(
        limits.perMinute(), limits.perHour(), limits.perDay(), limits.burst());
  }
}
