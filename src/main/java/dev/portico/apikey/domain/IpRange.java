package dev.portico.apikey.domain;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * One CIDR block, IPv4 or IPv6, held in normalised form: host bits beyond the prefix are cleared
 * (so {@code 10.1.2.3/8} becomes {@code 10.0.0.0/8}), and a block inside the IPv4-mapped space
 * {@code ::ffff:0:0/96} becomes the equivalent IPv4 block.
 *
 * <p>An IPv4 address and its IPv4-mapped IPv6 form are the same address. Apart from that the
 * families do not mix: {@code ::/0} is every IPv6 address but no IPv4 client, so allowing everyone
 * takes both {@code 0.0.0.0/0} and {@code ::/0}.
 */
public final class IpRange {

  private final byte[] network;
  private final int prefixLength;

  private IpRange(byte[] network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
  }

  /**
   * Parses {@code address/prefix} or a bare address (a single-address block). Only literal
   * addresses are accepted, so no name is ever resolved: IPv4 as four decimal octets without
   * leading zeros, IPv6 in any standard text form without a zone.
   *
   * @throws IllegalArgumentException if the text is not a CIDR block
   */
  public static IpRange parse(String cidr) {
    if (cidr == null) {
      throw notCidr(null);
    }
    int slash = cidr.indexOf('/');
    byte[] address = IpLiteral.parse(slash < 0 ? cidr : cidr.substring(0, slash));
    if (address == null) {
      throw notCidr(cidr);
    }
    int maxLength = address.length * 8;
    int prefixLength =
        slash < 0 ? maxLength : IpLiteral.parseDecimal(cidr.substring(slash + 1), maxLength);
    if (prefixLength < 0) {
      throw notCidr(cidr);
    }
    clearHostBits(address, prefixLength);
    byte[] folded = IpLiteral.canonical(address);
    if (folded.length == 4 && prefixLength >= 96) {
      return new IpRange(folded, prefixLength - 96);
    }
    return new IpRange(address, prefixLength);
  }

  private static IllegalArgumentException notCidr(String text) {
    return new IllegalArgumentException("not a CIDR block: " + text);
  }

  private static void clearHostBits(byte[] address, int prefixLength) {
    for (int bit = prefixLength; bit < address.length * 8; bit++) {
      address[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
    }
  }

  /** Whether the address lies in this block; null is in no block. */
  public boolean contains(InetAddress address) {
    return address != null && containsCanonical(IpLiteral.canonical(address.getAddress()));
  }

  /** Takes canonical bytes (an IPv4-mapped address already folded to 4 bytes). */
  boolean containsCanonical(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    int wholeBytes = prefixLength / 8;
    for (int i = 0; i < wholeBytes; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int restBits = prefixLength % 8;
    if (restBits == 0) {
      return true;
    }
    int mask = (0xff << (8 - restBits)) & 0xff;
    return (address[wholeBytes] & mask) == (network[wholeBytes] & 0xff);
  }

  /** The normalised CIDR text, such as {@code 10.0.0.0/8} or {@code 2001:db8::/32}. */
  @Override
  public String toString() {
    return IpLiteral.format(network) + "/" + prefixLength;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IpRange range
        && prefixLength == range.prefixLength
        && Arrays.equals(network, range.network);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(network) + prefixLength;
  }
}
