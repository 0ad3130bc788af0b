package dev.portico.apikey.api;

import dev.portico.platform.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of keys (the response itself is a {@code ListPage}). */
@Schema(name = "ApiKeyList")
record ApiKeyList(
    @Schema(example = "list") String object,
    @Schema(description = "The keys on this page.", maxItems = PageRequest.MAX_LIMIT)
        List<ApiKeyResponse> data,
    @Schema(description = "Whether another page follows.") boolean hasMore,
    @Schema(nullable = true) String nextCursor) {}
