package dev.portico.platform.problem;

/**
 * No object of this kind with this id in the caller's organization and mode, which is all a caller
 * can see: another tenant's object is answered exactly like one that never existed.
 */
public class ObjectNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ObjectNotFoundException(String objectName, String id) {
    super(ErrorCode.RESOURCE_NOT_FOUND, "No " + objectName + " with id '" + id + "'.");
  }
}
