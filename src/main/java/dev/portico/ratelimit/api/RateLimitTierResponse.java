package dev.portico.ratelimit.api;

import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.ratelimit.RateLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One tier's limits. */
@Schema(name = "RateLimitTier")
public record RateLimitTierResponse(
    @Schema(example = "rate_limit_tier") String object,
    @Schema(
            description = "The tier, as keys' rate_limit_tier names it.",
            enumeration = {"basic", "standard", "premium", "enterprise"},
            example = "standard")
        String id,
    @Schema(example = "120") long perMinute,
    @Schema(example = "5000") long perHour,
    @Schema(example = "50000") long perDay,
    @Schema(example = "20") long burst,
    @Schema(description = "Whether new keys get this tier unless told otherwise.")
        boolean isDefault) {

  static RateLimitTierResponse of(RateLimitTier tier) {
    RateLimits limits = tier.limits();
    return new RateLimitTierResponse(
        "rate_limit_tier",
        tier.text(),
        limits.perMinute(),
        limits.perHour(),
        limits.perDay(),
        limits.burst(),
        tier == RateLimitTier.DEFAULT);
  }
}
