package dev.portico.apikey.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IpAllowlistTest {

  @Test
  void whenNullOrEmptyThenAny() {
    assertThat(IpAllowlist.of(null), is(sameInstance(IpAllowlist.ANY)));
    assertThat(IpAllowlist.of(List.of()), is(sameInstance(IpAllowlist.ANY)));
    assertThat(IpAllowlist.ANY.isAny(), is(true));
    assertThat(IpAllowlist.ANY.cidrs(), is(empty()));
  }

  @Test
  void whenAnyThenEveryAddressIsPermitted() throws UnknownHostException {
    assertThat(IpAllowlist.ANY.permits("203.0.113.9"), is(true));
    assertThat(IpAllowlist.ANY.permits("2001:db8::1"), is(true));
    assertThat(IpAllowlist.ANY.permits("not-an-address"), is(true));
    assertThat(IpAllowlist.ANY.permits(InetAddress.getByName("10.0.0.1")), is(true));
  }

  @Test
  void whenEntriesGivenThenNormalisedInOrderWithoutDuplicates() {
    IpAllowlist allowlist =
        IpAllowlist.of(
            List.of("2001:DB8:0:0::1/32", "10.1.2.3/8", "2001:db8::/32", "10.0.0.0/8", "::1"));

    assertThat(allowlist.isAny(), is(false));
    assertThat(allowlist.cidrs(), contains("2001:db8::/32", "10.0.0.0/8", "::1/128"));
  }

  @Test
  void whenEntryInvalidThenMessageNamesIndexAndEntry() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IpAllowlist.of(List.of("10.0.0.0/8", "::1", "foo", "bar")));

    assertThat(e.getMessage(), is("allowed_ips[2] is not a CIDR block: foo"));
  }

  @Test
  void whenEntryNullThenRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> IpAllowlist.of(Arrays.asList("::1", null)));

    assertThat(e.getMessage(), is("allowed_ips[1] is not a CIDR block: null"));
  }

  @Test
  void whenHundredEntriesThenAccepted() {
    assertThat(IpAllowlist.of(addresses(100)).cidrs().size(), is(100));
  }

  @Test
  void whenMoreThanHundredEntriesThenRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IpAllowlist.of(addresses(101)));

    assertThat(e.getMessage(), is("allowed_ips has 101 entries; at most 100 are allowed"));
  }

  @Test
  void whenRemoteAddressInsideARangeThenPermitted() {
    IpAllowlist allowlist = IpAllowlist.of(List.of("203.0.113.0/24", "::1"));

    assertThat(allowlist.permits("203.0.113.0"), is(true));
    assertThat(allowlist.permits("203.0.113.255"), is(true));
    assertThat(allowlist.permits("0:0:0:0:0:0:0:1"), is(true));
    assertThat(allowlist.permits("::1"), is(true));
  }

  @Test
  void whenRemoteAddressOutsideEveryRangeThenRefused() {
    IpAllowlist allowlist = IpAllowlist.of(List.of("203.0.113.0/24", "::1"));

    assertThat(allowlist.permits("203.0.114.0"), is(false));
    assertThat(allowlist.permits("203.0.112.255"), is(false));
    assertThat(allowlist.permits("0:0:0:0:0:0:0:2"), is(false));
  }

  @Test
  void whenRemoteAddressIsMappedV4ThenV4RangeApplies() {
    IpAllowlist allowlist = IpAllowlist.of(List.of("10.0.0.0/8"));

    assertThat(allowlist.permits("::ffff:10.0.0.1"), is(true));
    assertThat(allowlist.permits("0:0:0:0:0:ffff:a00:1"), is(true));
    assertThat(allowlist.permits("::ffff:11.0.0.1"), is(false));
  }

  @Test
  void whenRemoteAddressHasZoneOrBracketsThenAddressStillMatches() {
    IpAllowlist allowlist = IpAllowlist.of(List.of("fe80::/64"));

    assertThat(allowlist.permits("fe80:0:0:0:0:0:0:1%eth0"), is(true));
    assertThat(allowlist.permits("[fe80::1]"), is(true));
    assertThat(allowlist.permits("fe81::1%1"), is(false));
  }

  @Test
  void whenRemoteAddressIsNotALiteralThenRefusedWithoutLookup() {
    IpAllowlist allowlist = IpAllowlist.of(List.of("127.0.0.0/8", "::1"));

    assertThat(allowlist.permits("localhost"), is(false));
    assertThat(allowlist.permits("example.com"), is(false));
    assertThat(allowlist.permits(""), is(false));
    assertThat(allowlist.permits((String) null), is(false));
    assertThat(allowlist.permits("127.0.0.1/8"), is(false));
  }

  @Test
  void whenInetAddressGivenThenRangesApply() throws UnknownHostException {
    IpAllowlist allowlist = IpAllowlist.of(List.of("198.51.100.7"));

    assertThat(allowlist.permits(InetAddress.getByName("198.51.100.7")), is(true));
    assertThat(allowlist.permits(InetAddress.getByName("198.51.100.8")), is(false));
    assertThat(allowlist.permits((InetAddress) null), is(false));
  }

  @Test
  void whenStoredAndReadBackThenEqual() {
    IpAllowlist allowlist = IpAllowlist.of(List.of("10.1.2.3/8", "2001:db8::/32", "::1"));

    String stored = allowlist.toStorage();

    assertThat(stored, is("10.0.0.0/8\n2001:db8::/32\n::1/128"));
    assertThat(IpAllowlist.fromStorage(stored), is(allowlist));
    assertThat(IpAllowlist.fromStorage(stored).hashCode(), is(allowlist.hashCode()));
  }

  @Test
  void whenStorageEmptyOrNullThenAny() {
    assertThat(IpAllowlist.ANY.toStorage(), is(""));
    assertThat(IpAllowlist.fromStorage(""), is(sameInstance(IpAllowlist.ANY)));
    assertThat(IpAllowlist.fromStorage(null), is(sameInstance(IpAllowlist.ANY)));
  }

  @Test
  void whenOrderDiffersThenNotEqual() {
    assertThat(
        IpAllowlist.of(List.of("10.0.0.0/8", "::1")),
        is(not(IpAllowlist.of(List.of("::1", "10.0.0.0/8")))));
  }

  @Test
  void whenCidrsListModifiedThenAllowlistUnchanged() {
    List<String> input = new ArrayList<>(List.of("10.0.0.0/8"));
    IpAllowlist allowlist = IpAllowlist.of(input);

    input.add("::1");

    assertThat(allowlist.cidrs(), contains("10.0.0.0/8"));
    assertThrows(UnsupportedOperationException.class, () -> allowlist.cidrs().add("::1"));
  }

  private static List<String> addresses(int count) {
    return IntStream.range(0, count).mapToObj(i -> "10.0." + (i / 256) + "." + (i % 256)).toList();
  }
}
