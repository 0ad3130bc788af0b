package dev.portico.invoice.api;

import dev.portico.platform.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of invoices (the response itself is a {@code ListPage}). */
@Schema(name = "InvoiceList")
record InvoiceList(
    @Schema(example = "list") String object,
    @Schema(description = "The invoices on this page.", maxItems = PageRequest.MAX_LIMIT)
        List<InvoiceResponse> data,
    @Schema(description = "Whether another page follows.") boolean hasMore,
    @Schema(nullable = true) String nextCursor) {}
