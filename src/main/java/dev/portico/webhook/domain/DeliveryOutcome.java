package dev.portico.webhook.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * What one delivery attempt came to: either the receiver's HTTP answer or the reason there was
 * none.
 *
 * @param status the HTTP status, or null when no answer came
 * @param durationMillis how long the attempt took, from its start until the answer was read or it
 *     failed
 * @param responseExcerpt the start of the answer's body (at most {@link #EXCERPT_LIMIT} bytes,
 *     decoded as UTF-8), or null when no answer came
 * @param errorKind why no answer came, or null on an answer
 * @param errorDetail a short explanation for the partner, or null on an answer
 * @param retryAfter how long the receiver asked Portico to wait, or null when it did not say
 */
public record DeliveryOutcome(
    Integer status,
    long durationMillis,
    String responseExcerpt,
    DeliveryErrorKind errorKind,
    String errorDetail,
    Duration retryAfter) {

  /** The most of a response body an attempt keeps (and reads), in bytes. */
  public static final int EXCERPT_LIMIT = 4096;

  public DeliveryOutcome {
    if ((status == null) == (errorKind == null)) {
      throw new IllegalArgumentException("an outcome is either an answer or an error");
    }
    if (durationMillis < 0) {
      throw new IllegalArgumentException("duration must not be negative");
    }
    if (status != null) {
      Objects.requireNonNull(responseExcerpt, "an answer has an excerpt, empty if need be");
      if (status < 100 || status > 999) {
        throw new IllegalArgumentException("not an HTTP status: " + status);
      }
    } else {
      Objects.requireNonNull(errorDetail, "an error has a detail");
      if (responseExcerpt != null || retryAfter != null) {
        throw new IllegalArgumentException("an error carries no response");
      }
    }
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
  }

  /** The receiver answered; {@code retryAfter} may be null. */
  public static DeliveryOutcome answered(
      int status, long durationMillis, String responseExcerpt, Duration retryAfter) {
    return new DeliveryOutcome(status, durationMillis, responseExcerpt, null, null, retryAfter);
  }

  /** No answer came, for the reason given. */
  public static DeliveryOutcome failed(
      DeliveryErrorKind errorKind, String errorDetail, long durationMillis) {
    return new DeliveryOutcome(null, durationMillis, null, errorKind, errorDetail, null);
  }

  /** Whether the receiver accepted the message: a 2xx answer. */
  public boolean succeeded() {
    return status != null && status >= 200 && status < 300;
  }
}
