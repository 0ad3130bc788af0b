package dev.portico.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the first-run bootstrap; each is documented in the README's configuration table. */
@ApplicationScoped
public class BootstrapConfig {

  @Inject
  @ConfigProperty(name = "portico.bootstrap.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "portico.bootstrap.organization-name", defaultValue = "My organization")
  String organizationName;

  @Inject
  @ConfigProperty(name = "portico.bootstrap.owner-email", defaultValue = "owner@example.com")
  String ownerEmail;

  /** Absent: a password is generated and printed once with the key. */
  @Inject
  @ConfigProperty(name = "portico.bootstrap.owner-password")
  Optional<String> ownerPassword;

  @Inject
  @ConfigProperty(name = "portico.bootstrap.time-zone", defaultValue = "UTC")
  String timeZone;

  public boolean enabled() {
    return enabled;
  }

  public String organizationName() {
    return organizationName;
  }

  public String ownerEmail() {
    return ownerEmail;
  }

  public Optional<String> ownerPassword() {
    return ownerPassword.filter(p -> !p.isBlank());
  }

  public String timeZone() {
    return timeZone;
  }
}
