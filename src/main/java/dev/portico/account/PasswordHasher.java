package dev.portico.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Hashes and checks user passwords with PBKDF2-HMAC-SHA256, in a self-describing text form. */
@ApplicationScoped
public class PasswordHasher {

  /** OWASP's Password Storage Cheat Sheet figure for PBKDF2-HMAC-SHA256. */
  static final int DEFAULT_ITERATIONS = 600_000;

  /**
   * A stored count above this is treated as corrupt rather than honoured, so one bad row cannot pin
   * a request thread for minutes.
   */
  static final int MAX_ITERATIONS = 10_000_000;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BYTES = 32;

  /** Letters and digits without the look-alikes 0/O, 1/l/I: the password is read off a console. */
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private static final int PASSWORD_LENGTH = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  public PasswordHasher() {
    this(DEFAULT_ITERATIONS);
  }

  /** Lets unit tests hash quickly; production always uses the default. */
  PasswordHasher(int iterations) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("iterations out of range: " + iterations);
    }
    this.iterations = iterations;
  }

  /** Returns {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, both in unpadded base64. */
  public String hash(char[] password) {
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("password is required");
    }
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, iterations, KEY_BYTES);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return String.join(
        "$",
        SCHEME,
        Integer.toString(iterations),
        base64.encodeToString(salt),
        base64.encodeToString(key));
  }

  /**
   * Checks the password against a stored hash using the iteration count stored with it. Anything
   * unreadable, including a null or empty password, is simply a mismatch.
   */
  public boolean verify(char[] password, String stored) {
    Encoded encoded = Encoded.parse(stored);
    if (encoded == null || password == null || password.length == 0) {
      return false;
    }
    byte[] key = derive(password, encoded.salt(), encoded.iterations(), encoded.hash().length);
    return MessageDigest.isEqual(key, encoded.hash());
  }

  /** Whether the stored hash is weaker than what {@link #hash} makes now, or unreadable. */
  public boolean needsRehash(String stored) {
    Encoded encoded = Encoded.parse(stored);
    return encoded == null
        || encoded.iterations() < iterations
        || encoded.salt().length < SALT_BYTES
        || encoded.hash().length < KEY_BYTES;
  }

  /** A random password of 20 characters (about 116 bits), for the first-run owner account. */
  public static String generatePassword() {
    char[] password = new char[PASSWORD_LENGTH];
    for (int i = 0; i < password.length; i++) {
      password[i] = PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length()));
    }
    return new String(password);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      // Every Java SE 8+ runtime ships this algorithm; missing it means a broken JDK.
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is unavailable", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** The parts of a stored hash; null from {@link #parse} for anything not in our format. */
  private record Encoded(int iterations, byte[] salt, byte[] hash) {

    static Encoded parse(String stored) {
      if (stored == null) {
        return null;
      }
      String[] parts = stored.split("\\$", -1);
      if (parts.length != 4 || !SCHEME.equals(parts[0]) || !isCount(parts[1])) {
        return null;
      }
      int iterations = Integer.parseInt(parts[1]);
      try {
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] salt = base64.decode(parts[2]);
        byte[] hash = base64.decode(parts[3]);
        boolean usable =
            iterations >= 1
                && iterations <= MAX_ITERATIONS
                && salt.length > 0
                && hash.length >= 16
                && hash.length <= 64;
        return usable ? new Encoded(iterations, salt, hash) : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    private static boolean isCount(String text) {
      return !text.isEmpty()
          && text.length() <= 8
          && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }
}
