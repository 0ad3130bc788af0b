package dev.portico.account;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;

/** No organization with this id. */
public class OrganizationNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public OrganizationNotFoundException(String id) {
    super(ErrorCode.RESOURCE_NOT_FOUND, "No organization with id '" + id + "'.");
  }
}
