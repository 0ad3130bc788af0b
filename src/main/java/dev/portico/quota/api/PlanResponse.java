package dev.portico.quota.api;

import dev.portico.quota.domain.Plan;
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
    @Schema(description = "Whether the caller's organization is on this plan.") boolean current) {

  static PlanResponse of(Plan plan, Plan current) {
    return new PlanResponse(
        "plan",
        plan.name(),
        plan.monthlyRequests(),
        plan.overage().text(),
        plan.name().equals(current.name()));
  }
}
