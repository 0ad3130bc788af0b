package dev.portico.webhook.infra;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Decides whether an address is off limits to webhooks: anything that reaches this server, its
 * network or a cloud's metadata service rather than a partner's public receiver.
 */
public final class TargetAddressPolicy {

  /** The kinds of address a webhook may not reach, worded for the partner who chose the URL. */
  public enum Category {
    UNSPECIFIED("an unspecified address"),
    LOOPBACK("a loopback address"),
    PRIVATE("a private address"),
    CARRIER_GRADE_NAT("a carrier-grade NAT address"),
    LINK_LOCAL("a link-local address"),
    UNIQUE_LOCAL("a unique-local address"),
    MULTICAST("a multicast address"),
    BROADCAST("a broadcast address"),
    BENCHMARKING("a benchmarking address"),
    RESERVED("a reserved address");

    private final String description;

    Category(String description) {
      this.description = description;
    }

    /** The category with its article, as in "resolves to a private address". */
    public String description() {
      return description;
    }
  }

  private TargetAddressPolicy() {}

  /** Whether a webhook may not connect to this address. */
  public static boolean isForbidden(InetAddress address) {
    return forbiddenCategory(address).isPresent();
  }

  /** The reason this address is off limits, or empty when it is a public address. */
  public static Optional<Category> forbiddenCategory(InetAddress address) {
    byte[] bytes = address.getAddress();
    return Optional.ofNullable(
        bytes.length == 4 ? ipv4(EmbeddedIpv4.toInt(bytes, 0)) : ipv6(bytes));
  }

  private static Category ipv4(int a) {
    if (a == 0) {
      return Category.UNSPECIFIED;
    }
    if (a == 0xFFFFFFFF) {
      return Category.BROADCAST;
    }
    if (in(a, 0x7F000000, 8)) {
      return Category.LOOPBACK;
    }
    if (in(a, 0x0A000000, 8) || in(a, 0xAC100000, 12) || in(a, 0xC0A80000, 16)) {
      return Category.PRIVATE;
    }
    if (in(a, 0x64400000, 10)) {
      return Category.CARRIER_GRADE_NAT;
    }
    if (in(a, 0xA9FE0000, 16)) {
      return Category.LINK_LOCAL;
    }
    if (in(a, 0xE0000000, 4)) {
      return Category.MULTICAST;
    }
    if (in(a, 0xC6120000, 15)) {
      return Category.BENCHMARKING;
    }
    // "This network" 0/8, IETF protocol assignments 192.0.0/24, the old class E 240/4.
    if (in(a, 0x00000000, 8) || in(a, 0xC0000000, 24) || in(a, 0xF0000000, 4)) {
      return Category.RESERVED;
    }
    return null;
  }

  private static Category ipv6(byte[] b) {
    Integer embedded = EmbeddedIpv4.of(b);
    if (embedded != null) {
      return ipv4(embedded);
    }
    if (EmbeddedIpv4.isZero(b, 0, 16)) {
      return Category.UNSPECIFIED;
    }
    if (EmbeddedIpv4.isZero(b, 0, 15) && b[15] == 1) {
      return Category.LOOPBACK;
    }
    int high = (b[0] & 0xFF) << 8 | (b[1] & 0xFF);
    if ((high & 0xFFC0) == 0xFE80) {
      return Category.LINK_LOCAL;
    }
    // Site-local fec0::/10 is deprecated, but a stack that still routes it keeps it private.
    if ((high & 0xFFC0) == 0xFEC0) {
      return Category.PRIVATE;
    }
    if ((high & 0xFE00) == 0xFC00) {
      return Category.UNIQUE_LOCAL;
    }
    if ((high & 0xFF00) == 0xFF00) {
      return Category.MULTICAST;
    }
    // Local-use NAT64 (64:ff9b:1::/48) is translated by the operator's own gateway.
    if (high == 0x0064
        && (b[2] & 0xFF) == 0xFF
        && (b[3] & 0xFF) == 0x9B
        && b[4] == 0
        && b[5] == 1) {
      return Category.RESERVED;
    }
    return null;
  }

  private static boolean in(int address, int network, int prefixLength) {
    int mask = -1 << (32 - prefixLength);
    return (address & mask) == network;
  }
}
