package dev.portico.platform.id;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Generates ids such as {@code cus_0GZlGz3ZzMXlqC1aYw8N1w}: a type prefix, then 16 bytes in
 * fixed-width base62 whose first 6 bytes are the creation time in milliseconds. Ids therefore sort
 * by creation time (good for index locality and keyset paging) and the other 10 bytes are random.
 */
public final class PrefixedIds {

  private static final int TIME_BYTES = 6;
  private static final int RANDOM_BYTES = 10;
  public static final int BODY_LENGTH = Base62.widthFor(TIME_BYTES + RANDOM_BYTES);
  private static final int MAX_PREFIX_LENGTH = 6;

  /**
   * The longest id there is: the longest prefix, an underscore and the body ({@value} as a literal,
   * so that annotations can name it; PrefixedIdsTest holds it to the sum).
   */
  public static final int MAX_LENGTH = 29;

  private static final Pattern PREFIX = Pattern.compile("[a-z]{2," + MAX_PREFIX_LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PrefixedIds() {}

  public static String generate(String prefix) {
    return generate(prefix, Clock.systemUTC());
  }

  public static String generate(String prefix, Clock clock) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("id prefix must be 2-6 lowercase letters: " + prefix);
    }
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    ByteBuffer bytes = ByteBuffer.allocate(TIME_BYTES + RANDOM_BYTES);
    long millis = clock.millis();
    for (int shift = (TIME_BYTES - 1) * 8; shift >= 0; shift -= 8) {
      bytes.put((byte) (millis >>> shift));
    }
    bytes.put(random);
    return prefix + "_" + Base62.encode(bytes.array(), BODY_LENGTH);
  }

  /** Whether {@code id} has the given prefix and a well-formed body. */
  public static boolean isWellFormed(String id, String prefix) {
    if (id == null || !id.startsWith(prefix + "_")) {
      return false;
    }
    String body = id.substring(prefix.length() + 1);
    return body.length() == BODY_LENGTH && Base62.isBase62(body);
  }
}
