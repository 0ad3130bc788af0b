package dev.portico.webhook.infra;

/**
 * Finds the IPv4 address inside the IPv6 forms that carry one, because a connection to such an
 * address ends at that IPv4 address and must be judged by it.
 */
final class EmbeddedIpv4 {

  private EmbeddedIpv4() {}

  /** The embedded IPv4 address as an int, or null when these 16 bytes carry none. */
  static Integer of(byte[] b) {
    boolean zeroPrefix = isZero(b, 0, 8);
    // IPv4-mapped ::ffff:a.b.c.d
    if (zeroPrefix && b[8] == 0 && b[9] == 0 && ffff(b, 10)) {
      return toInt(b, 12);
    }
    // IPv4-translated ::ffff:0:a.b.c.d (RFC 2765)
    if (zeroPrefix && ffff(b, 8) && b[10] == 0 && b[11] == 0) {
      return toInt(b, 12);
    }
    // IPv4-compatible ::a.b.c.d, but not :: nor ::1, which are IPv6's own.
    if (isZero(b, 0, 12) && !(isZero(b, 12, 15) && (b[15] == 0 || b[15] == 1))) {
      return toInt(b, 12);
    }
    // Well-known NAT64 prefix 64:ff9b::/96 (RFC 6052)
    if (b[0] == 0
        && b[1] == 0x64
        && (b[2] & 0xFF) == 0xFF
        && (b[3] & 0xFF) == 0x9B
        && isZero(b, 4, 12)) {
      return toInt(b, 12);
    }
    // 6to4 2002:a.b.c.d::/48 (RFC 3056)
    if (b[0] == 0x20 && b[1] == 0x02) {
      return toInt(b, 2);
    }
    return null;
  }

  static int toInt(byte[] bytes, int offset) {
    return (bytes[offset] & 0xFF) << 24
        | (bytes[offset + 1] & 0xFF) << 16
        | (bytes[offset + 2] & 0xFF) << 8
        | (bytes[offset + 3] & 0xFF);
  }

  static boolean isZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean ffff(byte[] b, int offset) {
    return (b[offset] & 0xFF) == 0xFF && (b[offset + 1] & 0xFF) == 0xFF;
  }
}
