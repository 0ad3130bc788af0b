package dev.portico.customer.domain;

import dev.portico.platform.address.Address;
import java.util.Map;
import java.util.Objects;

/** Everything a client sets on a customer, already validated by the API's request records. */
public record CustomerDetails(
    String name, String email, String phone, Address address, Map<String, String> metadata) {

  public CustomerDetails {
    Objects.requireNonNull(name, "name is required");
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }
}
