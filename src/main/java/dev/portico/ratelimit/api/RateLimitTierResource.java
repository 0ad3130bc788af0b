package dev.portico.ratelimit.api;

import dev.portico.platform.ratelimit.RateLimitTier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/rate-limits}: the tiers a key can have. Any key may read it. */
@ApplicationScoped
@Path("v1/rate-limits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rate limits")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class RateLimitTierResource {

  private static final String TIERS_EXAMPLE =
      """
      {"object":"list","data":[
        {"object":"rate_limit_tier","id":"basic","per_minute":60,"per_hour":1000,"per_day":10000,"burst":10,"is_default":false},
        {"object":"rate_limit_tier","id":"standard","per_minute":120,"per_hour":5000,"per_day":50000,"burst":20,"is_default":true}],
       "has_more":false,"next_cursor":null}
      """;

  @GET
  @Operation(
      operationId = "listRateLimitTiers",
      summary = "List the rate-limit tiers",
      description =
          "Every tier a key can have, with its requests per minute, hour and day and its burst.")
  @APIResponse(
      responseCode = "200",
      description = "The tiers.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RateLimitTierList.class),
              examples = @ExampleObject(name = "tiers", value = TIERS_EXAMPLE)))
  public RateLimitTierList tiers() {
    return new RateLimitTierList(
        "list",
        Arrays.stream(RateLimitTier.values()).map(RateLimitTierResponse::of).toList(),
        false,
        null);
  }
}
