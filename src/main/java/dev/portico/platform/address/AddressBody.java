package dev.portico.platform.address;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A postal address in requests and responses; every part optional (left out when absent). */
@Schema(name = "Address")
public record AddressBody(
    @Size(max = 200) @Schema(nullable = true, example = "1 Market Street") String line1,
    @Size(max = 200) @Schema(nullable = true, example = "Suite 300") String line2,
    @Size(max = 100) @Schema(nullable = true, example = "San Francisco") String city,
    @Size(max = 100) @Schema(nullable = true, example = "CA") String state,
    @Size(max = 20) @Schema(nullable = true, example = "94105") String postalCode,
    @Pattern(
            regexp = "[A-Z]{" + COUNTRY_LENGTH + "}",
            message = "must be an ISO 3166-1 alpha-2 code such as US or DE")
        @Schema(
            nullable = true,
            description = "ISO 3166-1 alpha-2.",
            maxLength = COUNTRY_LENGTH,
            example = "US")
        String country) {

  /** An ISO 3166-1 alpha-2 code's length, checked by the pattern and stated in the document. */
  static final int COUNTRY_LENGTH = 2;

  public Address toAddress() {
    return new Address(line1, line2, city, state, postalCode, country);
  }

  public static AddressBody of(Address address) {
    return address == null
        ? null
        : new AddressBody(
            address.line1(),
            address.line2(),
            address.city(),
            address.state(),
            address.postalCode(),
            address.country());
  }
}
