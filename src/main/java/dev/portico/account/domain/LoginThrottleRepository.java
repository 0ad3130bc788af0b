package dev.portico.account.domain;

import java.util.Optional;

/** Failed sign-in counts per e-mail address. */
public interface LoginThrottleRepository {

  Optional<LoginThrottle> find(String normalizedEmail);

  /** The row locked for update, created when missing. */
  LoginThrottle lockOrCreate(String normalizedEmail, java.time.Instant now);
}
