package dev.portico.webhook.domain;

import java.net.URI;
import java.util.Objects;

/** What a caller sets on an endpoint. {@code description} may be null. */
public record EndpointSettings(
    URI url, String description, EnabledEvents enabledEvents, EndpointStatus status) {

  public EndpointSettings {
    Objects.requireNonNull(url, "url is required");
    Objects.requireNonNull(enabledEvents, "enabled events are required");
    Objects.requireNonNull(status, "status is required");
  }
}
