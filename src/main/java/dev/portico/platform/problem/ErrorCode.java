package dev.portico.platform.problem;

import java.util.Locale;

/**
 * Every stable error {@code code} Portico can answer with. A problem's {@code type} is {@code
 * /docs/errors/<code>}; the names never change once published.
 */
public enum ErrorCode {
  BAD_REQUEST(400, "Bad request"),
  MALFORMED_JSON(400, "Malformed JSON"),
  UNKNOWN_FIELD(400, "Unknown field"),
  INVALID_TYPE(400, "Wrong type"),
  VALIDATION_FAILED(400, "Validation failed"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  INTERNAL_ERROR(500, "Internal error"),
  SERVICE_UNAVAILABLE(503, "Service unavailable");

  public static final String TYPE_PREFIX = "/docs/errors/";

  private final int status;
  private final String title;

  ErrorCode(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The machine string clients match on, e.g. {@code malformed_json}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String type() {
    return TYPE_PREFIX + code();
  }

  /** The code a container status maps to when nothing more specific is known. */
  public static ErrorCode forStatus(int status) {
    return switch (status) {
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 503 -> SERVICE_UNAVAILABLE;
      default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
    };
  }
}
