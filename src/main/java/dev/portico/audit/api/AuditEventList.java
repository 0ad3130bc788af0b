package dev.portico.audit.api;

import dev.portico.platform.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of audit events (the response itself is a {@code ListPage}). */
@Schema(name = "AuditEventList")
record AuditEventList(
    @Schema(example = "list") String object,
    @Schema(description = "The events on this page.", maxItems = PageRequest.MAX_LIMIT)
        List<AuditEventResponse> data,
    @Schema(description = "Whether another page follows.") boolean hasMore,
    @Schema(nullable = true) String nextCursor) {}
