package dev.portico.testing;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link WebhookTestReceiver} answers to one request: a status with headers and a body,
 * after an optional delay (a receiver too slow for Portico's timeout).
 */
public record WebhookAnswer(int status, Map<String, String> headers, String body, Duration delay) {

  public WebhookAnswer {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("not a final HTTP status: " + status);
    }
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body is required (empty for none)");
    if ((status == 204 || status == 304) && !body.isEmpty()) {
      throw new IllegalArgumentException(status + " has no body");
    }
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay is negative: " + delay);
    }
  }

  /** {@code status} with no header and no body, at once. */
  public static WebhookAnswer status(int status) {
    return status(status, Map.of());
  }

  /** {@code status} with these headers, such as 429 with {@code Map.of("Retry-After", "2")}. */
  public static WebhookAnswer status(int status, Map<String, String> headers) {
    return new WebhookAnswer(status, headers, "", Duration.ZERO);
  }

  /**
   * A 204 only after {@code delay}: a client that gives up sooner sees a timeout. Closing the
   * receiver ends the wait and the connection, unanswered.
   */
  public static WebhookAnswer hang(Duration delay) {
    return status(204).after(delay);
  }

  /** This answer after {@code delay}. */
  public WebhookAnswer after(Duration delay) {
    return new WebhookAnswer(status, headers, body, delay);
  }

  /** This answer with {@code body} (UTF-8, {@code text/plain} unless a header says otherwise). */
  public WebhookAnswer withBody(String body) {
    return new WebhookAnswer(status, headers, body, delay);
  }
}
