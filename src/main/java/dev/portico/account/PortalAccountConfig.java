package dev.portico.account;

import dev.portico.account.domain.LoginThrottle.LockoutPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of portal accounts; each is documented in the README's configuration table. */
@ApplicationScoped
public class PortalAccountConfig {

  @Inject
  @ConfigProperty(name = "portico.portal.lockout.allowed-failures", defaultValue = "5")
  int allowedFailures;

  @Inject
  @ConfigProperty(name = "portico.portal.lockout.first-lock", defaultValue = "PT30S")
  Duration firstLock;

  @Inject
  @ConfigProperty(name = "portico.portal.lockout.longest-lock", defaultValue = "PT15M")
  Duration longestLock;

  @Inject
  @ConfigProperty(name = "portico.portal.invitation-validity", defaultValue = "P7D")
  Duration invitationValidity;

  public LockoutPolicy lockoutPolicy() {
    return new LockoutPolicy(allowedFailures, firstLock, longestLock);
  }

  public Duration invitationValidity() {
    return invitationValidity;
  }
}
