package dev.portico.platform.security;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;

/** The RFC 6750 problems of the API's bearer scheme, each with its {@code WWW-Authenticate}. */
public final class AuthenticationChallenges {

  static final String REALM = "Bearer realm=\"portico\"";

  private AuthenticationChallenges() {}

  /** No credential at all: RFC 6750 says the challenge then carries no error code. */
  public static ProblemException missing() {
    return new ProblemException(
            ErrorCode.AUTHENTICATION_REQUIRED, ErrorCode.AUTHENTICATION_REQUIRED.defaultDetail())
        .withHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
  }

  /** Unknown, malformed, revoked or expired: one answer for all, so none can be told apart. */
  public static ProblemException invalid() {
    return new ProblemException(
            ErrorCode.INVALID_CREDENTIALS, ErrorCode.INVALID_CREDENTIALS.defaultDetail())
        .withHeader(HttpHeaders.WWW_AUTHENTICATE, REALM + ", error=\"invalid_token\"");
  }

  public static ProblemException insufficientScope(Scope needed) {
    return new ProblemException(
            ErrorCode.INSUFFICIENT_SCOPE,
            "This operation needs the scope " + needed.text() + ", which the credential lacks.")
        .withHeader(
            HttpHeaders.WWW_AUTHENTICATE,
            REALM + ", error=\"insufficient_scope\", scope=\"" + needed.text() + "\"");
  }

  public static ProblemException ipNotAllowed() {
    return new ProblemException(ErrorCode.IP_NOT_ALLOWED, ErrorCode.IP_NOT_ALLOWED.defaultDetail());
  }
}
