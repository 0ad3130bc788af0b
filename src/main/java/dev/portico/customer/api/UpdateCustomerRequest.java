package dev.portico.customer.api;

import dev.portico.platform.address.AddressBody;
import dev.portico.platform.validation.Metadata;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /api/v1/customers/{id}}: only the fields sent change; null clears email,
 * phone and address, and an empty object clears metadata.
 */
@Schema(name = "UpdateCustomerRequest")
public record UpdateCustomerRequest(
    @Size(min = 1, max = 200)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(example = "Ada King")
        String name,
    @Email @Size(max = 254) @Schema(nullable = true) String email,
    @Size(max = 40)
        @Pattern(regexp = CustomerRules.PHONE, message = CustomerRules.PHONE_MESSAGE)
        @Schema(nullable = true)
        String phone,
    @Valid @Schema(nullable = true) AddressBody address,
    @Metadata Map<String, String> metadata) {}
