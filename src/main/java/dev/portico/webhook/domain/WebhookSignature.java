package dev.portico.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,<base64 HMAC-SHA256(secret, id.timestamp.body)>}, one
 * per secret in force, space separated.
 */
public final class WebhookSignature {

  private WebhookSignature() {}

  public static String header(
      List<SigningSecret> secrets, String messageId, long timestamp, byte[] body) {
    return secrets.stream()
        .map(secret -> "v1," + sign(secret, messageId, timestamp, body))
        .collect(Collectors.joining(" "));
  }

  static String sign(SigningSecret secret, String messageId, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
      mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
    }
  }
}
