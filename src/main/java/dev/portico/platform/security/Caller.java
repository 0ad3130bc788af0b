package dev.portico.platform.security;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated party of one request: the organization and mode it acts in, who it is and what
 * it may do. Every service reads the tenant from here, never from the request body or path.
 */
public record Caller(String organizationId, boolean livemode, Actor actor, Set<Scope> scopes) {

  public Caller {
    Objects.requireNonNull(organizationId, "organization is required");
    Objects.requireNonNull(actor, "actor is required");
    scopes = Set.copyOf(scopes);
  }

  public boolean has(Scope scope) {
    return scopes.contains(scope);
  }
}
