package dev.portico.ratelimit.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every tier, in one page. */
@Schema(name = "RateLimitTierList")
public record RateLimitTierList(
    @Schema(example = "list") String object,
    @Schema(description = "The tiers, from the lowest limits to the highest.")
        List<RateLimitTierResponse> data,
    @Schema(description = "Always false: every tier is on the one page.") boolean hasMore,
    @Schema(nullable = true) @JsonbNillable String nextCursor) {}
