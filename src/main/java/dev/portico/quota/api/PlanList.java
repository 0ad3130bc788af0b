package dev.portico.quota.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every plan, in one page. */
@Schema(name = "PlanList")
public record PlanList(
    @Schema(example = "list") String object,
    @Schema(description = "The plans, in the catalogue's order.") List<PlanResponse> data,
    @Schema(description = "Always false: every plan is on the one page.") boolean hasMore,
    @Schema(nullable = true) @JsonbNillable String nextCursor) {}
