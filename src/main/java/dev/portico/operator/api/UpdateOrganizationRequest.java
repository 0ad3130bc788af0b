package dev.portico.operator.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /api/v1/organizations/{id}}: the plan to move the organization to. */
@Schema(name = "UpdateOrganizationRequest")
public record UpdateOrganizationRequest(
    @Schema(
            required = true,
            description = "A plan of GET /api/v1/plans.",
            example = "enterprise",
            maxLength = UpdateOrganizationRequest.MAX_PLAN_LENGTH)
        @NotNull
        @Size(min = 1, max = UpdateOrganizationRequest.MAX_PLAN_LENGTH)
        String plan) {

  /** As long as the organizations table's plan column. */
  static final int MAX_PLAN_LENGTH = 40;
}
