package dev.portico.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document, with Portico's {@code code}, {@code request_id} and field errors.
 */
@JsonbPropertyOrder({
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "code",
  "requestId",
  "errors"
})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    String requestId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(
      ErrorCode code, String detail, String instance, String requestId, List<FieldError> errors) {
    return new Problem(
        code.type(),
        code.title(),
        code.status(),
        detail,
        instance == null ? null : UriReference.encode(instance),
        code.code(),
        requestId,
        errors == null || errors.isEmpty() ? null : List.copyOf(errors));
  }
}
