package dev.portico.customer.api;

import dev.portico.customer.domain.Customer;
import dev.portico.platform.address.AddressBody;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer as the API shows it (and as events carry it). */
@Schema(name = "Customer")
@JsonbPropertyOrder({
  "id",
  "object",
  "livemode",
  "name",
  "email",
  "phone",
  "address",
  "metadata",
  "createdAt",
  "updatedAt"
})
public record CustomerResponse(
    @Schema(example = "cus_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"customer\".", example = "customer") String object,
    boolean livemode,
    @Schema(example = "Ada Lovelace") String name,
    @Schema(nullable = true, example = "ada@example.com") @JsonbNillable String email,
    @Schema(nullable = true, example = "+1 415 555 0100") @JsonbNillable String phone,
    @Schema(nullable = true) @JsonbNillable AddressBody address,
    @Schema(example = "{\"crm_id\":\"A-1042\"}") Map<String, String> metadata,
    Instant createdAt,
    Instant updatedAt) {

  public static CustomerResponse of(Customer customer) {
    return new CustomerResponse(
        customer.id(),
        "customer",
        customer.livemode(),
        customer.name(),
        customer.email(),
        customer.phone(),
        AddressBody.of(customer.address()),
        customer.metadata(),
        customer.createdAt(),
        customer.updatedAt());
  }
}
