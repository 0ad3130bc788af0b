package dev.portico.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown anywhere on the request path to answer with a specific problem. */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient List<FieldError> errors;
  private final transient Map<String, List<Object>> headers = new LinkedHashMap<>();

  public ProblemException(ErrorCode code, String detail) {
    this(code, detail, List.of());
  }

  public ProblemException(ErrorCode code, String detail, List<FieldError> errors) {
    super(detail);
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  /** A 400 {@code validation_failed} naming one field (or parameter) and what is wrong with it. */
  public static ProblemException invalidField(String field, String message) {
    return new ProblemException(
        ErrorCode.VALIDATION_FAILED,
        ErrorCode.VALIDATION_FAILED.defaultDetail(),
        List.of(new FieldError(field, message)));
  }

  public ErrorCode code() {
    return code;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Adds a header the problem response must carry, such as {@code WWW-Authenticate}. */
  public ProblemException withHeader(String name, Object value) {
    headers.put(name, List.of(value));
    return this;
  }

  public Map<String, List<Object>> headers() {
    return Map.copyOf(headers);
  }
}
