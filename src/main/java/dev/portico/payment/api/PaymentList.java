package dev.portico.payment.api;

import dev.portico.platform.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of payments (the response itself is a {@code ListPage}). */
@Schema(name = "PaymentList")
record PaymentList(
    @Schema(example = "list") String object,
    @Schema(description = "The payments on this page.", maxItems = PageRequest.MAX_LIMIT)
        List<PaymentResponse> data,
    @Schema(description = "Whether another page follows.") boolean hasMore,
    @Schema(nullable = true) String nextCursor) {}
