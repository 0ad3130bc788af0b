package dev.portico.ratelimit.api;

import dev.portico.platform.ratelimit.RateLimits;
import dev.portico.ratelimit.domain.WindowState;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One window of the caller's limits, as {@code GET /api/v1/rate-limit} shows it. */
@Schema(name = "RateLimitWindow")
public record RateLimitWindowResponse(
    @Schema(
            description = "The policy's name, as in the RateLimit headers.",
            enumeration = {"burst", "minute", "hour", "day"},
            example = "minute")
        String name,
    @Schema(description = "Requests allowed in the window.", example = "120") long limit,
    @Schema(description = "Requests left in it after this one.", example = "117") long remaining,
    @Schema(
            description =
                "The window's length in seconds; for the burst, how long an empty burst takes to"
                    + " refill.",
            example = "60")
        long windowSeconds,
    @Schema(
            description =
                "When the window is whole again: a fixed window's next UTC boundary, or the moment"
                    + " the burst has refilled.",
            example = "2026-11-25T10:16:00Z")
        Instant resetsAt,
    @Schema(description = "Whole seconds until then.", example = "30") long resetsInSeconds) {

  static RateLimitWindowResponse of(WindowState state, RateLimits limits, Instant now) {
    return new RateLimitWindowResponse(
        state.window().text(),
        state.limit(),
        state.remaining(),
        state.window().seconds(limits),
        state.resetsAt(),
        state.secondsUntilReset(now));
  }
}
