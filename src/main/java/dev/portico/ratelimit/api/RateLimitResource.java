package dev.portico.ratelimit.api;

import dev.portico.platform.ratelimit.RateLimitSubject;
import dev.portico.ratelimit.RateLimitService;
import dev.portico.ratelimit.RateLimitedRequest;
import dev.portico.ratelimit.domain.RateLimitDecision;
import dev.portico.ratelimit.infra.BackendUnavailableException;
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
 * {@code GET /api/v1/rate-limit}: the caller's limits and what is left of them. Any key may read
 * it; no scope is needed.
 */
@ApplicationScoped
@Path("v1/rate-limit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rate limits", description = "The caller's limits, and the tiers a key can have.")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class RateLimitResource {

  private static final String STATUS_EXAMPLE =
      """
      {"object":"rate_limit","enforced":true,"tier":"standard",
       "limits":{"per_minute":120,"per_hour":5000,"per_day":50000,"burst":20},"overridden":[],
       "binding":"burst","windows":[
        {"name":"burst","limit":20,"remaining":19,"window_seconds":10,
         "resets_at":"2026-11-25T10:15:30.750Z","resets_in_seconds":1},
        {"name":"minute","limit":120,"remaining":119,"window_seconds":60,
         "resets_at":"2026-11-25T10:16:00Z","resets_in_seconds":30},
        {"name":"hour","limit":5000,"remaining":4999,"window_seconds":3600,
         "resets_at":"2026-11-25T11:00:00Z","resets_in_seconds":2670},
        {"name":"day","limit":50000,"remaining":49999,"window_seconds":86400,
         "resets_at":"2026-11-26T00:00:00Z","resets_in_seconds":49470}]}
      """;

  @Inject RateLimitService limits;
  @Inject RateLimitedRequest rateLimited;

  @GET
  @Operation(
      operationId = "getRateLimit",
      summary = "Show the caller's rate limits",
      description =
          "The credential's tier, the limits that apply to it and what is left of each window"
              + " after counting this request, which the headers of every answer also carry.")
  @APIResponse(
      responseCode = "200",
      description = "The caller's limits.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RateLimitStatusResponse.class),
              examples = @ExampleObject(name = "standard", value = STATUS_EXAMPLE)))
  public RateLimitStatusResponse current() {
    var subject =
        rateLimited
            .subject()
            .orElseThrow(() -> new IllegalStateException("a credential names its budget"));
    RateLimitDecision decision = rateLimited.decision().orElseGet(() -> peek(subject));
    return RateLimitStatusResponse.of(decision, limits.enabled());
  }

  /** Read only when no request was counted (limits off), so the backend may fail here first. */
  private RateLimitDecision peek(RateLimitSubject subject) {
    try {
      return limits.peek(subject);
    } catch (BackendUnavailableException e) {
      throw RateLimitFilter.unavailable(e);
    }
  }
}
