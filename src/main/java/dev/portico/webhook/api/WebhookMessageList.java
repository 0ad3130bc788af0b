package dev.portico.webhook.api;

import dev.portico.platform.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of messages (the response itself is a {@code ListPage}). */
@Schema(name = "WebhookMessageList")
record WebhookMessageList(
    @Schema(example = "list") String object,
    @Schema(description = "The messages on this page.", maxItems = PageRequest.MAX_LIMIT)
        List<WebhookMessageResponse> data,
    @Schema(description = "Whether another page follows.") boolean hasMore,
    @Schema(nullable = true) String nextCursor) {}
