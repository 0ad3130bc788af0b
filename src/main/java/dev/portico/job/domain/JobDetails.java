package dev.portico.job.domain;

import dev.portico.platform.address.Address;
import java.util.Map;
import java.util.Objects;

/** What a client sets on a job outside its actions, already validated by the request records. */
public record JobDetails(
    String title, String description, Address address, Map<String, String> metadata) {

  public JobDetails {
    Objects.requireNonNull(title, "title is required");
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }
}
