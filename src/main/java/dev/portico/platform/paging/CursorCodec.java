package dev.portico.platform.paging;

import dev.portico.platform.persistence.PlatformSettings;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes keyset positions into opaque, tamper-evident cursors: the position and a digest of the
 * query it belongs to, signed with HMAC-SHA256 under a key all servers share. A cursor that was
 * altered, or is replayed on another list or query, is refused as {@code invalid_cursor}.
 */
@ApplicationScoped
public class CursorCodec {

  private static final String SETTING = "cursor_signing_key";
  private static final int MAC_BYTES = 16;

  /** The longest cursor read; a longer one is invalid_cursor without being decoded. */
  public static final int MAX_LENGTH = 512;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  @Inject PlatformSettings settings;

  private volatile byte[] key;

  /** The cursor of the page after {@code position} for {@code query} (list name and filters). */
  public String encode(String query, String position) {
    byte[] payload = (position + "\n" + digest(query)).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
  }

  /** The position a cursor carries, if it is intact and was made for this very query. */
  public String decode(String query, String cursor) {
    int dot = cursor.indexOf('.');
    if (dot < 1 || cursor.length() > MAX_LENGTH) {
      throw invalid();
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = DECODER.decode(cursor.substring(0, dot));
      signature = DECODER.decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException notBase64) {
      throw invalid();
    }
    if (!MessageDigest.isEqual(signature, mac(payload))) {
      throw invalid();
    }
    String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
    if (parts.length != 2 || !parts[1].equals(digest(query)) || parts[0].isEmpty()) {
      throw invalid();
    }
    return parts[0];
  }

  private static ProblemException invalid() {
    return new ProblemException(ErrorCode.INVALID_CURSOR, ErrorCode.INVALID_CURSOR.defaultDetail());
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
    }
  }

  private static String digest(String query) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
      return ENCODER.encodeToString(Arrays.copyOf(hash, 12));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  private byte[] key() {
    byte[] loaded = key;
    if (loaded == null) {
      String stored = settings.getOrCreate(SETTING, CursorCodec::newKey);
      loaded = Base64.getDecoder().decode(stored);
      key = loaded;
    }
    return loaded;
  }

  private static String newKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
