package dev.portico.quota.api;

import dev.portico.platform.security.CallerContext;
import dev.portico.quota.PlanCatalog;
import dev.portico.quota.QuotaService;
import dev.portico.quota.domain.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/plans}: the plans an organization can be on. Any key may read it. */
@ApplicationScoped
@Path("v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotas")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class PlanResource {

  private static final String PLANS_EXAMPLE =
      """
      {"object":"list","data":[
        {"object":"plan","id":"basic","monthly_requests":100000,"overage":"block",
         "max_rate_limit_tier":"standard","current":true},
        {"object":"plan","id":"premium","monthly_requests":5000000,"overage":"allow",
         "max_rate_limit_tier":"premium","current":false}],
       "has_more":false,"next_cursor":null}
      """;

  @Inject PlanCatalog plans;
  @Inject QuotaService quotas;
  @Inject CallerContext callerContext;

  @GET
  @Operation(
      operationId = "listPlans",
      summary = "List the plans",
      description =
          "Every plan of this Portico: the requests it includes per calendar month (UTC) and"
              + " whether requests beyond them are blocked or allowed. An owner changes the"
              + " organization's plan in the portal.")
  @APIResponse(
      responseCode = "200",
      description = "The plans.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanList.class),
              examples = @ExampleObject(name = "plans", value = PLANS_EXAMPLE)))
  public PlanList list() {
    Plan current = quotas.planOf(callerContext.current().organizationId());
    return new PlanList(
        "list", plans.all().stream().map(p -> PlanResponse.of(p, current)).toList(), false, null);
  }
}
