package dev.portico.platform.problem;

import java.util.List;
import java.util.Map;

/** What an exception means to the client: a code, a detail, field errors and headers to keep. */
record ClassifiedError(
    ErrorCode code, String detail, List<FieldError> errors, Map<String, List<Object>> headers) {

  static ClassifiedError of(ErrorCode code) {
    return of(code, code.defaultDetail());
  }

  static ClassifiedError of(ErrorCode code, String detail) {
    return new ClassifiedError(code, detail, List.of(), Map.of());
  }

  static ClassifiedError of(ErrorCode code, String detail, List<FieldError> errors) {
    return new ClassifiedError(code, detail, errors, Map.of());
  }
}
