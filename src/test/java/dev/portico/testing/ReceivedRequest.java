package dev.portico.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request a {@link WebhookTestReceiver} recorded: the endpoint name (the path's last segment
 * after {@code /hooks/}, or {@code null} elsewhere), method, path, headers (names in lower case),
 * the exact body bytes, and when it arrived.
 */
public record ReceivedRequest(
    String name,
    String method,
    String path,
    Map<String, List<String>> headers,
    byte[] bodyBytes,
    Instant arrivedAt) {

  public ReceivedRequest {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((header, values) -> copy.put(header, List.copyOf(values)));
    headers = Map.copyOf(copy);
    bodyBytes = bodyBytes.clone();
  }

  @Override
  public byte[] bodyBytes() {
    return bodyBytes.clone();
  }

  /** The body decoded as UTF-8, the only encoding a webhook body is sent in. */
  public String body() {
    return new String(bodyBytes, StandardCharsets.UTF_8);
  }

  /** The header's first value, or {@code null}; the name in any case. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public String webhookId() {
    return header("webhook-id");
  }

  public String webhookTimestamp() {
    return header("webhook-timestamp");
  }

  public String webhookSignature() {
    return header("webhook-signature");
  }

  /**
   * Each header's first value: what {@link StandardWebhooksVerifier#verify} takes, as a receiver's
   * framework would hand headers to the library.
   */
  public Map<String, String> firstHeaderValues() {
    Map<String, String> first = new LinkedHashMap<>();
    headers.forEach((header, values) -> first.put(header, values.get(0)));
    return first;
  }

  /** Equal when every component is, the body compared byte for byte. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ReceivedRequest that
        && Objects.equals(name, that.name)
        && method.equals(that.method)
        && path.equals(that.path)
        && headers.equals(that.headers)
        && Arrays.equals(bodyBytes, that.bodyBytes)
        && arrivedAt.equals(that.arrivedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, method, path, headers, Arrays.hashCode(bodyBytes), arrivedAt);
  }

  @Override
  public String toString() {
    return method + " " + path + " at " + arrivedAt + " " + headers + " " + body();
  }
}
