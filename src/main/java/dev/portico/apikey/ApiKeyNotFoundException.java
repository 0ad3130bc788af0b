package dev.portico.apikey;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;

/** No key with this id in the caller's organization and mode (which is all a caller can see). */
public class ApiKeyNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ApiKeyNotFoundException(String id) {
    super(ErrorCode.RESOURCE_NOT_FOUND, "No API key with id '" + id + "'.");
  }
}
