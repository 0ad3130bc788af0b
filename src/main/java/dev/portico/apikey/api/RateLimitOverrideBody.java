package dev.portico.apikey.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Per-key limits that replace the tier's; a window left out (or {@code null}) keeps the tier's
 * value. Written with every window, {@code null} where the tier applies; being nillable as a type
 * is also what lets a key without an override show {@code "rate_limit_override": null}.
 */
@JsonbNillable
@JsonbPropertyOrder({"perMinute", "perHour", "perDay", "burst"})
@Schema(name = "RateLimitOverride", description = "Limits that replace the tier's for this key.")
public record RateLimitOverrideBody(
    @Schema(nullable = true, description = "Requests per minute.", example = "1000")
        @Min(1)
        @Max(1_000_000_000)
        Integer perMinute,
    @Schema(nullable = true, description = "Requests per hour.", example = "20000")
        @Min(1)
        @Max(1_000_000_000)
        Integer perHour,
    @Schema(nullable = true, description = "Requests per day.", example = "200000")
        @Min(1)
        @Max(1_000_000_000)
        Integer perDay,
    @Schema(
            nullable = true,
            description = "Requests allowed at once above the steady rate.",
            example = "50")
        @Min(1)
        @Max(1_000_000_000)
        Integer burst) {}
