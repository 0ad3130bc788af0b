package dev.portico.platform.tenancy;

import dev.portico.platform.security.Caller;
import java.util.Objects;

/** An organization and one of its two modes: the unit of isolation of every business row. */
public record TenantKey(String organizationId, boolean livemode) {

  public TenantKey {
    Objects.requireNonNull(organizationId, "organization is required");
  }

  public static TenantKey of(Caller caller) {
    return new TenantKey(caller.organizationId(), caller.livemode());
  }
}
