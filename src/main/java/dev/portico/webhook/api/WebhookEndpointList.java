package dev.portico.webhook.api;

import dev.portico.platform.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of endpoints (the response itself is a {@code ListPage}). */
@Schema(name = "WebhookEndpointList")
record WebhookEndpointList(
    @Schema(example = "list") String object,
    @Schema(description = "The endpoints on this page.", maxItems = PageRequest.MAX_LIMIT)
        List<WebhookEndpointResponse> data,
    @Schema(description = "Whether another page follows.") boolean hasMore,
    @Schema(nullable = true) String nextCursor) {}
