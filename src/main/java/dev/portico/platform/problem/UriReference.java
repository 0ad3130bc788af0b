package dev.portico.platform.problem;

import java.nio.charset.StandardCharsets;

/**
 * Makes a request path a valid URI reference for a problem's {@code instance}: a client may send
 * raw UTF-8, spaces or a stray {@code %} in its path, which the container passes on as they came.
 */
final class UriReference {

  private static final String HEX = "0123456789ABCDEF";
  private static final String NOT_IN_A_PATH = "\"<>\\^`{|}[]#";

  private UriReference() {}

  static String encode(String path) {
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xFF;
      boolean keep =
          c > 0x20 && c < 0x7F && NOT_IN_A_PATH.indexOf(c) < 0 && (c != '%' || isEscape(bytes, i));
      if (keep) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return out.toString();
  }

  private static boolean isEscape(byte[] bytes, int at) {
    return at + 2 < bytes.length && isHex(bytes[at + 1]) && isHex(bytes[at + 2]);
  }

  private static boolean isHex(byte b) {
    return HEX.indexOf(Character.toUpperCase((char) b)) >= 0;
  }
}
