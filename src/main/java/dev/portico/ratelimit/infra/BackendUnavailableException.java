package dev.portico.ratelimit.infra;

import java.time.Duration;

/** The shared rate-limit backend is failing and the configuration refuses to count elsewhere. */
public class BackendUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public BackendUnavailableException(Duration retryAfter, Throwable cause) {
    super("the shared rate-limit backend is unavailable", cause);
    this.retryAfter = retryAfter;
  }

  /**
   * When the backend is tried again, in the whole seconds of a {@code Retry-After} header: rounded
   * up, and at least 1, since a client told 0 would retry at once into the same refusal.
   */
  public long retryAfterSeconds() {
    long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
