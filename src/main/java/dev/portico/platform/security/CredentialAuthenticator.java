package dev.portico.platform.security;

/**
 * Turns a presented bearer credential into an {@link Authentication}: the caller and its rate-limit
 * budget. API keys are one implementation; OAuth access tokens (JWTs) are added as another, with no
 * change to the filter chain nor to the rate limiter.
 */
public interface CredentialAuthenticator {

  /** Whether the token has the shape this authenticator handles; decided without any lookup. */
  boolean recognizes(String token);

  /**
   * Authenticates the token for a request from {@code remoteAddress}.
   *
   * @throws dev.portico.platform.problem.ProblemException {@code invalid_credentials} for any
   *     unusable credential (all look the same to the caller), {@code ip_not_allowed} for a valid
   *     credential used from an address it may not be used from
   */
  Authentication authenticate(String token, String remoteAddress);
}
