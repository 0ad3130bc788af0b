import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verifies Portico webhook deliveries (Standard Webhooks) with the JDK alone. */
public class WebhookVerifier {

  private static final long TOLERANCE_SECONDS = 5 * 60;

  private final byte[] key;

  /** {@code secret} is the endpoint's signing secret, {@code whsec_…}. */
  public WebhookVerifier(String secret) {
    String encoded = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
    this.key = Base64.getDecoder().decode(encoded);
  }

  /**
   * Whether a delivery is authentic and recent. {@code rawBody} is the request body exactly as
   * received, before any JSON parsing: a re-serialized body does not verify.
   */
  public boolean verify(String id, String timestamp, String signatures, byte[] rawBody) {
    return verify(id, timestamp, signatures, rawBody, Instant.now());
  }

  public boolean verify(
      String id, String timestamp, String signatures, byte[] rawBody, Instant now) {
    if (id == null || timestamp == null || signatures == null || rawBody == null) {
      return false;
    }
    long sentAt;
    try {
      sentAt = Long.parseLong(timestamp);
    } catch (NumberFormatException notANumber) {
      return false;
    }
    if (Math.abs(now.getEpochSecond() - sentAt) > TOLERANCE_SECONDS) {
      return false;
    }
    byte[] expected = sign(id, timestamp, rawBody);
    // During a secret rotation the header carries several signatures: "v1,<a> v1,<b>".
    for (String signature : signatures.split(" ")) {
      if (signature.startsWith("v1,")) {
        byte[] given;
        try {
          given = Base64.getDecoder().decode(signature.substring("v1,".length()));
        } catch (IllegalArgumentException notBase64) {
          continue;
        }
        if (MessageDigest.isEqual(expected, given)) {
          return true;
        }
      }
    }
    return false;
  }

  private byte[] sign(String id, String timestamp, byte[] rawBody) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(rawBody);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
