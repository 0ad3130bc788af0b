package dev.portico.apikey.domain;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;

/** An operation needs an active key and the key is revoked or expired: 409 invalid_state. */
public class ApiKeyStateException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ApiKeyStateException(ApiKeyStatus status) {
    super(
        ErrorCode.INVALID_STATE,
        "The API key is " + status.text() + "; only an active key can be rotated.");
  }
}
