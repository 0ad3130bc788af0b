package dev.portico.ratelimit.infra;

import java.time.Instant;

/**
 * Whether the shared rate-limit backend answers: healthy, or failing since a moment (and last seen
 * failing at another, the moment of the latest retry).
 */
public record BackendState(Instant failingSince, Instant lastFailure) {

  public static BackendState healthy() {
    return new BackendState(null, null);
  }

  public static BackendState failingSince(Instant since, Instant last) {
    return new BackendState(since, last);
  }

  public boolean isFailing() {
    return failingSince != null;
  }
}
