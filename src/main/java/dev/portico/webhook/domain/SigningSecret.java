package dev.portico.webhook.domain;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/** An endpoint's HMAC signing secret: 32 random bytes, shown as {@code whsec_<base64>}. */
public final class SigningSecret {

  public static final String PREFIX = "whsec_";
  private static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;

  private SigningSecret(byte[] key) {
    this.key = key.clone();
  }

  public static SigningSecret generate() {
    byte[] key = new byte[BYTES];
    RANDOM.nextBytes(key);
    return new SigningSecret(key);
  }

  public static SigningSecret of(byte[] key) {
    if (key.length != BYTES) {
      throw new IllegalArgumentException("a signing secret is " + BYTES + " bytes");
    }
    return new SigningSecret(key);
  }

  public byte[] key() {
    return key.clone();
  }

  /** As a partner's receiver takes it. */
  public String text() {
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SigningSecret s && Arrays.equals(key, s.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  /** Never the secret itself: logs and exceptions must not carry it. */
  @Override
  public String toString() {
    return PREFIX + "…";
  }
}
