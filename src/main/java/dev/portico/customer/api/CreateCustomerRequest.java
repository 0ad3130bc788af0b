package dev.portico.customer.api;

import dev.portico.customer.domain.CustomerDetails;
import dev.portico.platform.address.AddressBody;
import dev.portico.platform.validation.Metadata;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/customers}. */
@Schema(name = "CreateCustomerRequest")
public record CreateCustomerRequest(
    @NotBlank @Size(max = 200) @Schema(required = true, example = "Ada Lovelace") String name,
    @Email
        @Size(max = 254)
        @Schema(description = "Kept in lower case.", example = "ada@example.com")
        String email,
    @Size(max = 40)
        @Pattern(regexp = CustomerRules.PHONE, message = CustomerRules.PHONE_MESSAGE)
        @Schema(example = "+1 415 555 0100")
        String phone,
    @Valid AddressBody address,
    @Metadata
        @Schema(
            description =
                "Your own key-value pairs: up to 50 keys of 40 characters, values of 500.",
            example = "{\"crm_id\":\"A-1042\"}")
        Map<String, String> metadata) {

  CustomerDetails toDetails() {
    return new CustomerDetails(
        name.strip(), email, phone, address == null ? null : address.toAddress(), metadata);
  }
}
