package dev.portico.ratelimit.api;

import dev.portico.platform.ratelimit.RateLimitOverride;
import dev.portico.platform.ratelimit.RateLimits;
import dev.portico.ratelimit.domain.RateLimitDecision;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's limits and what is left of each window, after counting this request. */
@Schema(name = "RateLimit")
public record RateLimitStatusResponse(
    @Schema(example = "rate_limit") String object,
    @Schema(description = "Whether this server enforces rate limits.") boolean enforced,
    @Schema(description = "The credential's tier.", example = "standard") String tier,
    @Schema(description = "The limits that apply: the tier's, with the override's windows.")
        RateLimitsBody limits,
    @Schema(
            description = "The windows the credential's override sets, replacing the tier's.",
            example = "[\"per_minute\"]")
        List<String> overridden,
    @Schema(
            description =
                "The window that limits first (fewest requests left), which RateLimit and"
                    + " X-RateLimit-* describe.",
            example = "burst")
        String binding,
    @Schema(description = "Every window, shortest first.") List<RateLimitWindowResponse> windows) {

  static RateLimitStatusResponse of(RateLimitDecision decision, boolean enforced) {
    RateLimits limits = decision.subject().limits();
    return new RateLimitStatusResponse(
        "rate_limit",
        enforced,
        decision.subject().tier().text(),
        RateLimitsBody.of(limits),
        overridden(decision.subject().override()),
        decision.binding().window().text(),
        decision.windows().stream()
            .map(w -> RateLimitWindowResponse.of(w, limits, decision.decidedAt()))
            .toList());
  }

  private static List<String> overridden(RateLimitOverride override) {
    List<String> windows = new ArrayList<>();
    if (override != null) {
      if (override.perMinute() != null) {
        windows.add("per_minute");
      }
      if (override.perHour() != null) {
        windows.add("per_hour");
      }
      if (override.perDay() != null) {
        windows.add("per_day");
      }
      if (override.burst() != null) {
        windows.add("burst");
      }
    }
    return windows;
  }
}
