package dev.portico.quota.api;

import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.quota.domain.Plan;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One plan of the catalogue. */
@Schema(name = "Plan")
public record PlanResponse(
    @Schema(example = "plan") String object,
    @Schema(description = "The plan's name, as the quota names it.", example = "basic") String id,
    @Schema(example = "100000") long monthlyRequests,
    @Schema(
            enumeration = {"block", "allow"},
            example = "block")
        String overage,
    @Schema(
            description =
                "The highest rate-limit tier the organization's keys may have; no override window"
                    + " may exceed that tier's. null: no ceiling.",
            nullable = true,
            example = "standard")
        @JsonbNillable
        String maxRateLimitTier,
    @Schema(description = "Whether the caller's organization is on this plan.") boolean current) {

  static PlanResponse of(Plan plan, Plan current) {
    return new PlanResponse(
        "plan",
        plan.name(),
        plan.monthlyRequests(),
        plan.overage().text(),
        plan.highestTier().map(RateLimitTier::text).orElse(null),
        plan.name().equals(current.name()));
  }
}
