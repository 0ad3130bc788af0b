package dev.portico.apikey.domain;

import dev.portico.platform.id.Base62;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The full secret of an API key, {@code sk_test_} or {@code sk_live_} and 32 random bytes in
 * base62. It exists in memory only long enough to be shown once; Portico stores its SHA-256 hash
 * and a display prefix.
 */
public final class ApiKeyToken {

  private static final int RANDOM_BYTES = 32;
  private static final int BODY_LENGTH = Base62.widthFor(RANDOM_BYTES);
  private static final String LIVE = "sk_live_";
  private static final String TEST = "sk_test_";

  /** The mode marker plus four characters: enough to tell keys apart, useless to an attacker. */
  private static final int PREFIX_LENGTH = "sk_test_".length() + 4;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private ApiKeyToken(String value) {
    this.value = value;
  }

  public static ApiKeyToken generate(boolean livemode) {
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    return new ApiKeyToken(
        (livemode ? "sk_live_" : "sk_test_") + Base62.encode(random, BODY_LENGTH));
  }

  /** Whether {@code text} has the shape of a key; checked before any lookup. */
  public static boolean isWellFormed(String text) {
    if (text == null
        || text.length() != TEST.length() + BODY_LENGTH
        || !(text.startsWith(TEST) || text.startsWith(LIVE))) {
      return false;
    }
    for (int i = TEST.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  /** The hex SHA-256 of a presented key: what the store is searched by. */
  public static String hashOf(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  public String value() {
    return value;
  }

  public String hash() {
    return hashOf(value);
  }

  public String prefix() {
    return value.substring(0, PREFIX_LENGTH);
  }

  @Override
  public String toString() {
    return prefix() + "…";
  }
}
