package dev.portico.operator.api;

import dev.portico.platform.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of organizations (the response itself is a {@code ListPage}). */
@Schema(name = "OrganizationList")
record OrganizationList(
    @Schema(example = "list") String object,
    @Schema(description = "The organizations on this page.", maxItems = PageRequest.MAX_LIMIT)
        List<OrganizationResponse> data,
    @Schema(description = "Whether another page follows.") boolean hasMore,
    @Schema(nullable = true) String nextCursor) {}
