package dev.portico.operator.api;

import dev.portico.account.domain.Organization;
import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.quota.domain.Plan;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization as the operator sees it. It spans both modes, so it has no {@code livemode}: an
 * organization's plan binds its live and test keys alike.
 */
@Schema(name = "Organization")
@JsonbPropertyOrder({
  "id",
  "object",
  "name",
  "plan",
  "monthlyRequests",
  "maxRateLimitTier",
  "operator",
  "timeZone",
  "createdAt",
  "updatedAt"
})
public record OrganizationResponse(
    @Schema(example = "org_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"organization\".", example = "organization") String object,
    @Schema(example = "Acme Field Apps") String name,
    @Schema(description = "The plan, one of GET /api/v1/plans.", example = "basic") String plan,
    @Schema(description = "Requests a calendar month (UTC) includes.", example = "100000")
        long monthlyRequests,
    @Schema(
            nullable = true,
            description =
                "The highest rate-limit tier its keys may have; null: no ceiling (the operator's"
                    + " own organization, or a plan without one).",
            example = "standard")
        @JsonbNillable
        String maxRateLimitTier,
    @Schema(description = "Whether this is the operator's own organization.") boolean operator,
    @Schema(example = "UTC") String timeZone,
    Instant createdAt,
    Instant updatedAt) {

  static OrganizationResponse of(Organization organization, Plan plan) {
    String ceiling =
        organization.isOperator() ? null : plan.highestTier().map(RateLimitTier::text).orElse(null);
    return new OrganizationResponse(
        organization.id(),
        "organization",
        organization.name(),
        organization.plan(),
        plan.monthlyRequests(),
        ceiling,
        organization.isOperator(),
        organization.timeZone().getId(),
        organization.createdAt(),
        organization.updatedAt());
  }
}
