package dev.portico.platform.id;

/** Fixed-width base62 over the ASCII-ordered alphabet, so encoded strings sort like their bytes. */
public final class Base62 {

  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private Base62() {}

  /**
   * Encodes the bytes as an unsigned big-endian number, left-padded with '0' to {@code width}
   * characters. Works on 32-bit limbs rather than BigInteger: ids are made on every request.
   */
  public static String encode(byte[] bytes, int width) {
    int[] limbs = toLimbs(bytes);
    char[] out = new char[width];
    for (int i = width - 1; i >= 0; i--) {
      out[i] = ALPHABET.charAt(divideInPlace(limbs, 62));
    }
    for (int limb : limbs) {
      if (limb != 0) {
        throw new IllegalArgumentException("value does not fit in " + width + " base62 characters");
      }
    }
    return new String(out);
  }

  private static int[] toLimbs(byte[] bytes) {
    int[] limbs = new int[(bytes.length + 3) / 4];
    for (int i = 0; i < bytes.length; i++) {
      int fromEnd = bytes.length - 1 - i;
      limbs[limbs.length - 1 - fromEnd / 4] |= (bytes[i] & 0xff) << (8 * (fromEnd % 4));
    }
    return limbs;
  }

  /**
   * Divides the unsigned number held in {@code limbs} (most significant first); returns the rest.
   */
  private static int divideInPlace(int[] limbs, int divisor) {
    long remainder = 0;
    for (int i = 0; i < limbs.length; i++) {
      long current = (remainder << 32) | Integer.toUnsignedLong(limbs[i]);
      limbs[i] = (int) (current / divisor);
      remainder = current % divisor;
    }
    return (int) remainder;
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
