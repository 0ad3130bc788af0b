package dev.portico.webhook.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of the catalogue (the response itself is a {@code ListPage}). */
@Schema(name = "WebhookEventTypeList")
record WebhookEventTypeList(
    @Schema(example = "list") String object,
    @Schema(description = "Every event type, in the catalogue's order.")
        List<WebhookEventTypeResponse> data,
    @Schema(description = "Always false: every type is on the one page.") boolean hasMore,
    @Schema(nullable = true) @JsonbNillable String nextCursor) {}
