package dev.portico.quota.api;

import dev.portico.platform.security.CallerContext;
import dev.portico.quota.QuotaService;
import dev.portico.quota.domain.QuotaUse;
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

/**
 * {@code GET /api/v1/quota}: the organization's monthly quota and its use. Any key may read it, and
 * reading it is not counted, so a blocked organization can still see why.
 */
@ApplicationScoped
@Path("v1/quota")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotas", description = "The organization's monthly request quota, and the plans.")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class QuotaResource {

  private static final String QUOTA_EXAMPLE =
      """
      {"object":"quota","enforced":true,"organization":"org_0GZlGz3ZzMXlqC1aYw8N1w",
       "plan":"basic","period":"2026-11",
       "period_start":"2026-11-01T00:00:00Z","period_end":"2026-12-01T00:00:00Z",
       "limit":100000,"used":80321,"remaining":19679,"refused_requests":57,"overage":"block",
       "alerts":[
        {"id":"qal_2KmVUlS8a7lq3pDqyZcnYW","object":"quota_alert","livemode":true,"kind":"warning",
         "threshold_percent":80,"plan":"basic","period":"2026-11","limit":100000,"used":80004,
         "created_at":"2026-11-24T16:02:11.120Z"}]}
      """;

  @Inject QuotaService quotas;
  @Inject CallerContext callerContext;

  @GET
  @Operation(
      operationId = "getQuota",
      summary = "Show the organization's quota",
      description =
          "The plan, this month's quota (UTC), the requests counted against it by the"
              + " organization's keys in both modes, the requests refused with 429 (by a rate"
              + " limit or the quota), and the 80 % and 100 % alerts of the month.")
  @APIResponse(
      responseCode = "200",
      description = "The quota and its use.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = QuotaResponse.class),
              examples = @ExampleObject(name = "basic", value = QUOTA_EXAMPLE)))
  public QuotaResponse current() {
    String organizationId = callerContext.current().organizationId();
    QuotaUse use = quotas.use(organizationId);
    return QuotaResponse.of(
        organizationId,
        use,
        quotas.refused(organizationId, use.period()),
        quotas.enabled(),
        quotas.alerts(organizationId, use.period()));
  }
}
