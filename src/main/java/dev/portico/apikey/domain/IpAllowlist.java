package dev.portico.apikey.domain;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The client addresses an API key may be used from: a list of CIDR blocks, or any address. */
public final class IpAllowlist {

  /** No restriction: every address is permitted. */
  public static final IpAllowlist ANY = new IpAllowlist(List.of());

  /** Bounded so a key's check stays cheap on every request and the stored text stays small. */
  public static final int MAX_ENTRIES = 100;

  private final List<IpRange> ranges;

  private IpAllowlist(List<IpRange> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /**
   * Parses CIDR blocks (see {@link IpRange#parse}), dropping entries that normalise to one already
   * listed and keeping the order. Null or empty means {@link #ANY}.
   *
   * @throws IllegalArgumentException naming the first bad entry and its index, or if there are more
   *     than {@value #MAX_ENTRIES} entries
   */
  public static IpAllowlist of(List<String> cidrs) {
    if (cidrs == null || cidrs.isEmpty()) {
      return ANY;
    }
    if (cidrs.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "allowed_ips has " + cidrs.size() + " entries; at most " + MAX_ENTRIES + " are allowed");
    }
    Set<IpRange> ranges = new LinkedHashSet<>();
    for (int i = 0; i < cidrs.size(); i++) {
      String cidr = cidrs.get(i);
      try {
        ranges.add(IpRange.parse(cidr));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "allowed_ips[" + i + "] is not a CIDR block: " + cidr, e);
      }
    }
    return new IpAllowlist(new ArrayList<>(ranges));
  }

  /**
   * Reads the text written by {@link #toStorage()}: one CIDR block per line; null or empty is ANY.
   */
  public static IpAllowlist fromStorage(String text) {
    return text == null || text.isEmpty() ? ANY : of(Arrays.asList(text.split("\n")));
  }

  /** One normalised CIDR block per line, separated by {@code \n}; the empty string for ANY. */
  public String toStorage() {
    return String.join("\n", cidrs());
  }

  public boolean isAny() {
    return ranges.isEmpty();
  }

  public boolean permits(InetAddress address) {
    return isAny() || ranges.stream().anyMatch(range -> range.contains(address));
  }

  /**
   * Checks a literal address as {@code HttpServletRequest.getRemoteAddr()} gives it. Text that is
   * not a literal address is refused (unless this is ANY) and never resolved.
   */
  public boolean permits(String remoteAddress) {
    if (isAny()) {
      return true;
    }
    byte[] address = IpLiteral.parse(bareAddress(remoteAddress));
    if (address == null) {
      return false;
    }
    byte[] canonical = IpLiteral.canonical(address);
    return ranges.stream().anyMatch(range -> range.containsCanonical(canonical));
  }

  /**
   * Containers may bracket IPv6 or append a zone ({@code fe80::1%eth0}); neither changes which
   * address it is.
   */
  private static String bareAddress(String remoteAddress) {
    if (remoteAddress == null) {
      return null;
    }
    String text = remoteAddress;
    if (text.length() > 1 && text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    int zone = text.indexOf('%');
    return zone >= 0 && text.indexOf(':') >= 0 ? text.substring(0, zone) : text;
  }

  /** The normalised CIDR texts, in the order given. */
  public List<String> cidrs() {
    return ranges.stream().map(IpRange::toString).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IpAllowlist allowlist && ranges.equals(allowlist.ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return isAny() ? "ANY" : cidrs().toString();
  }
}
