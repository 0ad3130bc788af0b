package dev.portico.ratelimit.infra;

/** The shared rate-limit backend is failing and the configuration refuses to count elsewhere. */
public class BackendUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BackendUnavailableException(Throwable cause) {
    super("the shared rate-limit backend is unavailable", cause);
  }
}
