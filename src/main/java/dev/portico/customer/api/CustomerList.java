package dev.portico.customer.api;

import dev.portico.platform.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of customers (the response itself is a {@code ListPage}). */
@Schema(name = "CustomerList")
record CustomerList(
    @Schema(example = "list") String object,
    @Schema(description = "The customers on this page.", maxItems = PageRequest.MAX_LIMIT)
        List<CustomerResponse> data,
    @Schema(description = "Whether another page follows.") boolean hasMore,
    @Schema(nullable = true) String nextCursor) {}
