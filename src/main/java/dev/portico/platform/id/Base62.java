package dev.portico.platform.id;

import java.math.BigInteger;

/** Fixed-width base62 over the ASCII-ordered alphabet, so encoded strings sort like their bytes. */
public final class Base62 {

  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(62);

  private Base62() {}

  /** Encodes the bytes as an unsigned number, left-padded with '0' to {@code width} characters. */
  public static String encode(byte[] bytes, int width) {
    BigInteger value = new BigInteger(1, bytes);
    char[] out = new char[width];
    for (int i = width - 1; i >= 0; i--) {
      BigInteger[] division = value.divideAndRemainder(BASE);
      out[i] = ALPHABET.charAt(division[1].intValue());
      value = division[0];
    }
    if (value.signum() != 0) {
      throw new IllegalArgumentException("value does not fit in " + width + " base62 characters");
    }
    return new String(out);
  }

  /** The number of characters needed to hold {@code byteCount} bytes. */
  public static int widthFor(int byteCount) {
    return (int) Math.ceil(byteCount * 8 / (Math.log(62) / Math.log(2)));
  }

  public static boolean isBase62(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (ALPHABET.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
