package dev.portico.platform.problem;

import java.util.List;

/** Thrown anywhere on the request path to answer with a specific problem. */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient List<FieldError> errors;

  public ProblemException(ErrorCode code, String detail) {
    this(code, detail, List.of());
  }

  public ProblemException(ErrorCode code, String detail, List<FieldError> errors) {
    super(detail);
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  public ErrorCode code() {
    return code;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
