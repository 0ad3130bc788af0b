package dev.portico.apikey.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Reads and writes literal IP addresses as bytes, never resolving a name. */
final class IpLiteral {

  /** The longest IPv6 text, with an embedded IPv4 tail: 6 groups, 4 octets, separators. */
  private static final int MAX_TEXT_LENGTH = 45;

  private static final byte[] MAPPED_PREFIX = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff
  };

  private IpLiteral() {}

  /**
   * Returns 4 bytes for a dotted quad and 16 for IPv6 text (an IPv4-mapped address stays 16 bytes
   * so a prefix after it still counts against 128 bits), or null if the text is not a literal.
   */
  static byte[] parse(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
      return null;
    }
    return text.indexOf(':') >= 0 ? parseV6(text) : parseV4(text);
  }

  /**
   * Strict on purpose: no leading zeros (inet_aton reads 010 as octal 8, so the same text would
   * mean different addresses to different tools), no signs, no shorthand like {@code 10.1}.
   */
  private static byte[] parseV4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      int octet = parseDecimal(parts[i], 255);
      if (octet < 0) {
        return null;
      }
      bytes[i] = (byte) octet;
    }
    return bytes;
  }

  /** Parses ASCII digits without leading zeros up to {@code max}; returns -1 for anything else. */
  static int parseDecimal(String text, int max) {
    if (text.isEmpty() || text.length() > 3 || (text.length() > 1 && text.charAt(0) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= max ? value : -1;
  }

  /**
   * The checks make getByName take its literal-only path: it resolves a name only when the text
   * starts with neither a hex digit nor ':', and it rejects a bad literal containing ':' outright.
   */
  private static byte[] parseV6(String text) {
    if (!isAsciiHex(text.charAt(0)) && text.charAt(0) != ':') {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAsciiHex(c) && c != ':' && c != '.') {
        return null;
      }
    }
    try {
      byte[] bytes = InetAddress.getByName(text).getAddress();
      return bytes.length == 16 ? bytes : toMapped(bytes);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /**
   * Character.digit would also accept non-ASCII digits, which getByName does not see as literal.
   */
  private static boolean isAsciiHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Folds an IPv4-mapped IPv6 address to its 4 IPv4 bytes; returns anything else unchanged. */
  static byte[] canonical(byte[] address) {
    if (address.length != 16) {
      return address;
    }
    for (int i = 0; i < MAPPED_PREFIX.length; i++) {
      if (address[i] != MAPPED_PREFIX[i]) {
        return address;
      }
    }
    byte[] v4 = new byte[4];
    System.arraycopy(address, MAPPED_PREFIX.length, v4, 0, 4);
    return v4;
  }

  private static byte[] toMapped(byte[] v4) {
    byte[] mapped = new byte[16];
    System.arraycopy(MAPPED_PREFIX, 0, mapped, 0, MAPPED_PREFIX.length);
    System.arraycopy(v4, 0, mapped, MAPPED_PREFIX.length, 4);
    return mapped;
  }

  /** Dotted quad, or RFC 5952 text: lower case, the first longest run of 2+ zero groups as ::. */
  static String format(byte[] address) {
    if (address.length == 4) {
      return (address[0] & 0xff)
          + "."
          + (address[1] & 0xff)
          + "."
          + (address[2] & 0xff)
          + "."
          + (address[3] & 0xff);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int start = 0; start < 8; start++) {
      int end = start;
      while (end < 8 && groups[end] == 0) {
        end++;
      }
      if (end - start > bestLength) {
        bestStart = start;
        bestLength = end - start;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
      } else {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
          text.append(':');
        }
        text.append(Integer.toHexString(groups[i]));
      }
    }
    return text.toString();
  }
}
