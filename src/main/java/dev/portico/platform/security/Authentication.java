package dev.portico.platform.security;

import dev.portico.platform.ratelimit.RateLimitCeiling;
import dev.portico.platform.ratelimit.RateLimitSubject;
import java.util.Objects;

/**
 * What a credential proved: the caller, and whose rate-limit budget its requests count against. The
 * authenticator names both, so a new kind of credential is limited without a change to the limiter.
 */
public record Authentication(Caller caller, RateLimitSubject rateLimitSubject) {

  public Authentication {
    Objects.requireNonNull(caller, "caller is required");
    Objects.requireNonNull(rateLimitSubject, "rate-limit subject is required");
  }

  /** This authentication with its budget held to the ceiling of the caller's organization. */
  public Authentication within(RateLimitCeiling ceiling) {
    return new Authentication(caller, ceiling.bound(rateLimitSubject));
  }
}
