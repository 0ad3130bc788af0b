package dev.portico.customer.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a delete: which customer is gone. */
@Schema(name = "DeletedCustomer")
@JsonbPropertyOrder({"id", "object", "livemode", "deleted"})
public record DeletedCustomerResponse(
    @Schema(example = "cus_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(example = "customer") String object,
    boolean livemode,
    @Schema(description = "Always true.", example = "true") boolean deleted) {}
