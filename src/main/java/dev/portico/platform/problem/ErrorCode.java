package dev.portico.platform.problem;

import java.util.Locale;

/**
 * Every stable error {@code code} Portico can answer with. A problem's {@code type} is {@code
 * /docs/errors/<code>}; the names never change once published.
 */
public enum ErrorCode {
  BAD_REQUEST(400, "Bad request", "The request could not be processed."),
  MALFORMED_JSON(400, "Malformed JSON", "The request body is not well-formed JSON."),
  UNKNOWN_FIELD(
      400, "Unknown field", "The request body has a field this operation does not accept."),
  INVALID_TYPE(
      400, "Wrong type", "A field in the request body has the wrong JSON type for this operation."),
  VALIDATION_FAILED(400, "Validation failed", "The request has invalid fields; see errors."),
  INVALID_CURSOR(
      400,
      "Invalid cursor",
      "The cursor is malformed, was altered, or belongs to another list or query. Start again"
          + " from the first page."),
  AUTHENTICATION_REQUIRED(
      401,
      "Authentication required",
      "Send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."),
  INVALID_CREDENTIALS(
      401,
      "Invalid credentials",
      "The credential is not valid: it is unknown, malformed, revoked or expired."),
  INSUFFICIENT_SCOPE(
      403, "Insufficient scope", "The credential lacks a scope this operation needs."),
  IP_NOT_ALLOWED(
      403,
      "IP address not allowed",
      "This API key may not be used from the address the request came from."),
  ABOVE_PLAN_CEILING(
      403,
      "Above the plan's ceiling",
      "The organization's plan does not allow this rate-limit tier or override."),
  TEST_MODE_ONLY(
      403,
      "Test mode only",
      "This operation works on test data only; a live credential may not use it."),
  NOT_FOUND(404, "Not found", "There is nothing at this path."),
  RESOURCE_NOT_FOUND(404, "No such object", "No object with this id exists."),
  METHOD_NOT_ALLOWED(405, "Method not allowed", "This path does not support the request's method."),
  NOT_ACCEPTABLE(406, "Not acceptable", "This operation answers with application/json only."),
  INVALID_STATE(409, "Invalid state", "The object's current state does not allow this operation."),
  RESOURCE_IN_USE(
      409, "Resource in use", "Other objects still depend on this one, so it cannot be deleted."),
  CONCURRENT_UPDATE(
      409,
      "Concurrent update",
      "The object was changed by another request while this one was changing it. Retrieve it"
          + " again and retry."),
  IDEMPOTENCY_KEY_IN_USE(
      409,
      "Idempotency key in use",
      "A request with this Idempotency-Key is still being processed. Retry after it has finished."),
  PRECONDITION_FAILED(
      412,
      "Precondition failed",
      "The object has changed since the ETag given in If-Match. Retrieve it again and retry."),
  PAYLOAD_TOO_LARGE(413, "Payload too large", "The request body is larger than the limit."),
  UNSUPPORTED_MEDIA_TYPE(
      415,
      "Unsupported media type",
      "This operation accepts application/json request bodies only."),
  IDEMPOTENCY_KEY_REUSED(
      422,
      "Idempotency key reused",
      "This Idempotency-Key was already used for a different request. Use a new key for a new"
          + " request."),
  RATE_LIMITED(
      429,
      "Rate limited",
      "This credential has made more requests than its limits allow. Retry after the seconds in"
          + " Retry-After."),
  QUOTA_EXCEEDED(
      429,
      "Quota exceeded",
      "The organization has used its plan's requests for this month. Retry after the seconds in"
          + " Retry-After, when the next month starts, or move to a plan with more requests."),
  INTERNAL_ERROR(
      500,
      "Internal error",
      "Something went wrong on our side. Quote the request id if you contact us."),
  SERVICE_UNAVAILABLE(
      503,
      "Service unavailable",
      "Portico cannot answer right now. Retry later; quote the request id if it persists.");

  public static final String TYPE_PREFIX = "/docs/errors/";

  private final int status;
  private final String title;
  private final String detail;

  ErrorCode(int status, String title, String detail) {
    this.status = status;
    this.title = title;
    this.detail = detail;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** What the problem says when nothing more specific is known about this occurrence. */
  public String defaultDetail() {
    return detail;
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
      case 401 -> AUTHENTICATION_REQUIRED;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 409 -> INVALID_STATE;
      case 412 -> PRECONDITION_FAILED;
      case 406 -> NOT_ACCEPTABLE;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 503 -> SERVICE_UNAVAILABLE;
      default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
    };
  }
}
